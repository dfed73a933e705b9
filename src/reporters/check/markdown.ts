import { type CheckReport, checkFailed, newEdgesFail } from "../../check/report.js";
import { sourceLink } from "../../util/source-link.js";
import { mdText as md } from "../escape/markdown.js";
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

const row = (cells: string[]) => `| ${cells.join(" | ")} |`;

/** A link destination that cannot end early or break the table: (, ), <, >, | and spaces encoded. */
const markdownUrl = (url: string) =>
  url.replace(
    /[()<>|\s\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );

/** A job summary ($GITHUB_STEP_SUMMARY): tables of new imports, fixed entries and gates. */
export function renderCheckMarkdown(report: CheckReport): string {
  const { outcome } = report;
  const failed = checkFailed(report);
  const lines = [
    `## ssot check: ${failed ? "failed ✗" : "passed ✓"}`,
    "",
    `ssot-tracker ${md(report.toolVersion)} · ${md(summaryText(report))}. Baseline: ${md(report.baselineFile)}.`,
  ];
  if (outcome.newEdges.length > 0) {
    const heading = newEdgesFail(report)
      ? "New deprecated imports"
      : "New deprecated imports, added to the baseline";
    lines.push("", `### ${heading}`, "");
    // The fix first, so it is on screen without scrolling the table sideways.
    lines.push(row(["use instead", "where", "batch", "deprecated import", "path"]));
    lines.push(row(["---", "---", "---", "---", "---"]));
    for (const e of outcome.newEdges) {
      const where = `${md(e.file)}:${e.line}`;
      const link = sourceLink(report.links, e.file, e.line);
      lines.push(
        row([
          md(e.suggestion ?? "the canonical module"),
          link ? `[${where}](${markdownUrl(link)})` : where,
          md(e.batch),
          md(e.statement),
          `${md(e.consolidation)}/${md(e.path)} (${md(e.role)})`,
        ]),
      );
    }
  }
  if (outcome.fixed.length > 0) {
    lines.push("", "### Fixed since the baseline", "");
    if (!report.update) lines.push(`Run \`${updateCommand}\` to shrink the baseline.`, "");
    lines.push(row(["file", "consolidation", "import"]), row(["---", "---", "---"]));
    for (const e of outcome.fixed)
      lines.push(row([md(e.file), md(e.consolidation), md(entryText(e))]));
  }
  if (outcome.gates.length > 0) {
    lines.push(
      "",
      "### Gates",
      "",
      row(["consolidation", "phase", "status", "criteria"]),
      row(["---", "---", "---", "---"]),
    );
    for (const g of outcome.gates) {
      const criteria = [...g.failing, ...g.unknown].map((k) => md(criterionText(k))).join("<br>");
      const status = md(gateStatusText(g));
      lines.push(row([md(g.consolidation), `${md(g.phase)} ${md(g.title)}`, status, criteria]));
    }
  }
  if (outcome.unanalysed.length > 0) {
    lines.push("", "### Not analysed", "", `${md(unanalysedText)}.`, "");
    lines.push(row(["file", "reason"]), row(["---", "---"]));
    for (const s of outcome.unanalysed) lines.push(row([md(s.file), md(s.reason)]));
  }
  const update = updateText(report);
  lines.push("", ...(update ? [`${md(update)}.`, ""] : []), `**${md(verdictText(report))}**`, "");
  return lines.join("\n");
}
