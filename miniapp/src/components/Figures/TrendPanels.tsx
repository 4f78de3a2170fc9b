import type { StatsCompareResponse, StatsOverviewResponse } from '@xinghuo/shared';
import { statsApi } from '../../api/stats';
import { chartFigure } from '../../lib/figures-charts';
import { dailyView, hourlyView, rejectionView } from '../../lib/figures-view';
import FigurePanel from '../FigurePanel';
import { useFigure, type FigureSource, type FigureState } from './use-figure';

/** Check-ins day by day, against the period before. */
export function DailyPanel({ compare }: { compare: FigureState<StatsCompareResponse> }) {
  const c = compare.current;
  return (
    <FigurePanel
      id="chart-daily"
      title="每日趋势"
      desc={
        c && c.previous.figures.checkIns > 0
          ? '打卡人次与访客人数，虚线为上一时段同期'
          : '每天的打卡人次与访客人数'
      }
      figure={c ? chartFigure(dailyView(c), 'line') : null}
      error={compare.error}
      onRetry={compare.reload}
    />
  );
}

/** When in the day visitors come, summed over the period. */
export function HourlyPanel({ src }: { src: FigureSource | null }) {
  const hourly = useFigure('hourly', src, statsApi.hourly);
  const h = hourly.current;
  return (
    <FigurePanel
      id="chart-hourly"
      title="时段分布"
      desc="各小时的打卡人次（场馆当地时间）"
      figure={h ? chartFigure(hourlyView(h.hours), 'bar') : null}
      error={hourly.error}
      onRetry={hourly.reload}
    />
  );
}

/** Why scans were refused: a printed code gone stale, a closed venue, outside the fence. */
export function RejectionPanel({ overview }: { overview: FigureState<StatsOverviewResponse> }) {
  const o = overview.current;
  return (
    <FigurePanel
      id="chart-rejections"
      title="未通过原因"
      desc="扫码未能盖章的原因，可据此检查二维码、开放时间和电子围栏"
      figure={o ? chartFigure(rejectionView(o.rejectionsByReason), 'hbar') : null}
      error={overview.error}
      onRetry={overview.reload}
      empty="该时段没有未通过的扫码"
    />
  );
}
