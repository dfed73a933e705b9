import type { AnalysisResult } from "../../result/schema.js";
import { visibleJson } from "../escape/terminal.js";

/** The result JSON: key order fixed by construction, arrays sorted by the analysis. */
export function renderJson(result: AnalysisResult): string {
  return `${visibleJson(JSON.stringify(result, null, 2))}\n`;
}
