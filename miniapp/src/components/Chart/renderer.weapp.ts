// The mini-program draws on a canvas 2d node (lib/chart-canvas.ts); Taro picks this file for weapp.
export { CanvasRenderer as renderer } from 'echarts/renderers';
