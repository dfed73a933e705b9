import { backfill } from "../history/backfill.js";
import { BlobScanCache } from "../history/blob-cache.js";
import { parseEvery, parseIsoDate, todayUtc } from "../history/dates.js";
import { readHistory, updateHistory } from "../history/store.js";
import { SsotError } from "../util/errors.js";
import { toolVersion } from "../version.js";
import { defaultCacheDir } from "../workspace/scan-cache.js";
import { BlobScanStore } from "../workspace/source.js";
import { cacheDirOf } from "./analysis.js";
import { type ConfigArgs, commandConfig } from "./config.js";
import type { CliIo } from "./io.js";
import { startCommitsProgress } from "./progress.js";
import { historyBaseOf, historyFileOf, shown } from "./snapshot.js";

export interface BackfillArgs extends ConfigArgs {
  since: string;
  until?: string;
  every: string;
  ref: string;
  history?: string;
  cache: boolean;
  cacheDir?: string;
}

export async function runBackfill(args: BackfillArgs, io: CliIo): Promise<number> {
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
    return 0;
  }
  const { lines, replaced } = updateHistory(file, result.lines, {
    base: historyBaseOf(io, config, args.history),
  });
  saveCache(cache, io);
  io.stdout.write(
    `backfilled ${result.lines.length} dates (${result.lines[0]?.date} to ${result.lines.at(-1)?.date}) from ${result.commits} commits, ` +
      `${result.blobsScanned} files scanned; ${replaced.length} replaced; ${lines.length} points in ${shown(io, file)}\n`,
  );
  return 0;
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
