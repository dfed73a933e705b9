import type { PathResult } from "../../result/schema.js";
import { count, plural } from "../../util/words.js";

/** Shared wording and number formats of the report renderers (Markdown, HTML, Mermaid). */

/** "18 Python files", or "30 files (18 Python, 12 JS/TS)" when JS/TS was analysed too. */
export function scannedFiles(f: {
  scanned: number;
  python: number;
  javascript?: number | undefined;
}): string {
  if (f.javascript === undefined) return plural(f.scanned, "Python file");
  return `${plural(f.scanned, "file")} (${count(f.python)} Python, ${count(f.javascript)} JS/TS)`;
}

export const roleLabels: Record<PathResult["role"], string> = {
  canonical: "canonical",
  shim: "deprecated shim",
  direct: "deprecated direct use",
  reexport: "deprecated re-export",
};

export const isDeprecated = (p: Pick<PathResult, "role">) => p.role !== "canonical";

/** What each phase metric measures, in words an architect reads without the spec. */
export { metricDescriptions } from "../../metrics/index.js";

export function actualText(actual: number | null): string {
  return actual === null ? "unknown" : String(actual);
}
