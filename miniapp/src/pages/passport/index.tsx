import { useMemo, useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Progress } from '@nutui/nutui-react-taro';
import type { StampDto, TrailProgressDto } from '@xinghuo/shared';
import { api } from '../../api';
import PageShell from '../../components/PageShell';
import QueueList from '../../components/QueueList';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateView';
import { formatDate, formatDateTime } from '../../lib/format';
import {
  progressPercent,
  splitTrails,
  stampedCheckpointIds,
  stampsByVenue,
  trailStopStates,
} from '../../lib/passport';
import { goHome, openCertificate, openTrail, openVenue } from '../../services/nav';
import { usePassport } from '../../services/passport';
import { useAsync } from '../../services/use-async';
import './index.scss';

/** One trail in progress; its stops load on demand to show which stamps are still missing. */
function TrailProgressCard({ trail, stamps }: { trail: TrailProgressDto; stamps: StampDto[] }) {
  const [open, setOpen] = useState(false);
  const detail = useAsync(open ? `trail:${trail.trailId}` : null, () => api.trail(trail.trailId));
  const states = detail.data ? trailStopStates(detail.data, stamps) : null;
  return (
    <View className="card pp-trail" data-trail-id={trail.trailId}>
      <View className="pp-trail__head" onClick={() => setOpen(!open)}>
        <View className="pp-trail__title">
          <Text className="pp-trail__name">{trail.trailName}</Text>
          <Text className="pp-trail__count">
            {trail.collected}/{trail.total}
          </Text>
        </View>
        <Progress
          percent={progressPercent(trail.collected, trail.total)}
          color="#E4572E"
          strokeWidth="8"
        />
        <Text className="pp-trail__toggle">{open ? '收起' : '查看各站印章 ›'}</Text>
      </View>
      {open ? (
        <View className="pp-trail__stops">
          {detail.loading ? <Text className="hint">加载中…</Text> : null}
          {detail.error ? <ErrorState error={detail.error} onRetry={detail.reload} /> : null}
          {states ? (
            <View className="seal-grid">
              {states.stops.map((s, i) => (
                <View key={s.checkpointId} className={`seal ${s.stamped ? 'is-done' : ''}`}>
                  <View className="seal__disc">
                    <Text>{s.stamped ? '印' : i + 1}</Text>
                  </View>
                  <Text className="seal__name">{s.checkpointName}</Text>
                </View>
              ))}
            </View>
          ) : null}
          <Button
            size="small"
            fill="outline"
            type="primary"
            onClick={() => openTrail(trail.trailId)}
          >
            查看路线
          </Button>
        </View>
      ) : null}
    </View>
  );
}

export default function Passport() {
  const passport = usePassport();
  const [tab, setTab] = useState<'trail' | 'venue'>('trail');
  usePullDownRefresh(async () => {
    await passport.reload();
    Taro.stopPullDownRefresh();
  });

  const data = passport.data;
  const stamps = useMemo(() => data?.stamps ?? [], [data]);
  const venues = useMemo(() => stampsByVenue(stamps), [stamps]);
  const { finished, inProgress } = useMemo(() => splitTrails(data?.trails ?? []), [data]);
  const distinct = useMemo(() => stampedCheckpointIds(stamps).size, [stamps]);

  return (
    <PageShell className="passport-page">
      <View className="pp-head">
        <Text className="pp-head__label">我的科普护照</Text>
        <Text className="pp-head__name" id="passport-name">
          {data?.visitor.nickname || '科普探索者'}
        </Text>
        <View className="pp-head__stats">
          <View className="pp-stat">
            <Text className="pp-stat__v" id="stamp-count">
              {distinct}
            </Text>
            <Text className="pp-stat__k">枚印章</Text>
          </View>
          <View className="pp-stat">
            <Text className="pp-stat__v">{venues.length}</Text>
            <Text className="pp-stat__k">个场馆</Text>
          </View>
          <View className="pp-stat">
            <Text className="pp-stat__v">{finished.length}</Text>
            <Text className="pp-stat__k">条完成路线</Text>
          </View>
        </View>
      </View>

      <View className="section">
        <QueueList />
      </View>

      {passport.loading && !data ? (
        <View className="section">
          <LoadingState rows={3} />
        </View>
      ) : null}
      {passport.error && !data ? (
        <ErrorState error={passport.error} onRetry={passport.reload} />
      ) : null}

      {data && stamps.length === 0 && data.trails.length === 0 ? (
        <EmptyState
          title="护照还是空的"
          description="到科普场馆扫描打卡点的二维码，第一枚印章就会出现在这里"
          actionText="去首页找场馆"
          onAction={goHome}
          icon="印"
        />
      ) : null}

      {data && finished.length > 0 ? (
        <View className="section" id="finished-trails">
          <View className="section-head">
            <Text className="section-title">已完成的路线</Text>
          </View>
          {finished.map((t) => (
            <View
              key={t.trailId}
              className="card pp-done"
              onClick={() => openCertificate(t.trailId)}
            >
              <View className="pp-done__badge">证</View>
              <View className="pp-done__body">
                <Text className="pp-done__name">{t.trailName}</Text>
                <Text className="hint">
                  集齐 {t.total} 枚印章{t.completedAt ? ` · ${formatDate(t.completedAt)}完成` : ''}
                </Text>
              </View>
              <Text className="pp-done__cta">查看证书 ›</Text>
            </View>
          ))}
        </View>
      ) : null}

      {data && (stamps.length > 0 || inProgress.length > 0) ? (
        <View className="section">
          <View className="seg" id="passport-tabs">
            <Text
              className={`seg__item ${tab === 'trail' ? 'is-on' : ''}`}
              onClick={() => setTab('trail')}
            >
              按路线
            </Text>
            <Text
              className={`seg__item ${tab === 'venue' ? 'is-on' : ''}`}
              onClick={() => setTab('venue')}
            >
              按场馆
            </Text>
          </View>

          {tab === 'trail' ? (
            <View id="stamps-by-trail">
              {inProgress.length === 0 ? (
                <Text className="muted pp-empty-line">
                  {finished.length > 0
                    ? '参与的路线都已完成，了不起！'
                    : '您的印章还不属于任何路线，去“路线”看看吧'}
                </Text>
              ) : null}
              {inProgress.map((t) => (
                <TrailProgressCard key={t.trailId} trail={t} stamps={stamps} />
              ))}
            </View>
          ) : (
            <View id="stamps-by-venue">
              {venues.map((v) => (
                <View key={v.venueId} className="card pp-venue">
                  <Text className="pp-venue__name" onClick={() => openVenue(v.venueId)}>
                    {v.venueName} ›
                  </Text>
                  {v.stamps.map((s) => (
                    <View key={s.checkInId} className="pp-stamp">
                      <View className="pp-stamp__seal">印</View>
                      <Text className="pp-stamp__name">{s.checkpointName}</Text>
                      <Text className="pp-stamp__time">{formatDateTime(s.scannedAt)}</Text>
                    </View>
                  ))}
                </View>
              ))}
            </View>
          )}
        </View>
      ) : null}
      <Text className="hint pp-foot">护照只记录您自己的进度，不设排名。</Text>
    </PageShell>
  );
}
