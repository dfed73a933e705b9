import { reporter } from "../reporters/index.js";
import {
  diagramKinds,
  diagramName,
  type RenderedDiagram,
  type ReportContext,
} from "../reporters/report/context.js";
import { reportDiagrams } from "../reporters/report/diagram-set.js";
import type { AnalysisResult } from "../result/schema.js";
import type { SvgOutcome, SvgRenderer } from "./svg.js";

/** The report's output files by name, and what the CLI tells about them. */
export interface ReportBuild {
  /** File name (in the output folder) → contents: report.html, report.md, result.json, diagrams. */
  files: Map<string, string | Uint8Array>;
  /** Files of an earlier run this one does not write (an old SVG must not pass for today's). */
  stale: string[];
  diagrams: RenderedDiagram[];
  svg: SvgOutcome;
}

export const howToGetSvgs = "apt-get install chromium, or set SSOT_CHROMIUM=/path/to/chromium";

function attachSvgs(outcome: SvgOutcome, diagrams: RenderedDiagram[]): RenderedDiagram[] {
  return diagrams.map((d) => {
    if (d.drawn) return { ...d, svg: d.drawn.wide };
    const svg = outcome.svgs.get(d.name);
    if (svg !== undefined) return { ...d, svg };
    const failure = outcome.failures.get(d.name);
    if (failure) return { ...d, svgProblem: `${failure}.` };
    if (outcome.unavailable)
      return { ...d, svgProblem: `no browser to draw it (${howToGetSvgs}).` };
    return { ...d };
  });
}

/**
 * Everything after the analysis: diagrams, SVGs (drawn by `svg`, closed here once they
 * exist), Markdown, HTML and the result JSON, as file contents. Writes nothing: the CLI does.
 */
export async function buildReport(
  result: AnalysisResult,
  context: ReportContext,
  svg?: SvgRenderer,
): Promise<ReportBuild> {
  const set = reportDiagrams(result, context);
  const outcome: SvgOutcome = svg
    ? await svg.render(set.diagrams.filter((d) => !d.drawn)) // drawn ones need no browser
    : { svgs: new Map(), failures: new Map() };
  const closing = svg?.close(); // the browser shuts down while the pages are rendered
  const diagrams = attachSvgs(outcome, set.diagrams);
  const input = { result, context, set, diagrams };
  const files = new Map<string, string | Uint8Array>();
  const stale: string[] = [];
  for (const d of diagrams) {
    files.set(`${d.name}.mmd`, d.mermaid);
    if (d.svg !== undefined) files.set(`${d.name}.svg`, d.svg);
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
  await closing;
  return { files, stale, diagrams, svg: outcome };
}
