import type { Argv } from "yargs";
import { backfill } from "../../history/backfill.js";
import { BlobScanCache } from "../../history/blob-cache.js";
import { parseEvery, parseIsoDate, todayUtc } from "../../history/dates.js";
import { readHistory, updateHistory } from "../../history/store.js";
import { SsotError } from "../../util/errors.js";
import { toolVersion } from "../../version.js";
import { defaultCacheDir } from "../../workspace/scan-cache.js";
import { BlobScanStore } from "../../workspace/source.js";
import { cacheDirOf, cacheOptions } from "../analysis.js";
import { defineCommand, type GlobalOptions } from "../command.js";
import { type ConfigArgs, commandConfig } from "../config.js";
import { ExitCode } from "../exit.js";
import { historyBaseOf, historyFileOf, historyOption, shown } from "../history-file.js";
import type { CliIo } from "../io.js";
import { startCommitsProgress } from "../progress.js";

const options = (y: Argv<GlobalOptions>) =>
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

/** `ssot backfill`: history lines for past dates, each from the commit of that date. */
export const command = defineCommand({
  name: "backfill",
  description: "fill the history from past commits, read from git objects (no checkout)",
  options,
  run: (a, io) => runBackfill(a, io),
});

interface BackfillArgs extends ConfigArgs {
  since: string;
  until?: string;
  every: string;
  ref: string;
  history?: string;
  cache: boolean;
  cacheDir?: string;
}

async function runBackfill(args: BackfillArgs, io: CliIo): Promise<ExitCode> {
  const config = commandConfig(io, args);
  const since = parseIsoDate(args.since, "--since");
  const until = args.until ? parseIsoDate(args.until, "--until") : todayUtc();
  const stepDays = parseEvery(args.every);
  const file = historyFileOf(io, config, args.history);
  readHistory(file); // a corrupt history fails now, not after the analysis
  // --no-cache: nothing read from or written to disk; scans are still shared across commits.
  const cache = args.cache
    ? BlobScanCache.open(cacheDirOf(args, io) ?? defaultCacheDir(), config.root, toolVersion)
    : undefined;
  const progress = startCommitsProgress(io, "backfill");
  let result: Awaited<ReturnType<typeof backfill>>;
  try {
    result = await backfill(config, {
      since,
      until,
      stepDays,
      ref: args.ref,
      store: cache ?? new BlobScanStore(),
      onProgress: (e) => progress.update(e),
    });
  } finally {
    progress.stop();
  }
  if (result.skipped.length > 0) io.stderr.write(`${skippedDatesText(result.skipped)}\n`);
  if (result.lines.length === 0) {
    io.stderr.write(`no commit on or before ${until} on ${args.ref}: nothing written\n`);
    return ExitCode.ok;
  }
  const { lines, replaced } = updateHistory(file, result.lines, {
    base: historyBaseOf(io, config, args.history),
  });
  saveCache(cache, io);
  io.stdout.write(
    `backfilled ${result.lines.length} dates (${result.lines[0]?.date} to ${result.lines.at(-1)?.date}) from ${result.commits} commits, ` +
      `${result.blobsScanned} files scanned; ${replaced.length} replaced; ${lines.length} points in ${shown(io, file)}\n`,
  );
  return ExitCode.ok;
}

/** Skipped dates, listed when few, else summarised: --since 1000-01-01 skips 374k of them. */
export function skippedDatesText(dates: readonly string[]): string {
  const shown = dates.length <= 5 ? dates.join(", ") : `${dates[0]} to ${dates.at(-1)}`;
  return `skipped ${dates.length} date${dates.length === 1 ? "" : "s"} before the first commit: ${shown}`;
}

/** The cache only saves time: failing to write it is a warning, not a failed backfill. */
function saveCache(cache: BlobScanCache | undefined, io: CliIo): void {
  try {
    cache?.save();
  } catch (error) {
    if (!(error instanceof SsotError)) throw error;
    io.stderr.write(`warning: scan cache not saved: ${error.message}\n`);
  }
}
