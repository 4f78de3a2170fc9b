import { useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import type { CheckInResponse } from '@xinghuo/shared';
import PageShell from '../../components/PageShell';
import QueueList from '../../components/QueueList';
import ScanButton from '../../components/ScanButton';
import ScienceCardView from '../../components/ScienceCardView';
import StampSeal from '../../components/StampSeal';
import TrailProgressList from '../../components/TrailProgressList';
import { ApiError, rejectionAdvice, type NextAction } from '../../lib/api-error';
import { tokenFromEntryParams } from '../../lib/check-in-params';
import { formatDateTime, isSameBeijingDay } from '../../lib/format';
import type { QueuedCheckIn } from '../../lib/offline-queue';
import { checkInNow, queueEvents, type CheckInOutcome } from '../../services/check-in';
import { getLocation, getLocationQuietly } from '../../services/location';
import { goHome, goPassport, openVenue, usePageParams } from '../../services/nav';
import './index.scss';

type Screen =
  | { s: 'idle' }
  | { s: 'invalid' }
  | { s: 'submitting'; withLocation: boolean }
  | { s: 'success'; response: CheckInResponse }
  | { s: 'rejected'; error: ApiError }
  | { s: 'queued'; item: QueuedCheckIn; reason: string; error?: ApiError };

function toScreen(outcome: CheckInOutcome): Screen {
  if (outcome.kind === 'success') return { s: 'success', response: outcome.response };
  if (outcome.kind === 'rejected') return { s: 'rejected', error: outcome.error };
  return {
    s: 'queued',
    item: outcome.item,
    reason: outcome.reason,
    ...(outcome.error ? { error: outcome.error } : {}),
  };
}

/** Scan again, plus one way out of the result screen. */
function ResultActions(props: { scanLabel: string; secondLabel: string; onSecond: () => void }) {
  return (
    <View className="section check-in-actions">
      <ScanButton variant="bar" label={props.scanLabel} />
      <Button
        type="default"
        size="large"
        block
        className="check-in-actions__second"
        onClick={props.onSecond}
      >
        {props.secondLabel}
      </Button>
    </View>
  );
}

function Success({ response }: { response: CheckInResponse }) {
  const repeat = response.outcome === 'repeat';
  const { stamp } = response;
  const title = repeat
    ? isSameBeijingDay(stamp.scannedAt, new Date())
      ? '今日已打卡'
      : '已打卡'
    : '打卡成功';
  const d = new Date(stamp.scannedAt);
  const dateText = Number.isNaN(d.getTime())
    ? ''
    : (formatDateTime(stamp.scannedAt).split(' ')[0] ?? '');
  return (
    <View
      className={`check-in-result ${repeat ? 'is-repeat' : 'is-accepted'}`}
      id="check-in-result"
      data-outcome={response.outcome}
    >
      <View className="check-in-hero">
        <StampSeal name={stamp.venueName} date={dateText} animate={!repeat} />
        <Text className="check-in-title" id="check-in-title">
          {title}
        </Text>
        <Text className="check-in-sub">
          {stamp.checkpointName} · {stamp.venueName}
        </Text>
        <Text className="check-in-note">
          {repeat
            ? '您已在这里打过卡，印章已在护照中，无需重复打卡'
            : stamp.source === 'offline'
              ? `离线扫码已提交 · 扫码时间 ${formatDateTime(stamp.scannedAt)}`
              : '印章已收入您的护照'}
        </Text>
      </View>
      <View className="section">
        <ScienceCardView card={response.card} />
      </View>
      {response.trails.length > 0 ? (
        <View className="section">
          <TrailProgressList trails={response.trails} />
        </View>
      ) : null}
      <ResultActions scanLabel="继续扫码" secondLabel="查看我的护照" onSecond={goPassport} />
    </View>
  );
}

function Rejected({ error, onAction }: { error: ApiError; onAction: (a: NextAction) => void }) {
  const advice = rejectionAdvice(error);
  const venueId = typeof error.details?.venueId === 'string' ? error.details.venueId : null;
  const actions = advice.actions.filter((a) => a !== 'venue' || venueId);
  return (
    <View
      className="check-in-result is-rejected"
      id="check-in-result"
      data-outcome="rejected"
      data-code={error.code}
    >
      <View className="check-in-hero">
        <View className="check-in-icon check-in-icon--fail">!</View>
        <Text className="check-in-title" id="check-in-title">
          {advice.title}
        </Text>
        <Text className="check-in-message" id="check-in-message">
          {advice.message}
        </Text>
        {advice.next ? <Text className="check-in-next">{advice.next}</Text> : null}
      </View>
      <View className="section check-in-actions">
        {actions.map((a) => {
          if (a === 'rescan') return <ScanButton key={a} variant="bar" label="重新扫码" />;
          if (a === 'venue' && venueId)
            return (
              <Button key={a} type="default" size="large" block onClick={() => openVenue(venueId)}>
                查看场馆位置和开放时间
              </Button>
            );
          if (a === 'retry_with_location')
            return (
              <Button
                key={a}
                type="primary"
                size="large"
                block
                onClick={() => onAction(a)}
                id="retry-with-location"
              >
                允许定位后重新打卡
              </Button>
            );
          if (a === 'retry' || a === 'wait')
            return (
              <Button key={a} type="primary" size="large" block onClick={() => onAction('retry')}>
                {a === 'wait' ? '稍后重试' : '重试'}
              </Button>
            );
          return (
            <Button key={a} type="default" size="large" block onClick={goHome}>
              返回首页
            </Button>
          );
        })}
      </View>
    </View>
  );
}

export default function CheckInPage() {
  const params = usePageParams('checkIn');
  const entry = tokenFromEntryParams(params);
  const [screen, setScreen] = useState<Screen>(
    entry.token
      ? { s: 'submitting', withLocation: false }
      : entry.invalid
        ? { s: 'invalid' }
        : { s: 'idle' },
  );
  const started = useRef<string | null>(null);

  const run = async (code: string, withLocation: boolean) => {
    setScreen({ s: 'submitting', withLocation });
    let location;
    if (withLocation) {
      const r = await getLocation({ explain: true });
      if (!r.ok) {
        setScreen({
          s: 'rejected',
          error: new ApiError({
            status: 400,
            code: 'LOCATION_REQUIRED',
            message:
              r.reason === 'denied'
                ? '没有位置权限，无法确认您在场馆内。请允许使用位置后重试'
                : '暂时无法获取位置，请到开阔处稍后重试',
          }),
        });
        return;
      }
      location = r.point;
    } else {
      location = await getLocationQuietly();
    }
    setScreen(toScreen(await checkInNow(code, location)));
  };

  useEffect(() => {
    // Once per code: re-renders and StrictMode must never scan twice.
    if (entry.token && started.current !== entry.token) {
      started.current = entry.token;
      void run(entry.token, false);
    }
  }, [entry.token]);

  // A queued scan answered in the background replaces the "saved" screen with its result.
  const waitingKey = screen.s === 'queued' ? screen.item.idempotencyKey : null;
  useEffect(() => {
    if (!waitingKey) return undefined;
    return queueEvents.on((e) => {
      if (e.type !== 'resolved') return;
      const key = e.outcome.kind === 'queued' ? e.outcome.item.idempotencyKey : e.outcome.key;
      if (key === waitingKey) setScreen(toScreen(e.outcome));
    });
  }, [waitingKey]);

  const onAction = (a: NextAction) => {
    if (!entry.token) return;
    if (a === 'retry_with_location') void run(entry.token, true);
    else if (a === 'retry') void run(entry.token, false);
  };

  return (
    <PageShell className="check-in-page">
      {screen.s === 'submitting' ? (
        <View className="check-in-busy" id="check-in-busy">
          <Loading direction="vertical">
            {screen.withLocation ? '正在确认位置并打卡…' : '正在打卡…'}
          </Loading>
        </View>
      ) : null}

      {screen.s === 'success' ? <Success response={screen.response} /> : null}

      {screen.s === 'rejected' ? <Rejected error={screen.error} onAction={onAction} /> : null}

      {screen.s === 'queued' ? (
        <View className="check-in-result is-queued" id="check-in-result" data-outcome="queued">
          <View className="check-in-hero">
            <View className="check-in-icon check-in-icon--queued">⇡</View>
            <Text className="check-in-title" id="check-in-title">
              {screen.reason === 'offline' ? '已保存，联网后自动提交' : '已保存，稍后自动提交'}
            </Text>
            <Text className="check-in-message">
              {screen.reason === 'offline'
                ? `网络不可用，本次扫码（${formatDateTime(screen.item.scannedAt)}）已保存在手机上。恢复网络后会自动提交，按扫码时间记录，不会重复打卡。`
                : `${screen.error?.message ?? '服务暂时繁忙'}。本次扫码已保存，稍后会自动提交。`}
            </Text>
          </View>
          <View className="section">
            <QueueList showSynced={false} />
          </View>
          <ResultActions scanLabel="继续扫码" secondLabel="返回首页" onSecond={goHome} />
        </View>
      ) : null}

      {screen.s === 'invalid' ? (
        <View className="check-in-result is-rejected" id="check-in-result" data-outcome="invalid">
          <View className="check-in-hero">
            <View className="check-in-icon check-in-icon--fail">?</View>
            <Text className="check-in-title" id="check-in-title">
              无法识别的打卡码
            </Text>
            <Text className="check-in-message" id="check-in-message">
              这不是有效的打卡码，请扫描场馆内张贴或屏幕上展示的官方二维码
            </Text>
          </View>
          <ResultActions scanLabel="重新扫码" secondLabel="返回首页" onSecond={goHome} />
        </View>
      ) : null}

      {screen.s === 'idle' ? (
        <View className="check-in-idle">
          <View className="section">
            <ScanButton />
          </View>
          <View className="section">
            <View className="card how">
              <Text className="section-title">怎么打卡</Text>
              <Text className="how__step">
                1. 到达科普场馆，找到打卡点的二维码（海报或屏幕上）；
              </Text>
              <Text className="how__step">2. 点击“扫码打卡”扫一扫，或用手机相机扫码；</Text>
              <Text className="how__step">
                3. 获得印章和科普知识卡，集齐路线印章可领取完成证书。
              </Text>
              <Text className="hint">没有网络也能扫码，联网后会自动提交。</Text>
            </View>
          </View>
          <View className="section">
            <QueueList />
          </View>
        </View>
      ) : null}
    </PageShell>
  );
}
