import { type AnalyzeOptions, analyze } from "../analyze/index.js";
import type { Config } from "../config/types.js";
import type { AnalysisResult } from "../result/schema.js";
import type { HistoryLine } from "./schema.js";
import { historyLine } from "./summary.js";

/** The history line of the working tree today (or on `date`). */
export async function snapshotLine(
  config: Config,
  date: string,
  options: AnalyzeOptions = {},
): Promise<HistoryLine> {
  return snapshotLineOf(await analyze(config, options), date);
}

/** The history line of an analysis of the working tree (its commit is the result's). */
export function snapshotLineOf(result: AnalysisResult, date: string): HistoryLine {
  return historyLine(result, { date, commit: result.source.commit ?? null, source: "snapshot" });
}
