import {
  AUDIENCE_GROUP_LABELS,
  REJECTION_REASON_LABELS,
  VENUE_KIND_LABELS,
  formatCount,
  formatDate,
  formatHourRange,
  formatInteger,
  formatMonthDay,
  formatPercent,
  formatWeekday,
  type AudienceGroupKey,
  type RegionFigures,
  type RejectionCount,
  type StatsAudienceGroupsResponse,
  type StatsCompareResponse,
  type StatsTodayResponse,
  type StatsVenueKindsResponse,
  type VenueFigures,
} from '@xinghuo/shared';
import { SERIES_COLORS, type ChartSpec } from './figures-charts';
import type { FigureTable } from './figure-table';

/**
 * What each figures panel shows, from the API's answers: a chart spec and the same numbers as a
 * table. Pure, so the pages stay thin and each figure's reading is unit-tested.
 */
export interface FigureView {
  spec: ChartSpec;
  table: FigureTable;
}

const int = formatInteger;
const share = (part: number, whole: number) => (whole > 0 ? formatPercent(part / whole) : '—');

export const GROUP_LABELS: Record<AudienceGroupKey, string> = {
  ...AUDIENCE_GROUP_LABELS,
  unknown: '未填写',
};

/** Hours shown by default: opening hours of most venues, widened to any hour with check-ins. */
export function shownHours(hours: ReadonlyArray<{ hour: number; checkIns: number }>): number[] {
  const busy = hours.filter((h) => h.checkIns > 0).map((h) => h.hour);
  const first = Math.min(7, ...busy);
  const last = Math.max(20, ...busy);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export function hourlyView(hours: ReadonlyArray<{ hour: number; checkIns: number }>): FigureView {
  const byHour = new Map(hours.map((h) => [h.hour, h.checkIns]));
  const shown = shownHours(hours);
  const total = hours.reduce((s, h) => s + h.checkIns, 0);
  const values = shown.map((h) => byHour.get(h) ?? 0);
  return {
    spec: {
      categories: shown.map((h) => `${h}时`),
      series: [{ name: '打卡人次', values, color: SERIES_COLORS.checkIns }],
    },
    table: {
      head: [
        { title: '时段' },
        { title: '打卡人次', numeric: true },
        { title: '占比', numeric: true },
      ],
      rows: shown.map((h, i) => ({
        key: String(h),
        cells: [formatHourRange(h), int(values[i] ?? 0), share(values[i] ?? 0, total)],
      })),
      foot: ['合计', int(total), total > 0 ? '100%' : '—'],
    },
  };
}

/** Day by day, with the period before as a dashed line when it had any check-ins. */
export function dailyView(compare: StatsCompareResponse): FigureView {
  const days = compare.daily;
  const hadBefore = compare.previous.figures.checkIns > 0;
  return {
    spec: {
      categories: days.map((d) => formatMonthDay(d.current.day)),
      series: [
        {
          name: '打卡人次',
          values: days.map((d) => d.current.checkIns),
          color: SERIES_COLORS.checkIns,
          area: true,
        },
        {
          name: '访客人数',
          values: days.map((d) => d.current.uniqueVisitors),
          color: SERIES_COLORS.visitors,
        },
        ...(hadBefore
          ? [
              {
                name: '上期打卡人次',
                values: days.map((d) => d.previous.checkIns),
                color: SERIES_COLORS.previous,
                dashed: true,
              },
            ]
          : []),
      ],
    },
    table: {
      head: [
        { title: '日期' },
        { title: '打卡人次', numeric: true },
        { title: '访客人数', numeric: true },
        { title: '重复扫码', numeric: true },
        { title: '未通过', numeric: true },
        { title: '上期同期打卡', numeric: true },
      ],
      rows: days.map((d) => ({
        key: d.current.day,
        cells: [
          `${formatDate(d.current.day)} ${formatWeekday(d.current.day)}`,
          int(d.current.checkIns),
          int(d.current.uniqueVisitors),
          int(d.current.repeats),
          int(d.current.rejections),
          int(d.previous.checkIns),
        ],
      })),
    },
  };
}

/** The ten busiest venues as a chart; the full list is a table of its own. */
export function venueTopView(venues: readonly VenueFigures[], top = 10): ChartSpec {
  const busy = venues.filter((v) => v.checkIns > 0).slice(0, top);
  return {
    categories: busy.map((v) => v.name),
    series: [
      { name: '打卡人次', values: busy.map((v) => v.checkIns), color: SERIES_COLORS.checkIns },
    ],
  };
}

/** Child regions that have venues or check-ins (a district with neither would be an empty row). */
export function regionView(regions: readonly RegionFigures[]): FigureView {
  const shown = regions.filter((r) => r.venues > 0 || r.checkIns > 0);
  return {
    spec: {
      categories: shown.map((r) => r.name),
      series: [
        { name: '打卡人次', values: shown.map((r) => r.checkIns), color: SERIES_COLORS.checkIns },
        {
          name: '访客人数',
          values: shown.map((r) => r.uniqueVisitors),
          color: SERIES_COLORS.visitors,
        },
      ],
    },
    table: {
      head: [
        { title: '地区' },
        { title: '场馆', numeric: true },
        { title: '有打卡的场馆', numeric: true },
        { title: '打卡人次', numeric: true },
        { title: '访客人数', numeric: true },
        { title: '重复扫码', numeric: true },
        { title: '未通过', numeric: true },
      ],
      rows: shown.map((r) => ({
        key: r.code,
        cells: [
          r.name,
          int(r.venues),
          int(r.activeVenues),
          int(r.checkIns),
          int(r.uniqueVisitors),
          int(r.repeats),
          int(r.rejections),
        ],
      })),
    },
  };
}

export function venueKindView(res: StatsVenueKindsResponse): FigureView {
  const shown = res.items.filter((k) => k.venues > 0 || k.checkIns > 0);
  const total = shown.reduce((s, k) => s + k.checkIns, 0);
  return {
    spec: {
      categories: shown.map((k) => VENUE_KIND_LABELS[k.kind]),
      series: [
        {
          name: '打卡人次',
          values: shown.map((k) => k.checkIns),
          color: SERIES_COLORS.checkIns,
          labels: shown.map((k) => `${formatCount(k.checkIns)}（${share(k.checkIns, total)}）`),
        },
      ],
    },
    table: {
      head: [
        { title: '场馆类型' },
        { title: '场馆', numeric: true },
        { title: '有打卡的场馆', numeric: true },
        { title: '打卡人次', numeric: true },
        { title: '占比', numeric: true },
        { title: '重复扫码', numeric: true },
        { title: '未通过', numeric: true },
      ],
      rows: shown.map((k) => ({
        key: k.kind,
        cells: [
          VENUE_KIND_LABELS[k.kind],
          int(k.venues),
          int(k.activeVenues),
          int(k.checkIns),
          share(k.checkIns, total),
          int(k.repeats),
          int(k.rejections),
        ],
      })),
    },
  };
}

/** Visitors of each key group and their share of the visitors counted in some group. */
export function audienceView(res: StatsAudienceGroupsResponse): FigureView {
  const items = res.items;
  const visitors = items.reduce((s, g) => s + g.uniqueVisitors, 0);
  const checkIns = items.reduce((s, g) => s + g.checkIns, 0);
  return {
    spec: {
      categories: items.map((g) => GROUP_LABELS[g.group]),
      series: [
        {
          name: '访客人数',
          values: items.map((g) => g.uniqueVisitors),
          color: SERIES_COLORS.visitors,
          labels: items.map(
            (g) => `${formatCount(g.uniqueVisitors)}（${share(g.uniqueVisitors, visitors)}）`,
          ),
        },
      ],
    },
    table: {
      head: [
        { title: '人群' },
        { title: '访客人数', numeric: true },
        { title: '访客占比', numeric: true },
        { title: '打卡人次', numeric: true },
        { title: '打卡占比', numeric: true },
      ],
      rows: items.map((g) => ({
        key: g.group,
        cells: [
          GROUP_LABELS[g.group],
          int(g.uniqueVisitors),
          share(g.uniqueVisitors, visitors),
          int(g.checkIns),
          share(g.checkIns, checkIns),
        ],
      })),
    },
  };
}

export function rejectionView(reasons: readonly RejectionCount[]): FigureView {
  const total = reasons.reduce((s, r) => s + r.count, 0);
  return {
    spec: {
      categories: reasons.map((r) => REJECTION_REASON_LABELS[r.reason]),
      series: [
        {
          name: '未通过',
          values: reasons.map((r) => r.count),
          color: SERIES_COLORS.rejections,
          labels: reasons.map((r) => `${formatCount(r.count)}（${share(r.count, total)}）`),
        },
      ],
    },
    table: {
      head: [{ title: '原因' }, { title: '次数', numeric: true }, { title: '占比', numeric: true }],
      rows: reasons.map((r) => ({
        key: r.reason,
        cells: [REJECTION_REASON_LABELS[r.reason], int(r.count), share(r.count, total)],
      })),
      foot: ['合计', int(total), total > 0 ? '100%' : '—'],
    },
  };
}

/** Today's busiest checkpoints (at most 10 in the chart; the table has all the server gave). */
export function todayCheckpointView(res: StatsTodayResponse, top = 10): FigureView {
  const items = res.checkpoints.filter((c) => c.checkIns > 0);
  const shown = items.slice(0, top);
  return {
    spec: {
      categories: shown.map((c) => c.name),
      series: [
        { name: '打卡人次', values: shown.map((c) => c.checkIns), color: SERIES_COLORS.checkIns },
      ],
    },
    table: {
      head: [{ title: '打卡点' }, { title: '场馆' }, { title: '打卡人次', numeric: true }],
      rows: items.map((c) => ({
        key: c.checkpointId,
        cells: [c.name, c.venueName, int(c.checkIns)],
      })),
    },
  };
}
