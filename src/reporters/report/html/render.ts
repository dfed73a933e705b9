import { createHash } from "node:crypto";
import Handlebars from "handlebars";
import { htmlPage } from "../../escape/html.js";
import type { ReportTemplates } from "./templates.js";
import type { ReportViewModel } from "./view-model-types.js";

/**
 * report.html: one self-contained file (CSS, SVG and the filter script inline, no external
 * request). A Content-Security-Policy allows only our own script, by hash, and no network
 * at all, so even markup that slipped through escaping could neither run nor fetch.
 */
export function renderReportHtml(model: ReportViewModel, templates: ReportTemplates): string {
  const hbs = Handlebars.create();
  for (const [name, source] of Object.entries(templates.partials))
    hbs.registerPartial(name, source);
  // strict: a field missing from the view model is an error, not an empty string;
  // knownHelpersOnly: the templates may use the built-in block helpers and nothing else;
  // preventIndent: an indented partial must not indent the lines of a <pre> (Mermaid
  // source, whose frontmatter `---` only counts at the start of a line).
  const page = hbs.compile(templates.page, {
    strict: true,
    knownHelpersOnly: true,
    preventIndent: true,
  });
  const script = templates.script.trim();
  const scriptHash = createHash("sha256").update(script, "utf8").digest("base64");
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${scriptHash}'`;
  return htmlPage(page({ ...model, csp, css: templates.css.trim(), script }));
}
