import type { AnalysisResult } from "../result/schema.js";

/** The result JSON: key order fixed by construction, arrays sorted by the analysis. */
export function renderJson(result: AnalysisResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
