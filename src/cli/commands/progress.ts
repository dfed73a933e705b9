import type { Argv } from "yargs";
import { parseIsoDate, todayUtc } from "../../history/dates.js";
import { progressSection, progressTargets } from "../../history/progress.js";
import { readHistory } from "../../history/store.js";
import { historyLine } from "../../history/summary.js";
import { renderProgressMarkdown } from "../../render/progress.js";
import { renderProgressHtml } from "../../render/progress-html.js";
import { InputError } from "../../util/errors.js";
import { analyzeWithProgress, resultOptions } from "../analysis.js";
import { defineCommand, type GlobalOptions } from "../command.js";
import type { ConfigArgs } from "../config.js";
import { ExitCode } from "../exit.js";
import { configForHistory } from "../fleet-config.js";
import { historyFileOf, historyOption, shown } from "../history-file.js";
import { type CliIo, writeOutput } from "../io.js";

const progressFormats = ["markdown", "html"] as const;

const options = (y: Argv<GlobalOptions>) =>
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
      choices: progressFormats,
      default: "markdown" as const,
      describe: "output format",
    })
    .option("out", { type: "string", describe: "write the output to this file instead of stdout" });

/** `ssot progress`: the stakeholders' summary from the history (and the analysed state). */
export const command = defineCommand({
  name: "progress",
  description: "the progress summary for stakeholders: trend, velocity, projected dates",
  options,
  run: (a, io) => runProgress(a, io),
});

interface ProgressArgs extends ConfigArgs {
  history?: string;
  format: (typeof progressFormats)[number];
  out?: string;
  /** A saved result: the analysed state, shown as "now" when the history ends before it. */
  result?: string;
  /** Analyse the working tree for the analysed state. */
  analyze?: boolean;
  cache?: boolean;
  cacheDir?: string;
  /** The date due dates are judged on, and the analysed state's date (default: today, UTC). */
  today?: string;
}

async function runProgress(args: ProgressArgs, io: CliIo): Promise<ExitCode> {
  const config = configForHistory(io, args);
  const today = args.today ? parseIsoDate(args.today, "--today") : todayUtc();
  const file = historyFileOf(io, config, args.history);
  const lines = readHistory(file);
  const wantsCurrent = args.result !== undefined || args.analyze === true;
  if (lines.length === 0 && !wantsCurrent) {
    throw new InputError(
      `${shown(io, file)}: no history yet; run \`ssot snapshot\` or \`ssot backfill --since DATE\` first`,
    );
  }
  const result = wantsCurrent
    ? await analyzeWithProgress(
        config,
        { cache: args.cache ?? true, cacheDir: args.cacheDir, result: args.result },
        io,
      )
    : undefined;
  const current = result
    ? historyLine(result, { date: today, commit: result.source.commit ?? null, source: "snapshot" })
    : undefined;
  const view = progressSection(lines, progressTargets(config), {
    source: shown(io, file),
    today,
    ...(current ? { current } : {}),
  });
  const text = args.format === "html" ? renderProgressHtml(view) : renderProgressMarkdown(view);
  if (args.out) {
    const written = writeOutput(io.cwd, args.out, text);
    io.stderr.write(`wrote ${shown(io, written)}\n`);
  } else {
    io.stdout.write(text);
  }
  return ExitCode.ok;
}
