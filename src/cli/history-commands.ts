import type { Argv, CommandModule } from "yargs";
import { formatsOf } from "../reporters/index.js";
import { cacheOptions, resultOptions } from "./analysis.js";
import { runBackfill } from "./backfill.js";
import type { CliIo } from "./io.js";
import { runProgress } from "./progress-cmd.js";
import { runSnapshot } from "./snapshot.js";

/** The options every command has (declared once in main.ts). */
type Global = {
  config: string | undefined;
  debug: boolean | undefined;
  "allow-outside-root": boolean | undefined;
};

const historyOption = {
  type: "string",
  describe: "the history file (default: .ssot/history.jsonl in the repository root)",
} as const;

const snapshotOptions = (y: Argv<Global>) =>
  resultOptions(y).option("history", historyOption).option("date", {
    type: "string",
    describe: "the date of the line, YYYY-MM-DD (default: today, UTC)",
  });

const backfillOptions = (y: Argv<Global>) =>
  cacheOptions(y)
    .option("since", {
      type: "string",
      demandOption: true,
      describe: "first sample date, YYYY-MM-DD",
    })
    .option("until", {
      type: "string",
      describe: "last sample date, YYYY-MM-DD (default: today, UTC)",
    })
    .option("every", {
      type: "string",
      default: "week",
      describe: "step between dates: week, day or N-days",
    })
    .option("ref", {
      type: "string",
      default: "HEAD",
      describe: "whose first-parent line is sampled",
    })
    .option("history", historyOption);

const progressOptions = (y: Argv<Global>) =>
  resultOptions(y)
    .option("history", historyOption)
    .option("analyze", {
      type: "boolean",
      default: false,
      describe:
        "analyse the working tree: its state is the last point when the history ends earlier",
    })
    .option("today", {
      type: "string",
      describe: "the date due dates are judged on, YYYY-MM-DD (default: today, UTC)",
    })
    .option("format", {
      choices: formatsOf("progress"),
      default: "markdown" as const,
      describe: "output format",
    })
    .option("out", { type: "string", describe: "write the output to this file instead of stdout" });

type OptionsOf<B> = B extends (y: Argv<Global>) => Argv<infer U> ? U : never;

/** `snapshot`, `backfill` and `progress`: the history commands, as yargs command modules. */
export function historyCommands(io: CliIo, done: (code: number) => void) {
  const snapshot: CommandModule<Global, OptionsOf<typeof snapshotOptions>> = {
    command: "snapshot",
    describe: "add today's metrics of the working tree to the history (one line per date)",
    builder: snapshotOptions,
    handler: async (a) => done(await runSnapshot(a, io)),
  };
  const backfill: CommandModule<Global, OptionsOf<typeof backfillOptions>> = {
    command: "backfill",
    describe: "fill the history from past commits, read from git objects (no checkout)",
    builder: backfillOptions,
    handler: async (a) => done(await runBackfill(a, io)),
  };
  const progress: CommandModule<Global, OptionsOf<typeof progressOptions>> = {
    command: "progress",
    describe: "the progress summary for stakeholders: trend, velocity, projected dates",
    builder: progressOptions,
    handler: async (a) => done(await runProgress(a, io)),
  };
  return [snapshot, backfill, progress] as CommandModule<Global>[];
}
