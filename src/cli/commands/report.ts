import path from "node:path";
import type { Argv } from "yargs";
import { buildReportContext } from "../../report/context.js";
import { analyzeWithProgress, resultOptions } from "../analysis.js";
import { defineCommand, type GlobalOptions } from "../command.js";
import type { ConfigArgs } from "../config.js";
import { ExitCode } from "../exit.js";
import { configForResult } from "../fleet-config.js";
import type { CliIo } from "../io.js";

interface ReportArgs extends ConfigArgs {
  out: string;
  cache: boolean;
  cacheDir?: string;
  result?: string;
  svg: boolean;
}

/** `ssot report`: analyse, then write report.html, report.md, result.json and the diagrams. */
async function runReport(args: ReportArgs, io: CliIo): Promise<ExitCode> {
  const config = configForResult(io, args);
  const result = await analyzeWithProgress(config, args, io);
  const context = buildReportContext(config, result);
  // Loaded on use: templates, their engine and the diagram layout are only needed here.
  const { writeReport } = await import("../report-write.js");
  await writeReport(result, context, { outDir: path.resolve(io.cwd, args.out), svg: args.svg }, io);
  return ExitCode.ok;
}

const options = (y: Argv<GlobalOptions>) =>
  resultOptions(y)
    .option("out", {
      type: "string",
      default: "out",
      describe: "folder for report.html, report.md, result.json and diagrams",
    })
    .option("svg", {
      type: "boolean",
      default: true,
      describe: "write each diagram as .svg beside its .mmd (--no-svg: the .mmd text only)",
    });

/** `ssot report`: the architects' report, written to `--out`. */
export const command = defineCommand({
  name: "report",
  description: "write the HTML and Markdown report for architects, with before/now/target diagrams",
  options,
  run: (a, io) =>
    runReport(
      {
        ...(a.config ? { config: a.config } : {}),
        allowOutsideRoot: a.allowOutsideRoot,
        out: a.out,
        cache: a.cache,
        ...(a.cacheDir ? { cacheDir: a.cacheDir } : {}),
        ...(a.result ? { result: a.result } : {}),
        svg: a.svg,
      },
      io,
    ),
});
