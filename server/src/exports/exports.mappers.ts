import {
  AUDIENCE_GROUP_LABELS,
  formatHourRange,
  REJECTION_REASON_LABELS,
  type StatsQuery,
  TOPIC_LABELS,
  VENUE_KIND_LABELS,
} from '@xinghuo/shared';
import type { Principal } from '../auth/token.service';
import type { ExportCell } from '../documents/csv';
import type { StatsService } from '../stats/stats.service';
import type { TrailStatsService } from '../stats/trail-stats.service';

type Rows = ExportCell[][];

const section = (title: string, header: string[], rows: Rows): Rows => [
  [],
  [`【${title}】`],
  header,
  ...rows,
];

/**
 * The dashboard's figures as one sheet of titled sections, each table as the dashboard shows
 * it, from the same service calls. The median time to finish is marked approximate.
 */
export async function figureSections(
  stats: StatsService,
  trails: TrailStatsService,
  principal: Principal,
  query: StatsQuery,
): Promise<Rows> {
  const [overview, daily, hourly, kinds, groups, topics, trailFigures, learning] =
    await Promise.all([
      stats.overview(principal, query),
      stats.daily(principal, query),
      stats.hourly(principal, query),
      stats.venueKinds(principal, query),
      stats.audienceGroups(principal, query),
      trails.topics(principal, query),
      trails.trails(principal, query),
      trails.learning(principal, query),
    ]);
  const counts = ['打卡人次', '访客人数', '重复扫码', '拒绝次数'];
  return [
    ...section(
      '总体',
      [...counts, '活跃场馆'],
      [
        [
          overview.checkIns,
          overview.uniqueVisitors,
          overview.repeats,
          overview.rejections,
          overview.activeVenues,
        ],
      ],
    ),
    ...section(
      '拒绝原因',
      ['原因', '次数'],
      overview.rejectionsByReason.map((r) => [REJECTION_REASON_LABELS[r.reason], r.count]),
    ),
    ...section(
      '按日',
      ['日期', ...counts],
      daily.days.map((d) => [d.day, d.checkIns, d.uniqueVisitors, d.repeats, d.rejections]),
    ),
    ...section(
      '按时段',
      ['时段', '打卡人次'],
      hourly.hours.map((h) => [formatHourRange(h.hour), h.checkIns]),
    ),
    ...section(
      '按下级地区',
      ['地区', '场馆数', '活跃场馆', ...counts],
      overview.byChildRegion.map((c) => [
        c.name,
        c.venues,
        c.activeVenues,
        c.checkIns,
        c.uniqueVisitors,
        c.repeats,
        c.rejections,
      ]),
    ),
    ...section(
      '按场馆',
      ['场馆', '类型', '所在地区', ...counts],
      overview.byVenue.map((v) => [
        v.name,
        VENUE_KIND_LABELS[v.kind],
        v.place,
        v.checkIns,
        v.uniqueVisitors,
        v.repeats,
        v.rejections,
      ]),
    ),
    ...section(
      '按场馆类型',
      ['类型', '场馆数', '活跃场馆', '打卡人次', '重复扫码', '拒绝次数'],
      kinds.items.map((k) => [
        VENUE_KIND_LABELS[k.kind],
        k.venues,
        k.activeVenues,
        k.checkIns,
        k.repeats,
        k.rejections,
      ]),
    ),
    ...section(
      '按人群',
      ['人群', '打卡人次', '访客人数'],
      groups.items.map((g) => [
        g.group === 'unknown' ? '未填写' : AUDIENCE_GROUP_LABELS[g.group],
        g.checkIns,
        g.uniqueVisitors,
      ]),
    ),
    ...section(
      '按主题',
      ['主题', '路线数', '集章人次', '开始集章', '集齐'],
      topics.items.map((t) => [TOPIC_LABELS[t.topic], t.trails, t.stamps, t.started, t.finished]),
    ),
    ...section(
      '主题路线',
      ['路线', '站点', '集章人次', '开始集章', '集齐', '用时中位数（分钟，约）', '误差（±分钟）'],
      trailFigures.items.map((t) => [
        t.name,
        t.stops,
        t.stamps,
        t.started,
        t.finished,
        t.medianMinutesToFinish?.minutes ?? null,
        t.medianMinutesToFinish?.errorMinutes ?? null,
      ]),
    ),
    ...section(
      '学习',
      ['打卡点', '场馆', '集章', '答题', '首次答对', '答对率'],
      learning.checkpoints.map((c) => [
        c.name,
        c.venueName,
        c.stamps,
        c.answered,
        c.firstTryCorrect,
        c.correctRate === null ? null : Math.round(c.correctRate * 1000) / 1000,
      ]),
    ),
  ];
}
