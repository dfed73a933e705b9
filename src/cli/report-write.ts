import { lstatSync, rmSync } from "node:fs";
import path from "node:path";
import { buildReport } from "../report/build.js";
import type { ReportContext } from "../reporters/report/context.js";
import type { AnalysisResult } from "../result/schema.js";
import { ensureFolder, writeFileSafely } from "../workspace/safe-write.js";
import type { CliIo } from "./io.js";

export interface WriteReportOptions {
  /** Absolute output folder. */
  outDir: string;
  /** Write each diagram as .svg beside its .mmd (default); false with --no-svg. */
  svg?: boolean;
}

/**
 * Write the report that src/report/build.ts returns (file name → contents) into `outDir`,
 * and remove the files of an earlier run it leaves out.
 */
export async function writeReport(
  result: AnalysisResult,
  context: ReportContext,
  options: WriteReportOptions,
  io: CliIo,
): Promise<number> {
  const build = await buildReport(result, context, { svg: options.svg ?? true });
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
  const { diagrams, svgFiles } = build;
  io.stderr.write(
    `wrote ${shown}/report.html, report.md, result.json and ${diagrams.length} diagrams (.mmd${svgFiles > 0 ? `, ${svgFiles} .svg` : ""})\n`,
  );
  return 0;
}
