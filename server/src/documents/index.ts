export type * from './activity-report.types';
export { renderActivityReportDocx } from './activity-report.docx';
export { renderActivityReportPdf } from './activity-report.pdf';
export { highlights } from './highlights';
export {
  renderPosters,
  POSTER_PAGE,
  type PosterCode,
  type PosterInput,
  type PosterSize,
} from './poster';
export { chartPng, chartSvg, drawChart, type ChartSize, type ChartSpec } from './charts';
export { csvCell, csvStream, writeCsv, type ExportCell, type ExportRows } from './csv';
export { writeXlsx } from './xlsx';
export { CJK_FONT_FAMILY, CJK_FONT_FILES, cjkFonts } from './font';
