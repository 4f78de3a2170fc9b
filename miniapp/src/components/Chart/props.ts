import type { EChartsCoreOption } from 'echarts/core';

export interface ChartProps {
  option: EChartsCoreOption;
  /** CSS pixels; the width is the container's. */
  height: number;
  /** Names the chart for tests and screen readers (`data-chart`). */
  id: string;
  /** What the chart shows, read out instead of the drawing (the table beside it has the numbers). */
  label: string;
}
