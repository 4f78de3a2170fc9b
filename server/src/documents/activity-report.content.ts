import {
  AUDIENCE_GROUP_LABELS,
  formatChange,
  formatCount,
  formatDate,
  formatDateRange,
  formatInteger,
  formatMonthDay,
  REGION_LEVEL_LABELS,
  REJECTION_REASON_LABELS,
  TOPIC_LABELS,
  VENUE_KIND_LABELS,
  type CheckInRejectionCode,
} from '@xinghuo/shared';
import type { ActivityReportData } from './activity-report.types';
import type { ChartSize, ChartSpec } from './charts';
import {
  col,
  learningTables,
  regionTable,
  share,
  trailTable,
  venueTable,
} from './activity-report.tables';
import { approx, highlights } from './highlights';

/**
 * The report as a neutral list of blocks, written once from the data; the PDF and the Word
 * renderers lay the same blocks out, so both files always say the same thing.
 */
export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'figures'; items: Array<{ label: string; value: string; note: string }> }
  | { kind: 'chart'; title: string; spec: ChartSpec; size: ChartSize }
  | { kind: 'table'; title: string; columns: ReportColumn[]; rows: string[][]; total?: string[] }
  | { kind: 'note'; text: string };

export interface ReportColumn {
  title: string;
  align: 'left' | 'right';
  /** Share of the table's width, relative to the other columns. */
  weight: number;
}

export interface ReportContent {
  /** The document title: 唐山市2025年全国科普月活动总结. */
  title: string;
  cover: {
    campaign: string;
    region: string;
    /** The cover's label–value lines: region and level, campaign, dates, when made, source. */
    details: Array<[string, string]>;
  };
  blocks: ReportBlock[];
}

const CHART = { width: 720, height: 300 };

