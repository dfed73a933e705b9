import type { CriterionResult } from "../../result/schema.js";
import type { BaselineEntry } from "../baseline.js";
import { gatesFailed } from "../compare.js";
import type { DeprecatedEdge } from "../identity.js";
import { type CheckReport, checkFailed, newEdgesFail } from "../report.js";

export const unanalysedText = "files whose names are not UTF-8 could not be analysed";

/** Phrases every check format shares, so they say the same thing the same way. */

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

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

/** `New deprecated import (shim websocket-manager/manager): from … import …` */
export function newEdgeMessage(e: DeprecatedEdge): string {
  const use = e.suggestion ? `; use: ${e.suggestion}` : "";
  return `new deprecated import (${e.role} path ${e.consolidation}/${e.path}): ${e.statement}${use}`;
}

/** One sentence: what was found and what the check decided. */
export function summaryText(report: CheckReport): string {
  const { outcome } = report;
  const parts = [
    plural(outcome.newEdges.length, "new deprecated import"),
    `${outcome.fixed.length} fixed`,
    `${outcome.known.length} known`,
  ];
  const scope =
    outcome.scopeFiles !== undefined
      ? ` in ${plural(outcome.scopeFiles, "file")} changed since ${report.changedSince ?? "the given revision"}`
      : "";
  const failedGates = gatesFailed(outcome).length;
  const gates = failedGates > 0 ? `, ${plural(failedGates, "gate")} not met` : "";
  const unanalysed =
    outcome.unanalysed.length > 0
      ? `, ${plural(outcome.unanalysed.length, "file")} not analysed`
      : "";
  return `${parts.join(", ")}${scope}${gates}${unanalysed}`;
}

/** What to do next, or why it passed. */
export function verdictText(report: CheckReport): string {
  if (!checkFailed(report)) return "passed: no new deprecated imports, no gate failing";
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
  return `baseline ${report.baselineFile} ${verb}: ${plural(u.entries, "entry", "entries")} (${u.added} added, ${u.removed} removed)`;
}
