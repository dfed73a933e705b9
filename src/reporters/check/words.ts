import type { BaselineEntry } from "../../check/baseline.js";
import { type GateOutcome, gatesFailed, gatesNoticed } from "../../check/compare.js";
import type { DeprecatedEdge } from "../../check/identity.js";
import { type CheckReport, checkFailed, newEdgesFail } from "../../check/report.js";
import type { CriterionResult } from "../../result/schema.js";
import { count, plural } from "../../util/words.js";

export const unanalysedText = "files whose names are not UTF-8 could not be analysed";

/** Phrases every check format shares, so they say the same thing the same way. */

export const updateCommand = "ssot check --update-baseline";
export const growCommand = "ssot check --update-baseline --allow-growth";

export function criterionText(k: CriterionResult): string {
  return `${k.metric}: ${k.actual === null ? "unknown" : String(k.actual)} (expected ${k.expected})`;
}

/** `manager [WebSocketManager]` — a baseline entry without its file. */
export function entryText(e: BaselineEntry): string {
  const names = e.names.length > 0 ? ` [${e.names.join(", ")}]` : "";
  return `${e.path}${names}${e.occurrence > 0 ? ` (identical import #${e.occurrence + 1})` : ""}`;
}

/** The fix first: `use: from a.canon import X; new deprecated import (…, batch b): from a.shim import X`. */
export function newEdgeMessage(e: DeprecatedEdge, what = "new deprecated import"): string {
  const use = e.suggestion ? `use: ${e.suggestion}; ` : "";
  return `${use}${what} (${e.role} path ${e.consolidation}/${e.path}, batch ${e.batch}): ${e.statement}`;
}

/** `phase-2: not-met (due 2026-01-31: fails the check after that date)`. */
export function gateStatusText(g: GateOutcome): string {
  if (g.verdict === "unknown") return `${g.status} (does not fail the check)`;
  return g.why ? `${g.status} (${g.why})` : g.status;
}

/** One sentence: what was found and what the check decided. */
export function summaryText(report: CheckReport): string {
  const { outcome } = report;
  const parts = [
    plural(outcome.newEdges.length, "new deprecated import"),
    `${count(outcome.fixed.length)} fixed`,
    `${count(outcome.known.length)} known`,
  ];
  const scope =
    outcome.scopeFiles !== undefined
      ? ` in ${plural(outcome.scopeFiles, "file")} changed since ${report.changedSince ?? "the given revision"}`
      : "";
  const failedGates = gatesFailed(outcome).length;
  const noticed = gatesNoticed(outcome).length;
  const gates =
    (failedGates > 0 ? `, ${plural(failedGates, "gate")} not met` : "") +
    (noticed > 0 ? `, ${plural(noticed, "gate")} not met yet (notice)` : "");
  const unanalysed =
    outcome.unanalysed.length > 0
      ? `, ${plural(outcome.unanalysed.length, "file")} not analysed`
      : "";
  return `${parts.join(", ")}${scope}${gates}${unanalysed}`;
}

/** What to do next, or why it passed. */
export function verdictText(report: CheckReport): string {
  if (!checkFailed(report)) {
    const noticed = gatesNoticed(report.outcome);
    const open =
      noticed.length > 0
        ? `; not met yet: ${noticed.map((g) => `${g.consolidation}/${g.phase} (${g.why ?? "notice"})`).join(", ")}`
        : "";
    return `passed: no new deprecated imports, no gate failing${open}`;
  }
  const reasons: string[] = [];
  if (newEdgesFail(report)) {
    reasons.push(
      `new deprecated imports: move them to the canonical path (see "use:"), or accept them deliberately with \`${growCommand}\``,
    );
  }
  const failed = gatesFailed(report.outcome);
  if (failed.length > 0)
    reasons.push(`gate not met: ${failed.map((g) => `${g.consolidation}/${g.phase}`).join(", ")}`);
  if (report.outcome.unanalysed.length > 0)
    reasons.push(`${unanalysedText}: rename them so they can be checked`);
  return `failed: ${reasons.join("; ")}`;
}

/** What `--update-baseline` did, or undefined when it was not asked. */
export function updateText(report: CheckReport): string | undefined {
  const u = report.update;
  if (!u) return undefined;
  if (!u.changed)
    return `baseline ${report.baselineFile} unchanged (${plural(u.entries, "entry", "entries")})`;
  const verb = u.created ? "created" : "updated";
  return `baseline ${report.baselineFile} ${verb}: ${plural(u.entries, "entry", "entries")} (${count(u.added)} added, ${count(u.removed)} removed)`;
}
