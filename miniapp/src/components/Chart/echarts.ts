import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { renderer } from './renderer';

// Only what the figures pages draw: a custom build keeps each weapp sub-package well under 2 MB.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, renderer]);

export default echarts;
