import path from "node:path";
import type { Argv, CommandModule } from "yargs";
import { buildReportContext } from "../report/context.js";
import { startSvgRenderer } from "../report/svg.js";
import { SvgCache } from "../report/svg-cache.js";
import { defaultCacheDir } from "../workspace/scan-cache.js";
import { analyzeWithProgress, cacheDirOf, resultOptions } from "./analysis.js";
import type { ConfigArgs } from "./config.js";
import { configForResult } from "./fleet-config.js";
import type { CliIo } from "./io.js";

export interface ReportArgs extends ConfigArgs {
  out: string;
  cache: boolean;
  cacheDir?: string;
  result?: string;
  svg: boolean;
}

/** `ssot report`: analyse, then write report.html, report.md, result.json and the diagrams. */
export async function runReport(args: ReportArgs, io: CliIo): Promise<number> {
  const config = configForResult(io, args);
  // Chromium starts while the analysis runs: its launch is a large part of a small report.
  // Drawn SVGs are cached next to the scan cache: a warm report draws only changed diagrams.
  const cache = args.cache
    ? SvgCache.open(cacheDirOf(args, io) ?? defaultCacheDir(), config.root)
    : undefined;
  const svg = args.svg ? startSvgRenderer(io.env, cache ? { cache } : {}) : undefined;
  try {
    const result = await analyzeWithProgress(config, args, io);
    const context = buildReportContext(config, result);
    // Loaded on use: templates and their engine are only needed here.
    const { writeReport } = await import("./report-write.js");
    return await writeReport(
      result,
      context,
      { outDir: path.resolve(io.cwd, args.out), ...(svg ? { svg } : {}) },
      io,
    );
  } finally {
    await svg?.close();
  }
}

type Global = {
  config: string | undefined;
  debug: boolean | undefined;
  "allow-outside-root": boolean | undefined;
};

const reportOptions = (y: Argv<Global>) =>
  resultOptions(y)
    .option("out", {
      type: "string",
      default: "out",
      describe: "folder for report.html, report.md, result.json and diagrams",
    })
    .option("svg", {
      type: "boolean",
      default: true,
      describe: "draw SVG diagrams with Chromium (--no-svg: Mermaid text only)",
    });

/** The yargs command module, registered in main.ts. */
export function reportCommand(
  io: CliIo,
  done: (code: number) => void,
): CommandModule<Global, ReturnType<typeof reportOptions> extends Argv<infer U> ? U : never> {
  return {
    command: "report",
    describe: "write the HTML and Markdown report for architects, with before/now/target diagrams",
    builder: reportOptions,
    handler: async (a) => {
      done(
        await runReport(
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
      );
    },
  };
}
