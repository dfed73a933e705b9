import type { AnalysisResult } from "../../../result/schema.js";
import { count, percent } from "../../../util/words.js";
import type { ReportContext } from "../context.js";
import { trendOf } from "../trend.js";
import type { SummaryRow } from "./view-model-types.js";

const statusLabels = { met: "met", "not-met": "not met", unknown: "unknown" } as const;

/** Changes of the share smaller than this (0.1 points) read as flat. */
const flat = 0.001;

/** The trend of the deprecated share from the history's previous point to its last one. */
function trendOfShare(
  context: ReportContext,
  id: string,
): Pick<SummaryRow, "trendArrow" | "trendClass" | "trendText"> {
  const share = trendOf(context, id)?.deprecatedShare;
  if (!share || share.last === null || share.previous === null || share.previous === undefined)
    return { trendArrow: "–", trendClass: "unknown", trendText: "no trend yet" };
  const change = share.last - share.previous;
  if (Math.abs(change) < flat) return { trendArrow: "→", trendClass: "flat", trendText: "flat" };
  const points = `${(Math.abs(change) * 100).toFixed(1)} points`;
  return change < 0
    ? { trendArrow: "↓", trendClass: "good", trendText: `down ${points}` }
    : { trendArrow: "↑", trendClass: "bad", trendText: `up ${points}` };
}

/** One row per consolidation: the share, the phases and the trend, for configs with several. */
export function summaryRows(result: AnalysisResult, context: ReportContext): SummaryRow[] {
  return result.consolidations.map((c, i) => ({
    anchor: `c${i}`,
    title: c.title,
    id: c.id,
    share: percent(c.deprecatedShare.statements),
    shareSort: c.deprecatedShare.statements ?? -1,
    deprecatedStatements: `${count(c.totals.deprecatedStatements)} of ${count(c.totals.statements)}`,
    deprecatedSort: c.totals.deprecatedStatements,
    phases: c.phases.map((p) => ({
      id: p.id,
      statusClass: p.status,
      statusLabel: statusLabels[p.status],
    })),
    ...trendOfShare(context, c.id),
  }));
}
