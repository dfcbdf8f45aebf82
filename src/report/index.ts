export { buildReportHtml, renderReport, type RenderReportOptions } from './render-report.js';
