import type { GateOutcome } from "../../check/compare.js";
import { type CheckReport, newEdgesFail } from "../../check/report.js";
import { visible } from "../escape/terminal.js";
import {
  criterionText,
  entryText,
  gateStatusText,
  summaryText,
  unanalysedText,
  updateCommand,
  updateText,
  verdictText,
} from "./words.js";

function gateLines(g: GateOutcome): string[] {
  const mark =
    g.verdict === "passes" ? "✓" : g.verdict === "fails" ? "✗" : g.verdict === "notice" ? "!" : "?";
  const title = g.title !== g.phase ? ` ${g.title}` : "";
  const lines = [`  ${mark} ${g.consolidation}/${g.phase}${title}: ${gateStatusText(g)}`];
  for (const k of g.failing) lines.push(`      ✗ ${criterionText(k)}`);
  for (const k of g.unknown) lines.push(`      ? ${criterionText(k)}`);
  return lines;
}

/** The human summary: file:line of each new edge and the import to use instead. */
export function renderCheckText(report: CheckReport): string {
  const { outcome } = report;
  const lines = [
    `ssot check (ssot-tracker ${report.toolVersion}): ${summaryText(report)}; baseline ${report.baselineFile}`,
  ];
  if (outcome.newEdges.length > 0) {
    const heading = newEdgesFail(report) ? "not in the baseline" : "added to the baseline";
    lines.push("", `New deprecated imports (${heading}):`);
    for (const e of outcome.newEdges) {
      // The fix first: what to write is what the reader acts on.
      lines.push(`  ${e.file}:${e.line}  use: ${e.suggestion ?? "the canonical module"}`);
      lines.push(
        `    instead of: ${e.statement}  [${e.consolidation}: ${e.path}, ${e.role}; batch ${e.batch}]`,
      );
    }
  }
  if (outcome.fixed.length > 0) {
    const hint = report.update ? "" : ` (run \`${updateCommand}\` to shrink it)`;
    lines.push("", `Fixed since the baseline${hint}:`);
    for (const e of outcome.fixed) lines.push(`  ${e.file}  ${e.consolidation}: ${entryText(e)}`);
  }
  if (outcome.gates.length > 0) lines.push("", "Gates:", ...outcome.gates.flatMap(gateLines));
  if (outcome.unanalysed.length > 0) {
    lines.push("", `Not analysed (${unanalysedText}):`);
    for (const s of outcome.unanalysed) lines.push(`  ${s.file}  ${s.reason}`);
  }
  const update = updateText(report);
  lines.push("", ...(update ? [update] : []), verdictText(report));
  // Control and bidi characters of untrusted names would drive the terminal: shown escaped.
  return `${lines.map((l) => visible(l)).join("\n")}\n`;
}
