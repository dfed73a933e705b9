import yargs from "yargs";
import { analyzeFormats } from "../render/index.js";
import { errorCode, SsotError } from "../util/errors.js";
import { visible } from "../util/visible.js";
import { toolVersion } from "../version.js";
import { cacheOptions } from "./analysis.js";
import { runAnalyze } from "./analyze.js";
import { joinDashValues } from "./argv.js";
import { checkArgs, checkOptions, runCheck } from "./check.js";
import { historyCommands } from "./history-commands.js";
import { runInit } from "./init.js";
import type { CliIo } from "./io.js";
import { mergeCommand } from "./merge.js";
import { migrateCommand } from "./migrate.js";
import { reportCommand } from "./report.js";

/** Exit codes, in one place: 0 clean, 1 the check found something, 2 any error. */
export const exitCodes = { ok: 0, found: 1, error: 2 } as const;

class UsageError extends SsotError {
  override name = "UsageError";
}

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const debug = argv.includes("--debug");
  let code: number = exitCodes.ok;
  try {
    await yargs(joinDashValues(argv))
      .scriptName("ssot")
      .usage(
        "$0 <command> [options]\n\nMeasure and drive a single-source-of-truth import consolidation.",
      )
      .option("config", {
        type: "string",
        describe: "config file (default: ssot.config.yaml|yml|json here)",
      })
      .option("debug", { type: "boolean", describe: "print stack traces of errors" })
      .option("allow-outside-root", {
        type: "boolean",
        describe: "accept a config whose root is outside its folder and its git repository",
      })
      .command(
        "analyze",
        "build the module graph, classify imports, evaluate phases",
        (y) =>
          cacheOptions(y)
            .option("format", {
              choices: analyzeFormats,
              default: "text" as const,
              describe: "output format",
            })
            .option("out", {
              type: "string",
              describe: "write the output to this file instead of stdout",
            })
            .option("shard", {
              type: "string",
              describe: "K/N: scan only this slice of the files, for `ssot merge` (writes JSON)",
            }),
        async (a) => {
          code = await runAnalyze(
            {
              ...(a.config ? { config: a.config } : {}),
              allowOutsideRoot: a.allowOutsideRoot,
              format: a.format,
              ...(a.out ? { out: a.out } : {}),
              cache: a.cache,
              ...(a.cacheDir ? { cacheDir: a.cacheDir } : {}),
              ...(a.shard ? { shard: a.shard } : {}),
            },
            io,
          );
        },
      )
      .command(
        "init",
        "write a commented starter config, prefilled from what can be detected",
        (y) =>
          y
            .option("force", {
              type: "boolean",
              default: false,
              describe: "overwrite an existing config",
            })
            .option("discover", {
              type: "boolean",
              default: false,
              describe: "add newly detected shims to the existing config, keeping every edit",
            }),
        async (a) => {
          code = await runInit(
            { ...(a.config ? { config: a.config } : {}), force: a.force, discover: a.discover },
            io,
          );
        },
      )
      .command(
        "check",
        "fail when a change adds a deprecated import that the committed baseline does not hold",
        checkOptions,
        async (a) => {
          code = (await runCheck(checkArgs(a), io)) ? exitCodes.found : exitCodes.ok;
        },
      )
      .command(historyCommands(io, (c) => (code = c)))
      .command(reportCommand(io, (c) => (code = c)))
      .command(migrateCommand(io, (c) => (code = c)))
      .command(mergeCommand(io, (c) => (code = c)))
      .demandCommand(1, "name a command; `ssot --help` lists them")
      .strict()
      .version(toolVersion)
      .help()
      .wrap(Math.min(100, process.stdout.columns ?? 100))
      .fail((message, error) => {
        if (error) throw error;
        throw new UsageError(message ?? "invalid usage; see ssot --help");
      })
      .exitProcess(false)
      .parseAsync();
  } catch (error) {
    const expected = error instanceof SsotError ? error : fileSystemError(error);
    if (!expected) throw error;
    // Messages quote file names and config values: never let them drive the terminal.
    io.stderr.write(
      `ssot: ${visible(debug && expected.stack ? expected.stack : expected.message, "\n")}\n`,
    );
    return exitCodes.error;
  }
  return code;
}

/**
 * A file-system error on a path (an output folder that cannot be created, a file that cannot
 * be written) is bad input, not a bug: one line naming the path, exit 2.
 */
function fileSystemError(error: unknown): SsotError | undefined {
  const e = error as NodeJS.ErrnoException;
  if (!(error instanceof Error) || typeof e.code !== "string" || typeof e.path !== "string")
    return undefined;
  return new SsotError(`${e.path}: ${e.syscall ? `cannot ${e.syscall}: ` : ""}${errorCode(e)}`, {
    cause: error,
  });
}
