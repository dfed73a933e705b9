import { reporter } from "../reporters/index.js";
import {
  type DiagramSpec,
  diagramKinds,
  diagramName,
  type ReportContext,
} from "../reporters/report/context.js";
import { reportDiagrams } from "../reporters/report/diagram-set.js";
import type { AnalysisResult } from "../result/schema.js";

/** The report's output files by name, and what the CLI tells about them. */
export interface ReportBuild {
  /** File name (in the output folder) → contents: report.html, report.md, result.json, diagrams. */
  files: Map<string, string | Uint8Array>;
  /** Files of an earlier run this one does not write (an old SVG must not pass for today's). */
  stale: string[];
  diagrams: DiagramSpec[];
  /** How many diagrams were written as .svg (none with --no-svg). */
  svgFiles: number;
}

export interface BuildOptions {
  /** Write every diagram as NAME.svg too (the wide drawing); false: only the .mmd text. */
  svg?: boolean;
}

/**
 * Everything after the analysis: diagrams (Mermaid text and our own SVG, drawn in Node),
 * Markdown, HTML and the result JSON, as file contents. Writes nothing: the CLI does.
 */
export async function buildReport(
  result: AnalysisResult,
  context: ReportContext,
  options: BuildOptions = {},
): Promise<ReportBuild> {
  const set = reportDiagrams(result, context);
  const { diagrams } = set;
  const input = { result, context, set, diagrams };
  const files = new Map<string, string | Uint8Array>();
  const stale: string[] = [];
  const svg = options.svg ?? true;
  for (const d of diagrams) {
    files.set(`${d.name}.mmd`, d.mermaid);
    if (svg) files.set(`${d.name}.svg`, d.drawn.wide);
    else stale.push(`${d.name}.svg`);
  }
  const drawn = new Set(diagrams.map((d) => d.name));
  for (const c of result.consolidations) {
    for (const kind of diagramKinds) {
      const name = diagramName(c.id, kind);
      if (!drawn.has(name)) stale.push(`${name}.mmd`, `${name}.svg`);
    }
  }
  files.set("result.json", reporter("analyze", "json")(result));
  files.set("report.md", reporter("report", "markdown")(input));
  files.set("report.html", reporter("report", "html")(input));
  return { files, stale, diagrams, svgFiles: svg ? diagrams.length : 0 };
}
