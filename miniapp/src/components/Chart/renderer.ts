// H5: SVG, crisp at any zoom and readable by the browser (tests find the drawn labels).
export { SVGRenderer as renderer } from 'echarts/renderers';
