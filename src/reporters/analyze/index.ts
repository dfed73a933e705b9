import type { AnalysisResult } from "../../result/schema.js";
import { renderJson } from "./json.js";
import { renderText, type TextOptions } from "./text.js";

/** `ssot analyze`'s outputs by format (the first is the default); part of reporters/index.ts. */
export const analyzeReporters = {
  text: (result: AnalysisResult, options: TextOptions = {}) => renderText(result, options),
  json: (result: AnalysisResult) => renderJson(result),
} as const;
