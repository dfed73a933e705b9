import type { AnalysisResult } from "../result/schema.js";
import { renderJson } from "./analyze/json.js";
import { renderText, type TextOptions } from "./analyze/text.js";

/** Renderers by format name: pure functions from the result to text. */
export const renderers = {
  text: (result: AnalysisResult, options: TextOptions = {}) => renderText(result, options),
  json: (result: AnalysisResult) => renderJson(result),
} as const;

export type AnalyzeFormat = keyof typeof renderers;
export const analyzeFormats = Object.keys(renderers) as AnalyzeFormat[];
