import { createHash } from "node:crypto";
import Handlebars from "handlebars";
import { htmlPage } from "../../escape/html.js";

/**
 * The one page path of report.html and progress.html: the shared head (partials/page-head:
 * CSP meta, viewport, dark mode, the stylesheet inline), strict Handlebars, and a
 * Content-Security-Policy that allows no network and only our own script, by hash, so even
 * markup that slipped through escaping could neither run nor fetch.
 */
export interface PageSources {
  page: string;
  partials: Record<string, string>;
  css: string;
  /** The page's own script, inlined and allowed by its hash; none: no script may run. */
  script?: string;
}

export function renderPage(sources: PageSources, model: object): string {
  const hbs = Handlebars.create();
  for (const [name, source] of Object.entries(sources.partials)) hbs.registerPartial(name, source);
  // strict: a field missing from the view model is an error, not an empty string;
  // knownHelpersOnly: the templates may use the built-in block helpers and nothing else;
  // preventIndent: an indented partial must not indent the lines of a <pre> (Mermaid
  // source, whose frontmatter `---` only counts at the start of a line).
  const page = hbs.compile(sources.page, {
    strict: true,
    knownHelpersOnly: true,
    preventIndent: true,
  });
  const script = sources.script?.trim();
  const base = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
  const csp =
    script === undefined
      ? base
      : `${base}; script-src 'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;
  return htmlPage(
    page({ ...model, csp, css: sources.css.trim(), ...(script === undefined ? {} : { script }) }),
  );
}
