import type { AnalysisResult, ConsolidationResult, PhaseStatus } from "../../result/schema.js";
import { count, percent, plural } from "../../util/words.js";
import { mdCode, mdText } from "../escape/markdown.js";
import { progressMarkdownLines } from "../progress/markdown.js";
import { type DiagramSpec, isTrendKind, type ReportContext } from "./context.js";
import type { DiagramSet } from "./diagram-set.js";
import { fleetMarkdown } from "./fleet-markdown.js";
import { actualText, roleLabels, scannedFiles } from "./format.js";
import { headlineOf } from "./headline.js";
import { notCountedOf } from "./not-counted.js";
import { trendHint, trendIntro, trendOf } from "./trend.js";

const marks: Record<PhaseStatus, string> = { met: "✅", "not-met": "❌", unknown: "❔" };
const statusWords: Record<PhaseStatus, string> = {
  met: "met",
  "not-met": "not met",
  unknown: "unknown",
};
const maxEvidence = 5;

function headline(c: ConsolidationResult, context: ReportContext): string[] {
  const h = headlineOf(c, context.before);
  const lines = [
    `**${h.deprecatedShare}** of import statements use deprecated paths (${h.deprecatedStatements} of ${h.statements}); ` +
      `**${h.deprecatedFilesShare}** of importing files (${h.deprecatedFiles} of ${h.files}).`,
  ];
  if (h.before)
    lines.push("", `Before: ${h.before.share} of import statements (${mdText(h.before.when)}).`);
  lines.push(
    "",
    "| path | role | module | files | statements |",
    "| --- | --- | --- | ---: | ---: |",
  );
  for (const p of c.paths) {
    const module = `${mdCode(p.module, true)}${p.exists ? "" : " (missing)"}`;
    lines.push(
      `| ${mdCode(p.id, true)} | ${roleLabels[p.role]} | ${module} | ${count(p.files)} | ${count(p.statements)} |`,
    );
  }
  return lines;
}

function phases(c: ConsolidationResult): string[] {
  if (c.phases.length === 0) return [];
  const lines = ["", "### Phases", ""];
  for (const phase of c.phases) {
    const title = phase.title !== phase.id ? ` ${mdText(phase.title)}` : "";
    lines.push(
      `- ${marks[phase.status]} **${mdText(phase.id)}**${title}${phase.gate ? " (gate)" : ""}: ${statusWords[phase.status]}`,
    );
    for (const k of phase.criteria) {
      // Evidence names files and modules of the repository: code spans, which GitHub leaves alone.
      const shown = k.evidence.slice(0, maxEvidence).map((e) => mdCode(e));
      if (k.evidence.length > maxEvidence)
        shown.push(`and ${count(k.evidence.length - maxEvidence)} more`);
      const evidence = shown.length > 0 ? `; ${shown.join("; ")}` : "";
      lines.push(
        `  - ${marks[k.status]} ${mdCode(k.metric)}: ${actualText(k.actual)} (expected ${mdText(k.expected)})${evidence}`,
      );
    }
  }
  return lines;
}

function diagrams(mine: readonly DiagramSpec[], notes: readonly string[]): string[] {
  const lines = ["", "### Diagrams"];
  for (const d of mine) {
    lines.push(
      "",
      `#### ${d.title}`,
      "",
      mdText(d.caption),
      "",
      "```mermaid",
      d.mermaid.trimEnd(),
      "```",
    );
  }
  for (const note of notes) lines.push("", `> ${mdText(note)}`);
  return lines;
}

/** The history's progress (the `ssot progress` summary of this consolidation), or how to start one. */
function trend(c: ConsolidationResult, context: ReportContext): string[] {
  const lines = ["", "### Progress over time", ""];
  const progress = trendOf(context, c.id);
  if (!progress || !context.progress) return [...lines, `> ${mdText(trendHint(context, c.id))}`];
  lines.push(mdText(trendIntro(context.progress.source, progress)));
  return [...lines, ...progressMarkdownLines(progress, "####")];
}

function batches(c: ConsolidationResult): string[] {
  const rows = c.batches.filter((b) => b.statements > 0);
  if (rows.length === 0) return [];
  const lines = [
    "",
    "### By batch",
    "",
    "| batch | files | statements | deprecated | deprecated share |",
    "| --- | ---: | ---: | ---: | ---: |",
  ];
  for (const b of rows) {
    const share = percent(b.statements === 0 ? 0 : b.deprecatedStatements / b.statements);
    lines.push(
      `| ${mdCode(b.id, true)} | ${count(b.files)} | ${count(b.statements)} | ${count(b.deprecatedStatements)} | ${share} |`,
    );
  }
  return lines;
}

/** What the numbers leave out, and why; the locations of unrelated imports stay in result.json. */
function notCounted(c: ConsolidationResult): string[] {
  const n = notCountedOf(c);
  if (!n.any) return [];
  const items = [
    ...n.problems.map((p) => `- ⚠ ${mdText(p)}`),
    ...n.blockers.map((b) => `- ${mdText(b)}`),
    ...(n.unrelatedSummary ? [`- ${mdText(n.unrelatedSummary)}`] : []),
    ...(n.allowedSummary ? [`- ${mdText(n.allowedSummary)}`] : []),
    ...n.allowed.map((a) => `  - ${mdCode(a.location)} ${mdCode(a.path)}: ${mdText(a.reason)}`),
  ];
  return ["", "### Not counted, and why", "", ...items];
}

/**
 * The report as Markdown for an issue or a CI job summary: headline, phases, the Mermaid
 * diagrams (GitHub renders ```mermaid fences) and the progress over time when there is a
 * history. The full edge list stays in report.html.
 */
export function renderReportMarkdown(
  result: AnalysisResult,
  context: ReportContext,
  set: DiagramSet,
): string {
  const f = result.files;
  const meta = [
    `ssot-tracker ${mdText(result.tool.version)}`,
    ...(context.commit ? [`commit ${mdCode(context.commit.slice(0, 12))}`] : []),
    `${scannedFiles(f)} scanned`,
    plural(f.parseErrors.length, "parse error"),
    `${count(f.skipped.length)} skipped`,
  ];
  const lines = ["# SSOT consolidation report", "", meta.join(" · "), ...fleetMarkdown(result)];
  for (const c of result.consolidations) {
    lines.push("", `## ${mdText(c.title)} (${mdCode(c.id)})`, "", ...headline(c, context));
    lines.push(...notCounted(c));
    lines.push(...phases(c));
    lines.push(
      ...diagrams(
        set.diagrams.filter((d) => d.consolidationId === c.id && !isTrendKind(d.kind)),
        set.notes[c.id] ?? [],
      ),
    );
    lines.push(...trend(c, context));
    lines.push(...batches(c));
    const deprecated = c.totals.deprecatedStatements;
    if (deprecated > 0) {
      lines.push(
        "",
        `Every one of the ${plural(deprecated, "deprecated import")}, with owners and links: report.html.`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
