import type { EChartsCoreOption } from 'echarts/core';
import { formatCount, formatInteger, formatPercent } from '@xinghuo/shared';
import { COLORS, withAlpha } from './theme';

/**
 * ECharts options for the figures pages, built from plain numbers so every chart of the app
 * looks alike: the same palette (design tokens), fonts, axes and tooltips, on H5 and weapp.
 * Values in charts read the Chinese way (1.23万); tooltips and tables give them exactly.
 */

export interface ChartSeries {
  name: string;
  values: readonly number[];
  color: string;
  /** A comparison line (the previous period): dashed and quieter. */
  dashed?: boolean;
  /** Fill under a line. */
  area?: boolean;
  /** Text at the end of each bar, when a plain value label does not say enough (a share). */
  labels?: readonly string[];
}

export interface ChartSpec {
  categories: readonly string[];
  series: readonly ChartSeries[];
  /** Values are ratios 0–1, shown as percentages. */
  percent?: boolean;
}

/** Which colour stands for what, on every chart. */
export const SERIES_COLORS = {
  checkIns: COLORS.navy,
  previous: COLORS.lineDark,
  visitors: COLORS.ok,
  learning: COLORS.ok,
  highlight: COLORS.primary,
  rejections: COLORS.warn,
  finished: COLORS.primary,
} as const;

const FONT = 'PingFang SC, Microsoft YaHei, Noto Sans SC, sans-serif';
const AXIS_TEXT = { color: COLORS.text2, fontSize: 12, fontFamily: FONT };
/** Long names (venues, checkpoints) are cut in the axis; the table has them whole. */
const CATEGORY_LABEL_WIDTH = 132;

const valueText = (percent: boolean | undefined) => (v: number) =>
  percent ? formatPercent(v, 0) : formatCount(v);

function base(spec: ChartSpec): EChartsCoreOption {
  const many = spec.series.length > 1;
  return {
    animationDuration: 400,
    animationDurationUpdate: 300,
    textStyle: { fontFamily: FONT },
    color: spec.series.map((s) => s.color),
    legend: many
      ? {
          top: 0,
          left: 0,
          itemWidth: 14,
          itemHeight: 8,
          textStyle: { ...AXIS_TEXT, color: COLORS.text },
        }
      : undefined,
    tooltip: {
      trigger: 'axis',
      confine: true,
      axisPointer: { type: 'shadow', shadowStyle: { color: withAlpha(COLORS.navy, 0.06) } },
      backgroundColor: COLORS.white,
      borderColor: COLORS.line,
      textStyle: { color: COLORS.text, fontSize: 12, fontFamily: FONT },
      valueFormatter: (v: unknown) =>
        typeof v === 'number' ? (spec.percent ? formatPercent(v) : formatInteger(v)) : '—',
    },
    grid: { left: 4, right: 16, top: many ? 32 : 12, bottom: 4 },
  };
}

const valueAxis = (percent?: boolean) => ({
  type: 'value',
  max: percent ? 1 : undefined,
  minInterval: percent ? undefined : 1,
  splitNumber: 4,
  axisLabel: { ...AXIS_TEXT, formatter: valueText(percent) },
  splitLine: { lineStyle: { color: COLORS.line, type: 'dashed' } },
  axisLine: { show: false },
  axisTick: { show: false },
});

const categoryAxis = (categories: readonly string[], horizontal: boolean) => ({
  type: 'category',
  data: [...categories],
  inverse: horizontal,
  axisLabel: horizontal
    ? { ...AXIS_TEXT, color: COLORS.text, width: CATEGORY_LABEL_WIDTH, overflow: 'truncate' }
    : { ...AXIS_TEXT, hideOverlap: true },
  axisLine: { lineStyle: { color: COLORS.lineDark } },
  axisTick: { show: false },
});

