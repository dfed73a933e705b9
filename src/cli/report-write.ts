import { lstatSync, rmSync } from "node:fs";
import path from "node:path";
import { buildReport, howToGetSvgs } from "../report/build.js";
import type { SvgRenderer } from "../report/svg.js";
import type { ReportContext } from "../reporters/report/context.js";
import type { AnalysisResult } from "../result/schema.js";
import { ensureFolder, writeFileSafely } from "../workspace/safe-write.js";
import type { CliIo } from "./io.js";

export interface WriteReportOptions {
  /** Absolute output folder. */
  outDir: string;
  /** The browser that draws the SVGs; none with --no-svg. Closed once the SVGs exist. */
  svg?: SvgRenderer;
}

/**
 * Write the report that src/report/build.ts returns (file name → contents) into `outDir`,
 * and remove the files of an earlier run it leaves out. Problems with SVGs are reported on
 * stderr and never fail the report.
 */
export async function writeReport(
  result: AnalysisResult,
  context: ReportContext,
  options: WriteReportOptions,
  io: CliIo,
): Promise<number> {
  const build = await buildReport(result, context, options.svg);
  // The default out/ is in the working directory, often the repository: no link on the way.
  ensureFolder(options.outDir, io.cwd);
  for (const [name, contents] of build.files)
    writeFileSafely(path.join(options.outDir, name), contents, { base: options.outDir });
  for (const name of build.stale) {
    const file = path.join(options.outDir, name);
    // A link is removed, never followed; the folder itself was checked by ensureFolder.
    if (lstatSync(file, { throwIfNoEntry: false })) rmSync(file);
  }

  const relative = path.relative(io.cwd, options.outDir);
  const shown = relative === "" ? "." : relative.startsWith("..") ? options.outDir : relative;
  const { diagrams, svg } = build;
  const svgCount = diagrams.filter((d) => d.svg !== undefined).length; // drawn by Mermaid or by us
  io.stderr.write(
    `wrote ${shown}/report.html, report.md, result.json and ${diagrams.length} diagrams (.mmd${svgCount > 0 ? `, ${svgCount} .svg` : ""})\n`,
  );
  if (svg.unavailable) {
    io.stderr.write(
      `ssot: no SVG diagrams: ${svg.unavailable}; the .mmd files are written; to get SVGs: ${howToGetSvgs}\n`,
    );
  }
  if (svg.cacheProblem) io.stderr.write(`ssot: warning: ${svg.cacheProblem}\n`);
  for (const d of diagrams) {
    const failure = svg.failures.get(d.name);
    if (failure)
      io.stderr.write(
        `ssot: diagram ${d.name}: ${failure}; report.html shows its Mermaid source instead\n`,
      );
  }
  return 0;
}
