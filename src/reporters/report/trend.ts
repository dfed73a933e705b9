import type { ConsolidationProgress } from "../../history/progress-view.js";
import type { ReportContext } from "./context.js";

/** The history file the report reads, named in hints (the CLI reads this one). */
export const historyFileHint = ".ssot/history.jsonl";

/** The history's progress of one consolidation, when the history holds it. */
export function trendOf(
  context: ReportContext,
  consolidationId: string,
): ConsolidationProgress | undefined {
  return context.progress?.consolidations.find((p) => p.id === consolidationId);
}

/** Why a consolidation has no trend section: one line, saying how to get one. */
export function trendHint(context: ReportContext, consolidationId: string): string {
  if (!context.progress)
    return `No trend yet: no history (${historyFileHint}); run ssot snapshot weekly, or ssot backfill --since YYYY-MM-DD to record the past from git.`;
  return `No trend: ${context.progress.source} holds no entry for ${consolidationId}; ssot snapshot records one.`;
}

/** "3 history points in .ssot/history.jsonl, 2025-06-02 to 2025-06-16." */
export function trendIntro(source: string, p: ConsolidationProgress): string {
  const points = `${p.points} history point${p.points === 1 ? "" : "s"}`;
  const end = p.analysed?.historyEnd.date ?? p.dates.last;
  const span =
    p.dates.first && p.dates.first !== end ? `, ${p.dates.first} to ${end}` : `, on ${end}`;
  return `${points} in ${source}${span}.`;
}
