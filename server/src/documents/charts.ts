import { renderAsync } from '@resvg/resvg-js';
import { formatCount, formatPercent } from '@xinghuo/shared';
import * as echarts from 'echarts';
import SVGtoPDF from 'svg-to-pdfkit';
import { CJK_FONT_FAMILY, PDF_FONT, RESVG_FONT } from './font';
import type { PdfDoc } from './pdf';
import { outlineText } from './svg-text';

/** A line (a trend over days) or bars (hours, venues); horizontal bars suit long category names. */
export interface SeriesChart {
  kind: 'line' | 'bar';
  categories: string[];
  values: number[];
  horizontal?: boolean;
}

/** Shares of a whole, drawn as a donut with each slice's count and percentage. */
export interface DonutChart {
  kind: 'donut';
  slices: Array<{ name: string; value: number }>;
}

export type ChartSpec = SeriesChart | DonutChart;

/** Pixel size of the chart's own coordinate space; PDF and PNG scale it. */
export interface ChartSize {
  width: number;
  height: number;
}

export const CHART_COLORS = [
  '#16324f',
  '#d9480f',
  '#3a7ca5',
  '#f4a259',
  '#5c946e',
  '#81a4cd',
  '#a4243b',
  '#8d99ae',
];

const TEXT = { color: '#3d4b5c', fontFamily: CJK_FONT_FAMILY, fontSize: 12 };

/** The chart as an SVG string: ECharts' server-side renderer, no browser, no canvas. */
export function chartSvg(spec: ChartSpec, size: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption(spec.kind === 'donut' ? donutOption(spec) : seriesOption(spec));
    return withoutTextOutlines(chart.renderToSVGString());
  } finally {
    // An undisposed SSR chart keeps a timer alive and the process never exits.
    chart.dispose();
  }
}

function seriesOption(spec: SeriesChart): echarts.EChartsOption {
  const categoryAxis = {
    type: 'category' as const,
    data: spec.categories,
    axisTick: { show: false },
    axisLine: { lineStyle: { color: '#b8c2cc' } },
    axisLabel: { ...TEXT, interval: spec.horizontal ? 0 : ('auto' as const), hideOverlap: true },
    inverse: spec.horizontal === true,
  };
  const valueAxis = {
    type: 'value' as const,
    axisLabel: { ...TEXT, formatter: (v: number) => formatCount(v) },
    splitLine: { lineStyle: { color: '#e6eaee' } },
    minInterval: 1,
  };
  const label = {
    show: true,
    ...TEXT,
    fontSize: spec.kind === 'line' ? 10 : 11,
    color: '#1b2a3a',
    position: spec.horizontal ? ('right' as const) : ('top' as const),
    // A zero says nothing a missing bar does not, and a row of them is noise.
    formatter: (p: { value: unknown }) =>
      Number(p.value) === 0 ? '' : formatCount(Number(p.value)),
  };
  return {
    animation: false,
    textStyle: TEXT,
    color: CHART_COLORS,
    grid: { left: 8, right: spec.horizontal ? 56 : 16, top: 28, bottom: 8, containLabel: true },
    xAxis: spec.horizontal ? valueAxis : categoryAxis,
    yAxis: spec.horizontal ? categoryAxis : valueAxis,
    series: [
      spec.kind === 'line'
        ? {
            type: 'line',
            data: lineData(spec.values),
            label: { ...label, show: spec.values.length <= LABEL_EVERY_POINT_UP_TO },
            labelLayout: { hideOverlap: true },
            symbol: 'circle',
            symbolSize: 5,
            lineStyle: { width: 2.5 },
            areaStyle: { opacity: 0.08 },
          }
        : {
            type: 'bar',
            data: spec.values,
            label,
            labelLayout: { hideOverlap: true },
            barMaxWidth: 28,
          },
    ],
  };
}

/** Up to this many points every value is labelled; beyond, the peaks and troughs are. */
const LABEL_EVERY_POINT_UP_TO = 14;

/** The points whose value a reader of a long trend wants: turning points and both ends. */
function lineData(
  values: number[],
): Array<number | { value: number; label: { show: true; position: 'top' | 'bottom' } }> {
  if (values.length <= LABEL_EVERY_POINT_UP_TO) return values;
  return values.map((value, i) => {
    const before = values[i - 1] ?? -Infinity;
    const after = values[i + 1] ?? -Infinity;
    if (value > before && value >= after) return { value, label: { show: true, position: 'top' } };
    const low = values[i - 1] ?? Infinity;
    const high = values[i + 1] ?? Infinity;
    if (value < low && value <= high) return { value, label: { show: true, position: 'bottom' } };
    return value;
  });
}

function donutOption(spec: DonutChart): echarts.EChartsOption {
  const total = spec.slices.reduce((sum, s) => sum + s.value, 0);
  return {
    animation: false,
    textStyle: TEXT,
    color: CHART_COLORS,
    series: [
      {
        type: 'pie',
        radius: ['38%', '64%'],
        center: ['50%', '52%'],
        data: spec.slices.filter((s) => s.value > 0),
        label: {
          ...TEXT,
          color: '#1b2a3a',
          formatter: (p: { name: string; value: unknown }) =>
            `${p.name}\n${formatCount(Number(p.value))}（${formatPercent(Number(p.value) / total)}）`,
          lineHeight: 16,
        },
        labelLine: { length: 10, length2: 12 },
        itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
      },
    ],
  };
}

/**
 * ECharts outlines label text with a stroke painted under the fill (paint-order="stroke");
 * svg-to-pdfkit ignores paint-order and paints the outline on top, hiding the labels.
 */
function withoutTextOutlines(svg: string): string {
  return svg.replace(/<text\b[^>]*>/g, (tag) =>
    tag.replace(/\s(?:stroke|stroke-width|stroke-miterlimit|paint-order)="[^"]*"/g, ''),
  );
}

/**
 * The SVG as a PNG (for Word), rendered off the main thread; its text is outlined with the npm
 * font first (see outlineText), and resvg gets that font only.
 */
export async function chartPng(svg: string, size: ChartSize, scale = 2): Promise<Buffer> {
  const image = await renderAsync(outlineText(svg), {
    font: RESVG_FONT,
    background: '#ffffff',
    fitTo: { mode: 'width', value: Math.round(size.width * scale) },
  });
  return image.asPng();
}

/** Draws the SVG as vectors into the box; the document's font is selected again afterwards. */
export function drawChart(
  doc: PdfDoc,
  svg: string,
  box: { x: number; y: number; width: number; height: number },
): void {
  SVGtoPDF(doc as never, svg, box.x, box.y, {
    width: box.width,
    height: box.height,
    preserveAspectRatio: 'xMidYMid meet',
    assumePt: true,
    fontCallback: (_family, bold) => (bold ? PDF_FONT.bold : PDF_FONT.regular),
  });
  // svg-to-pdfkit leaves its last font and colour selected.
  doc.font(PDF_FONT.regular).fillColor('#000000');
}
