import type { Argv, CommandModule } from "yargs";
import { visible } from "../reporters/escape/terminal.js";
import { errorCode, SsotError } from "../util/errors.js";
import { toolVersion } from "../version.js";
import { joinDashValues } from "./argv.js";
import type { AnyCommand, GlobalOptions } from "./command.js";
import { ExitCode } from "./exit.js";
import type { CliIo } from "./io.js";
import { plainAnalyzeArgs } from "./plain-analyze.js";

class UsageError extends SsotError {
  override name = "UsageError";
}

/** Run the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], io: CliIo, loadAll = false): Promise<ExitCode> {
  const debug = argv.includes("--debug");
  let code: ExitCode = ExitCode.ok;
  try {
    // The hot path (a memoised analysis) skips loading yargs; any other form goes to yargs.
    const plain = loadAll ? undefined : plainAnalyzeArgs(argv);
    if (plain) {
      // An unchanged tree replays the last output before the pipeline is even loaded.
      const check = await (await import("./output-memo.js")).replayOutputMemo(plain, io);
      if (check.replayed) return ExitCode.ok;
      return await (await import("./commands/analyze.js")).runAnalyze(plain, io, check.known);
    }
    const { default: yargs } = await import("yargs");
    await (yargs(joinDashValues(argv)) as Argv<GlobalOptions>)
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
      .command(await commandsFor(commandOf(argv), argv, io, (c) => (code = c), loadAll))
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
    return ExitCode.badInput;
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

type SetCode = (code: ExitCode) => void;

/**
 * Every command, loaded only when run: a command's module graph (check, history, report,
 * migrate, their renderers and schemas) costs module-load time every other command
 * would pay at start. `--help` needs only the names and descriptions; each module in
 * `commands/` exports its `command` (name, description, options, run).
 */
export const commandTable: Record<
  string,
  { describe: string; load: () => Promise<{ command: AnyCommand }> }
> = {
  analyze: {
    describe: "build the module graph, classify imports, evaluate phases",
    load: () => import("./commands/analyze.js"),
  },
  init: {
    describe: "write a commented starter config, prefilled from what can be detected",
    load: () => import("./commands/init.js"),
  },
  check: {
    describe:
      "fail when a change adds a deprecated import that the committed baseline does not hold",
    load: () => import("./commands/check.js"),
  },
  snapshot: {
    describe: "add today's metrics of the working tree to the history (one line per date)",
    load: () => import("./commands/snapshot.js"),
  },
  backfill: {
    describe: "fill the history from past commits, read from git objects (no checkout)",
    load: () => import("./commands/backfill.js"),
  },
  progress: {
    describe: "the progress summary for stakeholders: trend, velocity, projected dates",
    load: () => import("./commands/progress.js"),
  },
  report: {
    describe: "write the HTML and Markdown report for architects, with before/now/target diagrams",
    load: () => import("./commands/report.js"),
  },
  migrate: {
    describe:
      "rewrite deprecated imports to the canonical module: a dry-run diff, or --write with --backup, --verify, --restore",
    load: () => import("./commands/migrate.js"),
  },
  merge: {
    describe:
      "merge shard files into the unsharded result, or (--fleet) results of many repositories",
    load: () => import("./commands/merge.js"),
  },
};

/** A command as yargs registers it: its exit code goes to `done`. */
function registered(c: AnyCommand, io: CliIo, done: SetCode): CommandModule<GlobalOptions> {
  return {
    command: c.name,
    describe: c.description,
    builder: c.options as (y: Argv<GlobalOptions>) => Argv<GlobalOptions>,
    handler: async (a) => done(await c.run(a as never, io)),
  };
}

/** The command word: the first argument that is neither a flag nor the value of `--config`. */
export function commandOf(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") return undefined;
    if (arg === "--config") i++;
    else if (!arg.startsWith("-")) return arg;
  }
  return undefined;
}

/**
 * The named command in full, the others as name and description: yargs lists them in
 * `--help`. Should one of those run after all (an argument order we did not foresee), it
 * loads every command and parses again.
 */
async function commandsFor(
  name: string | undefined,
  argv: string[],
  io: CliIo,
  done: SetCode,
  all = false,
): Promise<CommandModule<GlobalOptions>[]> {
  const out: CommandModule<GlobalOptions>[] = [];
  for (const [command, entry] of Object.entries(commandTable)) {
    if (all || command === name) out.push(registered((await entry.load()).command, io, done));
    else
      out.push({
        command,
        describe: entry.describe,
        builder: (y) => y.strict(false),
        handler: async () => done(await main(argv, io, true)),
      });
  }
  return out;
}
