import { type CheckReport, checkFailed, newEdgesFail } from "../../check/report.js";
import { sourceLink } from "../../util/source-link.js";
import { githubData, githubProperty } from "../escape/github.js";
import {
  criterionText,
  entryText,
  gateStatusText,
  newEdgeMessage,
  summaryText,
  updateCommand,
  updateText,
  verdictText,
} from "./words.js";

type Level = "error" | "warning" | "notice";

/** `::error file=…,line=…,title=…::message`, every value escaped. */
function command(
  level: Level,
  properties: Record<string, string | number | undefined>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([k, v]) => `${k}=${githubProperty(String(v))}`)
    .join(",");
  // Escape sequences in a log line are drawn by the log viewer: shown escaped instead.
  return `::${level}${props ? ` ${props}` : ""}::${githubData(message)}`;
}

/**
 * GitHub Actions workflow commands: an error annotation on the exact line of each new
 * deprecated import, errors for gates not met, notices for the rest. Every line is a command.
 */
export function renderCheckGithub(report: CheckReport): string {
  const { outcome } = report;
  const lines: string[] = [];
  // New imports that went into the baseline (--allow-growth) are warnings, not errors.
  const level: Level = newEdgesFail(report) ? "error" : "warning";
  for (const e of outcome.newEdges) {
    const title = `ssot: new deprecated import (${e.role})`;
    const link = sourceLink(report.links, e.file, e.line);
    lines.push(
      command(
        level,
        { file: e.file, line: e.line, title },
        `${newEdgeMessage(e)}${link ? ` (${link})` : ""}`,
      ),
    );
  }
  for (const e of outcome.fixed) {
    const hint = report.update ? "" : `; run ${updateCommand} to shrink the baseline`;
    lines.push(
      command(
        "notice",
        { file: e.file, title: "ssot: deprecated import fixed" },
        `${e.consolidation}: ${entryText(e)} is no longer imported here${hint}`,
      ),
    );
  }
  for (const g of outcome.gates) {
    if (g.verdict === "passes") continue;
    const notMet = g.status === "not-met";
    const criteria = (notMet ? g.failing : g.unknown).map(criterionText).join("; ");
    // Failing gates are errors; gates before their due date (or in a PR check) are notices.
    const level: Level =
      g.verdict === "fails" ? "error" : g.verdict === "notice" ? "notice" : "warning";
    lines.push(
      command(
        level,
        { title: `ssot: gate ${g.consolidation}/${g.phase} ${g.status}` },
        `${g.title}: ${gateStatusText(g)}: ${criteria}`,
      ),
    );
  }
  for (const s of outcome.unanalysed)
    lines.push(command("error", { title: "ssot: file not analysed" }, `${s.file}: ${s.reason}`));
  const update = updateText(report);
  if (update) lines.push(command("notice", { title: "ssot: baseline" }, update));
  lines.push(
    command(
      checkFailed(report) ? "error" : "notice",
      { title: `ssot check (ssot-tracker ${report.toolVersion})` },
      `${summaryText(report)}: ${verdictText(report)}`,
    ),
  );
  return `${lines.join("\n")}\n`;
}
