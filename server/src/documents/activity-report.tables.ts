import { formatInteger, formatMinutes, formatPercent, VENUE_KIND_LABELS } from '@xinghuo/shared';
import type { ReportBlock, ReportColumn } from './activity-report.content';
import type { ActivityReportData, LearningRow } from './activity-report.types';
import { approx } from './highlights';

/** The report's tables: one row per child region, venue, trail and checkpoint. */

export const col = (
  title: string,
  weight = 1,
  align: 'left' | 'right' = 'right',
): ReportColumn => ({ title, weight, align });

export const share = (part: number, whole: number) =>
  whole > 0 ? formatPercent(part / whole) : '—';

export function regionTable(data: ActivityReportData): ReportBlock {
  const v = approx(data, 'visitors');
  return {
    kind: 'table',
    title: `${data.region.name}下辖地区`,
    columns: [
      col('地区', 2.4, 'left'),
      col('场馆'),
      col('参与场馆'),
      col('打卡人次', 1.3),
      col('访客人数', 1.3),
      col('占比'),
    ],
    rows: data.childRegions.map((r) => [
      r.name,
      formatInteger(r.venues),
      formatInteger(r.activeVenues),
      formatInteger(r.checkIns),
      v + formatInteger(r.visitors),
      share(r.checkIns, data.figures.checkIns),
    ]),
  };
}

export function venueTable(data: ActivityReportData): ReportBlock {
  if (data.venues.length === 0) return { kind: 'paragraph', text: '本期没有场馆打卡记录。' };
  const v = approx(data, 'visitors');
  return {
    kind: 'table',
    title: `参与场馆（共${data.venues.length}个，按打卡人次排列）`,
    columns: [
      col('序号', 0.75),
      col('场馆', 3.4, 'left'),
      col('类型', 1.75, 'left'),
      col('所在地', 2.9, 'left'),
      col('打卡人次', 1.1),
      col('访客人数', 1.1),
      col('重复扫码', 1.1),
    ],
    rows: data.venues.map((x, i) => [
      String(i + 1),
      x.name,
      VENUE_KIND_LABELS[x.kind],
      x.place,
      formatInteger(x.checkIns),
      v + formatInteger(x.visitors),
      formatInteger(x.repeatScans),
    ]),
    total: [
      '',
      '合计',
      '',
      '',
      formatInteger(data.venues.reduce((s, x) => s + x.checkIns, 0)),
      '',
      formatInteger(data.venues.reduce((s, x) => s + x.repeatScans, 0)),
    ],
  };
}

export function trailTable(data: ActivityReportData): ReportBlock {
  if (data.trails.length === 0) return { kind: 'paragraph', text: '本期没有已发布的主题路线。' };
  const t = approx(data, 'trails');
  return {
    kind: 'table',
    title: '集章进度（人次）',
    columns: [
      col('路线', 2.2, 'left'),
      col('站点', 0.7),
      col('开始集章', 1.1),
      col('集章进度（至少集得1、2、3…枚）', 3.4, 'left'),
      col('集齐', 0.9),
      col('完成率', 0.9),
      col('用时中位数', 1.5),
    ],
    rows: data.trails.map((x) => [
      x.name,
      String(x.stops),
      t + formatInteger(x.started),
      x.reached.map(formatInteger).join(' → '),
      t + formatInteger(x.finished),
      share(x.finished, x.started),
      x.medianMinutesToFinish === null
        ? '—'
        : approx(data, 'finishTime') + formatMinutes(x.medianMinutesToFinish),
    ]),
  };
}

export function learningTables(data: ActivityReportData): ReportBlock[] {
  const { trails, checkpoints } = data.learning;
  if (trails.length + checkpoints.length === 0) {
    return [{ kind: 'paragraph', text: '本期没有答题记录。' }];
  }
  const l = approx(data, 'learning');
  const columns = (first: ReportColumn[]) => [
    ...first,
    col('集章', 1.1),
    col('答题', 1.1),
    col('首次答对率', 1.1),
  ];
  const cells = (x: LearningRow) => [
    formatInteger(x.stamps),
    l + formatInteger(x.answered),
    share(x.firstTryCorrect, x.answered),
  ];
  const out: ReportBlock[] = [];
  if (trails.length > 0) {
    out.push({
      kind: 'table',
      title: '按主题路线',
      columns: columns([col('路线', 3, 'left')]),
      rows: trails.map((x) => [x.name, ...cells(x)]),
    });
  }
  if (checkpoints.length > 0) {
    out.push({
      kind: 'table',
      title: '按打卡点',
      columns: columns([col('场馆', 3, 'left'), col('打卡点', 2, 'left')]),
      rows: checkpoints.map((x) => [x.venueName ?? '', x.name, ...cells(x)]),
    });
  }
  return out;
}
