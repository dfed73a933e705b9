import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The report's template sources: the page, its partials, the CSS and the filter script. */
export interface ReportTemplates {
  page: string;
  partials: Record<string, string>;
  css: string;
  script: string;
}

/** templates/ of the package: ../../../templates from src/reporters/report/html and from dist/reporters/report/html. */
export const defaultTemplatesDir = fileURLToPath(
  new URL("../../../../templates/", import.meta.url),
);

/** Read the templates shipped with the package (they are package files, not user input). */
export function loadReportTemplates(dir: string = defaultTemplatesDir): ReportTemplates {
  const read = (name: string) => readFileSync(path.join(dir, name), "utf8");
  const partialsDir = path.join(dir, "partials");
  const partials = Object.fromEntries(
    readdirSync(partialsDir)
      .filter((f) => f.endsWith(".hbs"))
      .sort()
      .map((f) => [f.slice(0, -".hbs".length), readFileSync(path.join(partialsDir, f), "utf8")]),
  );
  return { page: read("report.hbs"), partials, css: read("report.css"), script: read("report.js") };
}