/** A trend over days: the period, and dashed lines to compare with (the period before). */
export function lineOption(spec: ChartSpec): EChartsCoreOption {
  return {
    ...base(spec),
    tooltip: { ...(base(spec).tooltip as object), axisPointer: { type: 'line' } },
    xAxis: { ...categoryAxis(spec.categories, false), boundaryGap: false },
    yAxis: valueAxis(spec.percent),
    series: spec.series.map((s) => ({
      name: s.name,
      type: 'line',
      data: [...s.values],
      smooth: false,
      symbol: 'circle',
      symbolSize: 5,
      showSymbol: spec.categories.length <= 31,
      lineStyle: {
        width: s.dashed ? 1.5 : 2.5,
        type: s.dashed ? 'dashed' : 'solid',
        color: s.color,
      },
      itemStyle: { color: s.color },
      areaStyle: s.area ? { color: withAlpha(s.color, 0.08) } : undefined,
      z: s.dashed ? 1 : 2,
    })),
  };
}

/**
 * Bars: `horizontal` for named things (venues, regions, groups), read top to bottom in the
 * order given; vertical for ordered ones (hours). Bars carry their value at the end.
 */
export function barOption(spec: ChartSpec, horizontal: boolean): EChartsCoreOption {
  const single = spec.series.length === 1;
  const axes = horizontal
    ? { xAxis: valueAxis(spec.percent), yAxis: categoryAxis(spec.categories, true) }
    : { xAxis: categoryAxis(spec.categories, false), yAxis: valueAxis(spec.percent) };
  const shown = base(spec);
  return {
    ...shown,
    // The longest bar can reach the edge: leave room for its label beside it.
    ...(horizontal
      ? { grid: { ...(shown.grid as object), right: Math.max(16, barLabelWidth(spec) + 8) } }
      : {}),
    ...axes,
    series: spec.series.map((s) => ({
      name: s.name,
      type: 'bar',
      data: [...s.values],
      barMaxWidth: horizontal ? 18 : 28,
      barGap: '20%',
      itemStyle: {
        color: s.color,
        borderRadius: horizontal ? [0, 3, 3, 0] : [3, 3, 0, 0],
      },
      label: {
        show: horizontal || (single && spec.categories.length <= 12),
        position: horizontal ? 'right' : 'top',
        ...AXIS_TEXT,
        formatter: s.labels
          ? (p: { dataIndex: number }) => s.labels?.[p.dataIndex] ?? ''
          : (p: { value: number }) => (p.value ? valueText(spec.percent)(p.value) : ''),
      },
    })),
  };
}

/** About how wide the widest bar label is drawn, in CSS pixels (12 px text). */
export function barLabelWidth(spec: ChartSpec): number {
  const text = valueText(spec.percent);
  const widths = spec.series.flatMap((s) =>
    s.values.map((v, i) => {
      const label = s.labels?.[i] ?? (v ? text(v) : '');
      // Chinese characters and full-width brackets take a whole em; digits and commas about half.
      return [...label].reduce((w, ch) => w + (/[\u3000-\uffff]/.test(ch) ? 12 : 7), 0);
    }),
  );
  return Math.max(0, ...widths);
}

/** How tall a horizontal bar chart needs to be for its rows to stay readable. */
export function barChartHeight(rows: number, seriesCount = 1): number {
  const perRow = seriesCount > 1 ? 44 : 32;
  return Math.max(120, rows * perRow + (seriesCount > 1 ? 56 : 32));
}

/** Every value of every series zero (or none at all): the chart would be a flat line. */
export function isBlank(spec: ChartSpec): boolean {
  return spec.series.every((s) => s.values.every((v) => !v));
}

/** A figure ready for a panel: its option, the height it needs, its table. */
export interface ChartFigure<T> {
  option: EChartsCoreOption;
  height: number;
  table: T;
  blank: boolean;
}

export type ChartKind = 'line' | 'bar' | 'hbar';

/** Lines for days, upright bars for hours, lying bars for anything with a name. */
export function chartFigure<T>(
  view: { spec: ChartSpec; table: T },
  kind: ChartKind,
): ChartFigure<T> {
  const { spec } = view;
  return {
    option: kind === 'line' ? lineOption(spec) : barOption(spec, kind === 'hbar'),
    height: kind === 'hbar' ? barChartHeight(spec.categories.length, spec.series.length) : 260,
    table: view.table,
    blank: spec.categories.length === 0 || isBlank(spec),
  };
}
