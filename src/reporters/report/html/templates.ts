import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { packageDir } from "../../../version.js";

/** The report's template sources: the page, its partials, the CSS and the filter script. */
export interface ReportTemplates {
  page: string;
  partials: Record<string, string>;
  css: string;
  script: string;
}

/** templates/ of the package (wherever this module was built or bundled to). */
export const defaultTemplatesDir = path.join(packageDir, "templates");

/** Read the templates shipped with the package (they are package files, not user input). */
export const readTemplate = (dir: string, name: string) =>
  readFileSync(path.join(dir, name), "utf8");

/** A page's stylesheet: base.css (palette, dark mode, base rules) and then the page's own. */
export const pageCss = (dir: string, name: string) =>
  `${readTemplate(dir, "base.css").trim()}\n${readTemplate(dir, name)}`;

/** The partials both pages may use (the page head among them), by name. */
export function loadPartials(dir: string = defaultTemplatesDir): Record<string, string> {
  const partialsDir = path.join(dir, "partials");
  return Object.fromEntries(
    readdirSync(partialsDir)
      .filter((f) => f.endsWith(".hbs"))
      .sort()
      .map((f) => [f.slice(0, -".hbs".length), readFileSync(path.join(partialsDir, f), "utf8")]),
  );
}

export function loadReportTemplates(dir: string = defaultTemplatesDir): ReportTemplates {
  const read = (name: string) => readTemplate(dir, name);
  return {
    page: read("report.hbs"),
    partials: loadPartials(dir),
    css: pageCss(dir, "report.css"),
    script: read("report.js"),
  };
}
