import { renderPage } from "./page.js";
import type { ReportTemplates } from "./templates.js";
import type { ReportViewModel } from "./view-model-types.js";

/**
 * report.html: one self-contained file (CSS, SVG and the filter script inline, no external
 * request), through the page path it shares with progress.html (page.ts).
 */
export function renderReportHtml(model: ReportViewModel, templates: ReportTemplates): string {
  return renderPage(templates, model);
}
