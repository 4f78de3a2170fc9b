import type { StatsCompareResponse, StatsOverviewResponse } from '@xinghuo/shared';
import { statsApi } from '../../api/stats';
import { chartFigure } from '../../lib/figures-charts';
import { dailyView, hourlyView, rejectionView } from '../../lib/figures-view';
import { RoutePanel, StatePanel } from './StatePanel';
import type { FigureSource, FigureState } from './use-figure';

/** Check-ins day by day, against the period before. */
export function DailyPanel({ compare }: { compare: FigureState<StatsCompareResponse> }) {
  const c = compare.current;
  return (
    <StatePanel
      id="chart-daily"
      title="每日趋势"
      desc={
        c && c.previous.figures.checkIns > 0
          ? '打卡人次与访客人数，虚线为上一时段同期'
          : '每天的打卡人次与访客人数'
      }
      state={compare}
      draw={(d) => chartFigure(dailyView(d), 'line')}
    />
  );
}

/** When in the day visitors come, summed over the period. */
export function HourlyPanel({ src }: { src: FigureSource | null }) {
  return (
    <RoutePanel
      id="chart-hourly"
      title="时段分布"
      desc="各小时的打卡人次（场馆当地时间）"
      route="hourly"
      src={src}
      load={statsApi.hourly}
      draw={(h) => chartFigure(hourlyView(h.hours), 'bar')}
    />
  );
}

/** Why scans were refused: a printed code gone stale, a closed venue, outside the fence. */
export function RejectionPanel({ overview }: { overview: FigureState<StatsOverviewResponse> }) {
  return (
    <StatePanel
      id="chart-rejections"
      title="未通过原因"
      desc="扫码未能盖章的原因，可据此检查二维码、开放时间和电子围栏"
      state={overview}
      draw={(o) => chartFigure(rejectionView(o.rejectionsByReason), 'hbar')}
      empty="该时段没有未通过的扫码"
    />
  );
}
