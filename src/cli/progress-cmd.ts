import { parseIsoDate, todayUtc } from "../history/dates.js";
import { progressSection, progressTargets } from "../history/progress.js";
import { readHistory } from "../history/store.js";
import { historyLine } from "../history/summary.js";
import { type ProgressFormat, reporter } from "../reporters/index.js";
import { InputError } from "../util/errors.js";
import { analyzeWithProgress } from "./analysis.js";
import type { ConfigArgs } from "./config.js";
import { configForHistory } from "./fleet-config.js";
import { type CliIo, writeOutput } from "./io.js";
import { historyFileOf, shown } from "./snapshot.js";

export interface ProgressArgs extends ConfigArgs {
  history?: string;
  format: ProgressFormat;
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

export async function runProgress(args: ProgressArgs, io: CliIo): Promise<number> {
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
  const text = reporter("progress", args.format)(view);
  if (args.out) {
    const written = writeOutput(io.cwd, args.out, text);
    io.stderr.write(`wrote ${shown(io, written)}\n`);
  } else {
    io.stdout.write(text);
  }
  return 0;
}
