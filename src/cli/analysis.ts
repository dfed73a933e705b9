import path from "node:path";
import type { Argv } from "yargs";
import { type AnalyzeOptions, analyze } from "../analyze/index.js";
import type { Config } from "../config/types.js";
import { visible } from "../reporters/escape/terminal.js";
import type { AnalysisResult } from "../result/schema.js";
import { InputError, SsotError } from "../util/errors.js";
import { ensureFolder } from "../workspace/safe-write.js";
import type { CliIo } from "./io.js";
import { type Progress, startProgress } from "./progress.js";
import { readResultFile } from "./result-file.js";

/** The flags of every command that analyses the working tree. */
export interface CacheArgs {
  cache: boolean;
  cacheDir?: string | undefined;
  /** Read this saved result instead of analysing (`--result FILE`). */
  result?: string | undefined;
}

export function cacheOptions<T>(y: Argv<T>) {
  return y
    .option("cache", {
      type: "boolean",
      default: true,
      describe: "reuse scans of unchanged files (--no-cache: off)",
    })
    .option("cache-dir", {
      type: "string",
      describe: "where the scan cache lives (default ~/.cache/ssot-tracker)",
    });
}

/** `--result FILE`, for the commands that render a result. */
export function resultOptions<T>(y: Argv<T>) {
  return cacheOptions(y).option("result", {
    type: "string",
    describe: "read this saved result (ssot analyze --format json) instead of analysing",
  });
}

/**
 * `--cache-dir`, absolute and created now: a path that is not a folder, or cannot become
 * one (`/proc/x`, a file), is an error before any work, not a hang or a lost cache later.
 */
export function cacheDirOf(args: CacheArgs, io: CliIo): string | undefined {
  if (!args.cacheDir || !args.cache) return undefined;
  const dir = path.resolve(io.cwd, args.cacheDir);
  try {
    ensureFolder(dir);
  } catch (error) {
    if (!(error instanceof SsotError)) throw error;
    throw new InputError(
      `--cache-dir ${args.cacheDir}: not a folder that can be used: ${error.message}`,
    );
  }
  return dir;
}

/** Library options from the flags, with scanning progress reported to `progress`. */
export function analyzeOptions(args: CacheArgs, io: CliIo, progress: Progress): AnalyzeOptions {
  const cacheDir = cacheDirOf(args, io);
  return {
    cache: args.cache,
    ...(cacheDir ? { cacheDir } : {}),
    onProgress: (e) => {
      if (e.stage === "scan" && e.total !== undefined) progress.update(e.done ?? 0, e.total);
    },
    onWarning: (message) => io.stderr.write(`ssot: warning: ${visible(message)}\n`),
  };
}

/** Run `work` with a scanning progress bar on stderr (silent off a terminal). */
export async function withScanProgress<T>(
  io: CliIo,
  work: (progress: Progress) => Promise<T>,
): Promise<T> {
  const progress = startProgress(io, "scanning");
  try {
    return await work(progress);
  } finally {
    progress.stop();
  }
}

/** `analyze()` of the working tree as the flags ask, with a progress bar. */
export async function analyzeWithProgress(
  config: Config,
  args: CacheArgs,
  io: CliIo,
  options: {
    warn?: boolean;
    onWorkingTree?: AnalyzeOptions["onWorkingTree"];
    onInertFiles?: AnalyzeOptions["onInertFiles"];
    known?: AnalyzeOptions["known"];
  } = {},
): Promise<AnalysisResult> {
  const extra = {
    ...(options.onWorkingTree ? { onWorkingTree: options.onWorkingTree } : {}),
    ...(options.onInertFiles ? { onInertFiles: options.onInertFiles } : {}),
    ...(options.known ? { known: options.known } : {}),
  };
  const result = args.result
    ? readResultFile(io.cwd, args.result, config)
    : await withScanProgress(io, (progress) =>
        analyze(config, { ...analyzeOptions(args, io, progress), ...extra }),
      );
  if (options.warn !== false) warnProblems(result, io);
  return result;
}

/** Config items the repository contradicts (a misspelt module, an unused allow entry). */
export function warnProblems(result: AnalysisResult, io: CliIo): void {
  io.stderr.write(problemLines(result));
}

/** The warning lines of `warnProblems`, as one text ("" when there is none). */
export function problemLines(result: AnalysisResult): string {
  return result.consolidations
    .flatMap((c) => c.problems.map((problem) => `ssot: warning: ${visible(problem.message)}\n`))
    .join("");
}
