import { lstatSync, rmSync } from "node:fs";
import path from "node:path";
import { renderReportHtml } from "../render/html/render.js";
import { loadReportTemplates } from "../render/html/templates.js";
import { reportViewModel } from "../render/html/view-model.js";
import { renderJson } from "../render/json.js";
import { renderReportMarkdown } from "../render/markdown/report.js";
import {
  diagramKinds,
  diagramName,
  type RenderedDiagram,
  type ReportContext,
} from "../render/report/context.js";
import { reportDiagrams } from "../render/report/diagram-set.js";
import type { SvgOutcome, SvgRenderer } from "../report/svg.js";
import type { AnalysisResult } from "../result/schema.js";
import { ensureFolder, writeFileSafely } from "../workspace/safe-write.js";
import type { CliIo } from "./io.js";

export interface WriteReportOptions {
  /** Absolute output folder. */
  outDir: string;
  /** The browser that draws the SVGs; none with --no-svg. Closed here once the SVGs exist. */
  svg?: SvgRenderer;
}

const howToGetSvgs = "apt-get install chromium, or set SSOT_CHROMIUM=/path/to/chromium";

function attachSvgs(
  outcome: SvgOutcome,
  diagrams: ReturnType<typeof reportDiagrams>["diagrams"],
): RenderedDiagram[] {
  return diagrams.map((d) => {
    const svg = outcome.svgs.get(d.name);
    if (svg !== undefined) return { ...d, svg };
    const failure = outcome.failures.get(d.name);
    if (failure) return { ...d, svgProblem: `${failure}.` };
    if (outcome.unavailable)
      return { ...d, svgProblem: `no browser to draw it (${howToGetSvgs}).` };
    return { ...d };
  });
}

/** Write one output file, or remove a stale one (an old SVG must not pass for today's). */
function put(outDir: string, name: string, text: string | undefined): void {
  const file = path.join(outDir, name);
  // A link is removed, never followed; the folder itself was checked by ensureFolder.
  if (text !== undefined) writeFileSafely(file, text, { base: outDir });
  else if (lstatSync(file, { throwIfNoEntry: false })) rmSync(file);
}

/** Diagrams this run left out (no history any more): their files from an earlier run go. */
function omittedDiagrams(result: AnalysisResult, drawn: readonly RenderedDiagram[]): string[] {
  const names = new Set(drawn.map((d) => d.name));
  return result.consolidations
    .flatMap((c) => diagramKinds.map((k) => diagramName(c.id, k)))
    .filter((n) => !names.has(n));
}

/**
 * Everything after the analysis: diagrams, SVGs, Markdown, HTML and the result JSON, written
 * to `outDir`. Problems with SVGs are reported on stderr and never fail the report.
 */
export async function writeReport(
  result: AnalysisResult,
  context: ReportContext,
  options: WriteReportOptions,
  io: CliIo,
): Promise<number> {
  const set = reportDiagrams(result, context);
  const outcome: SvgOutcome = options.svg
    ? await options.svg.render(set.diagrams)
    : { svgs: new Map(), failures: new Map() };
  const closing = options.svg?.close(); // the browser shuts down while the files are written
  const diagrams = attachSvgs(outcome, set.diagrams);
  const html = renderReportHtml(
    reportViewModel(result, context, diagrams, set.notes),
    loadReportTemplates(),
  );

  // The default out/ is in the working directory, often the repository: no link on the way.
  ensureFolder(options.outDir, io.cwd);
  for (const d of diagrams) {
    put(options.outDir, `${d.name}.mmd`, d.mermaid);
    put(options.outDir, `${d.name}.svg`, d.svg);
  }
  for (const name of omittedDiagrams(result, diagrams)) {
    put(options.outDir, `${name}.mmd`, undefined);
    put(options.outDir, `${name}.svg`, undefined);
  }
  put(options.outDir, "result.json", renderJson(result));
  put(options.outDir, "report.md", renderReportMarkdown(result, context, set));
  put(options.outDir, "report.html", html);
  await closing;

  const relative = path.relative(io.cwd, options.outDir);
  const shown = relative === "" ? "." : relative.startsWith("..") ? options.outDir : relative;
  const svgCount = outcome.svgs.size;
  io.stderr.write(
    `wrote ${shown}/report.html, report.md, result.json and ${diagrams.length} diagrams (.mmd${svgCount > 0 ? `, ${svgCount} .svg` : ""})\n`,
  );
  if (outcome.unavailable) {
    io.stderr.write(
      `ssot: no SVG diagrams: ${outcome.unavailable}; the .mmd files are written; to get SVGs: ${howToGetSvgs}\n`,
    );
  }
  if (outcome.cacheProblem) io.stderr.write(`ssot: warning: ${outcome.cacheProblem}\n`);
  for (const d of diagrams) {
    const failure = outcome.failures.get(d.name);
    if (failure)
      io.stderr.write(
        `ssot: diagram ${d.name}: ${failure}; report.html shows its Mermaid source instead\n`,
      );
  }
  return 0;
}
