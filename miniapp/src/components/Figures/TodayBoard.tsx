import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import {
  formatCount,
  formatDate,
  formatInteger,
  formatWeekday,
  type StatsTodayResponse,
} from '@xinghuo/shared';
import { chartFigure } from '../../lib/figures-charts';
import { beijingClock, beijingDate } from '../../lib/figures-range';
import { hourlyView, rejectionView, todayCheckpointView } from '../../lib/figures-view';
import { LIVE_REFRESH_MS } from '../../services/use-live';
import { useToday } from './use-today';
import FigurePanel from '../FigurePanel';
import { ErrorState } from '../StateView';
import './index.scss';
import './headline.scss';

const TILES = [
  { key: 'checkIns', label: '打卡人次' },
  { key: 'uniqueVisitors', label: '访客人数' },
  { key: 'repeats', label: '重复扫码' },
  { key: 'rejections', label: '未通过' },
] as const;

function LiveLine({ at, today }: { at: number | undefined; today: string }) {
  return (
    <View className="live-line" id="today-updated">
      <Text className="live-line__day">
        {formatDate(today)} {formatWeekday(today)}
      </Text>
      <Text className="live-line__at">
        <Text className="live-dot" />
        {at ? `更新于 ${beijingClock(at)}` : '正在加载…'}
      </Text>
      <Text className="live-line__hint">每{LIVE_REFRESH_MS / 1000}秒自动刷新</Text>
    </View>
  );
}

function Tiles({ today }: { today: StatsTodayResponse | undefined }) {
  return (
    <View className="headline headline__tiles" id="today-tiles">
      {TILES.map((t) => (
        <View className="headline__tile" key={t.key} data-figure={t.key}>
          <Text className="headline__label">{t.label}</Text>
          <Text className="headline__value" data-value={today ? today[t.key] : ''}>
            {today ? formatCount(today[t.key]) : '…'}
          </Text>
          <Text className="headline__exact">
            {today && today[t.key] >= 10_000 ? formatInteger(today[t.key]) : ''}
          </Text>
        </View>
      ))}
    </View>
  );
}

/**
 * "今日实况": the live view of today for the signed-in scope — the organizer's region or the
 * staff member's venue — by hour, by checkpoint, and why scans were refused.
 */
export default function TodayBoard() {
  const { data, error, reload } = useToday();
  const t = data?.today;
  const [opened] = useState(() => beijingDate(Date.now()));
  const day = t?.period.from ?? opened;
  if (error && !t) return <ErrorState error={error} onRetry={reload} />;
  return (
    <View className="figures" id="today" data-ready={t ? '1' : ''}>
      <LiveLine at={data?.at} today={day} />
      <Tiles today={t} />
      {t && t.offlineReplays > 0 ? (
        <Text className="headline__foot">
          其中离线补传 {formatInteger(t.offlineReplays)} 人次，按扫码时间计入
        </Text>
      ) : null}
      <View className="figures__grid">
        <FigurePanel
          id="today-hourly"
          title="分时段打卡"
          desc="今天各小时的打卡人次"
          figure={t ? chartFigure(hourlyView(t.hours), 'bar') : null}
          empty="今天暂无打卡"
        />
        <FigurePanel
          id="today-checkpoints"
          title="各打卡点"
          desc="今天打卡人次最多的打卡点"
          figure={t ? chartFigure(todayCheckpointView(t), 'hbar') : null}
          empty="今天暂无打卡"
        />
      </View>
      <FigurePanel
        id="today-rejections"
        title="未通过原因"
        desc="今天扫码未能盖章的原因"
        figure={t ? chartFigure(rejectionView(t.rejectionsByReason), 'hbar') : null}
        empty="今天没有未通过的扫码"
      />
    </View>
  );
}