export function reportContent(data: ActivityReportData): ReportContent {
  const { figures, region } = data;
  const v = approx(data, 'visitors');
  const blocks: ReportBlock[] = [];
  const push = (...b: ReportBlock[]) => blocks.push(...b);
  const sections = ['一', '二', '三', '四', '五', '六', '七', '八'];
  let section = 0;
  const chart = (title: string, spec: ChartSpec, size: ChartSize = CHART) => {
    const values = spec.kind === 'donut' ? spec.slices.map((x) => x.value) : spec.values;
    if (values.some((n) => n > 0)) push({ kind: 'chart', title, spec, size });
    else push({ kind: 'paragraph', text: `${title}：暂无数据。` });
  };
  const heading = (text: string) =>
    push({ kind: 'heading', text: `${sections[section++]}、${text}` });

  const before = data.previous?.figures;
  const vsBefore = (now: number, then: number | undefined) =>
    then === undefined ? '' : `较上期${formatChange(now, then) ?? '—'}`;
  const rejected = Object.values(figures.rejections).reduce((a, b) => a + (b ?? 0), 0);
  heading('总体情况');
  push({
    kind: 'figures',
    items: [
      {
        label: '打卡人次',
        value: formatCount(figures.checkIns),
        note: vsBefore(figures.checkIns, before?.checkIns),
      },
      {
        label: '访客人数',
        value: v + formatCount(figures.visitors),
        note: vsBefore(figures.visitors, before?.visitors),
      },
      {
        label: '参与场馆',
        value: formatCount(figures.activeVenues),
        note: vsBefore(figures.activeVenues, before?.activeVenues),
      },
      { label: '重复扫码', value: formatCount(figures.repeatScans), note: '已有印章，未重复计数' },
      {
        label: '未通过核验',
        value: formatCount(rejected),
        note: `占扫码的${share(rejected, rejected + figures.checkIns + figures.repeatScans)}`,
      },
      {
        label: '乡镇（街道）覆盖',
        value: `${formatCount(data.townships.reached)}/${formatCount(data.townships.withVenues)}`,
        note: `覆盖率${share(data.townships.reached, data.townships.withVenues)}`,
      },
    ],
  });
  if (data.previous) {
    push({
      kind: 'note',
      text: `上期为${formatDateRange(data.previous.period.from, data.previous.period.to)}。`,
    });
  }
  const reasons = (Object.entries(figures.rejections) as Array<[CheckInRejectionCode, number]>)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  if (reasons.length > 0) {
    push({
      kind: 'table',
      title: '未通过核验的扫码（按原因）',
      columns: [col('原因', 3, 'left'), col('次数'), col('占比')],
      rows: reasons.map(([code, n]) => [
        REJECTION_REASON_LABELS[code],
        formatInteger(n),
        share(n, rejected),
      ]),
    });
  }

  heading('活动亮点');
  push({ kind: 'bullets', items: highlights(data) });

  heading('参与趋势');
  chart('每日打卡人次', {
    kind: 'line',
    categories: data.daily.map((d) => formatMonthDay(d.date)),
    values: data.daily.map((d) => d.checkIns),
  });
  const half = Math.ceil(data.daily.length / 2);
  const dayCells = (d: ActivityReportData['daily'][number] | undefined) =>
    d
      ? [formatMonthDay(d.date), formatInteger(d.checkIns), v + formatInteger(d.visitors)]
      : ['', '', ''];
  const dayColumns = [col('日期', 1, 'left'), col('打卡人次'), col('当日访客')];
  push({
    kind: 'table',
    title: '每日明细',
    columns: [...dayColumns, ...dayColumns],
    rows: data.daily
      .slice(0, half)
      .map((d, i) => [...dayCells(d), ...dayCells(data.daily[half + i])]),
  });
  // Hours nobody came (night) would only squeeze the bars: show the span from first to last.
  const busy = data.hourly.filter((h) => h.checkIns > 0).map((h) => h.hour);
  const hours = data.hourly.filter(
    (h) => h.hour >= Math.min(...busy) && h.hour <= Math.max(...busy),
  );
  chart(
    '各时段打卡人次（全期合计）',
    {
      kind: 'bar',
      categories: hours.map((h) => `${h.hour}时`),
      values: hours.map((h) => h.checkIns),
    },
    { width: 720, height: 260 },
  );

  heading('场馆与人群');
  chart('各类场馆打卡人次', {
    kind: 'donut',
    slices: data.byVenueKind.map((k) => ({ name: VENUE_KIND_LABELS[k.kind], value: k.checkIns })),
  });
  chart('各人群打卡人次', {
    kind: 'donut',
    slices: data.byAudienceGroup.map((g) => ({
      name: AUDIENCE_GROUP_LABELS[g.group],
      value: g.checkIns,
    })),
  });
  chart(
    '各科普主题打卡人次',
    {
      kind: 'bar',
      horizontal: true,
      categories: data.byTopic.map((t) => TOPIC_LABELS[t.topic]),
      values: data.byTopic.map((t) => t.checkIns),
    },
    { width: 720, height: Math.max(160, 40 + 26 * data.byTopic.length) },
  );
  const top = data.venues.slice(0, 10);
  if (top.length > 1) {
    chart(
      `打卡人次最多的${top.length}个场馆`,
      {
        kind: 'bar',
        horizontal: true,
        categories: top.map((x) => x.name),
        values: top.map((x) => x.checkIns),
      },
      { width: 720, height: 40 + 28 * top.length },
    );
  }

  if (data.childRegions.length > 0) {
    heading('分地区情况');
    push(regionTable(data));
  }
  heading('分场馆情况');
  push(venueTable(data));
  heading('主题路线完成情况');
  push(trailTable(data));
  heading('科普答题情况');
  push(...learningTables(data));

  push({
    kind: 'note',
    text:
      '统计口径：打卡人次为通过核验的打卡，同一访客在同一打卡点每个计章周期计一次；访客人数为去重后的访客数；' +
      '重复扫码与未通过核验的扫码不计入打卡人次。本报告不含任何个人信息。' +
      (data.approximate.length > 0 ? '标注"约"的数字为估算值。' : ''),
  });

  return {
    title: `${region.name}${data.campaignName}活动总结`,
    cover: {
      campaign: data.campaignName,
      region: region.name,
      details: [
        ['地区', `${region.name}（${REGION_LEVEL_LABELS[region.level]}）`],
        ['活动', data.campaignName],
        ['统计时段', formatDateRange(data.period.from, data.period.to)],
        ['制表日期', formatDate(data.generatedOn)],
        ['数据来源', '星火探馆打卡与探馆平台'],
      ],
    },
    blocks,
  };
}
