import { analyzeCommitTree } from "../analyze/index.js";
import type { Config } from "../config/types.js";
import type { PythonScan } from "../languages/python/scan-types.js";
import { InputError } from "../util/errors.js";
import { startedEarly } from "../util/started-early.js";
import { commitListingLater, resolveCommit } from "../workspace/commit-source.js";
import { git } from "../workspace/git.js";
import type { ScanStore, SourceFile, Verdict } from "../workspace/source.js";
import { sampleDates } from "./dates.js";
import { parseFirstParentLog, pickCommits, type Sample } from "./sample.js";
import type { HistoryLine } from "./schema.js";
import { historyLine } from "./summary.js";

export interface BackfillOptions {
  since: string;
  until: string;
  /** Days between sample dates. */
  stepDays: number;
  /** Whose first-parent line is sampled (default HEAD). */
  ref?: string;
  /** One store for every commit, so each blob is scanned once per run (or never, when cached). */
  store: ScanStore;
  onProgress?: (event: BackfillProgress) => void;
}

export interface BackfillProgress {
  /** Distinct commits analysed so far, and to analyse. */
  commitsDone: number;
  commits: number;
  /** Files of the current commit through the scan stage, of its total. */
  filesDone: number;
  filesTotal: number;
  /** Blobs read and scanned so far (not found in the store). */
  blobsScanned: number;
}

export interface BackfillResult {
  /** One line per sampled date, oldest first. */
  lines: HistoryLine[];
  /** Sample dates before the first commit of the line. */
  skipped: string[];
  /** Distinct commits analysed. */
  commits: number;
  /** Blobs read and scanned: with a fresh store, the distinct Python blobs of those commits. */
  blobsScanned: number;
}

/** Counts the scans the analysis had to make, i.e. the store's misses. */
class CountingStore implements ScanStore {
  scanned = 0;
  constructor(private readonly inner: ScanStore) {}
  get(file: SourceFile): PythonScan | undefined {
    return this.inner.get(file);
  }
  set(file: SourceFile, scan: PythonScan): void {
    this.scanned++;
    this.inner.set(file, scan);
  }
  verdict(file: SourceFile, key: string): Verdict | undefined {
    return this.inner.verdict?.(file, key);
  }
  setVerdict(file: SourceFile, key: string, verdict: Verdict): void {
    this.inner.setVerdict?.(file, key, verdict);
  }
}

/** The sample dates and their commits on `ref`'s first-parent line: one `git log` call. */
export function sampleHistory(
  root: string,
  options: Omit<BackfillOptions, "store" | "onProgress">,
) {
  const ref = options.ref ?? "HEAD";
  try {
    git(root, ["rev-parse", "--git-dir"]);
  } catch {
    throw new InputError(`${root}: not in a git repository; backfill reads the history from git`);
  }
  const tip = resolveCommit(root, ref);
  const log = parseFirstParentLog(
    git(root, ["log", "--first-parent", "--format=%H %ct", tip]).toString("utf8"),
  );
  const sampling = pickCommits(log, sampleDates(options.since, options.until, options.stepDays));
  if (sampling.skipped.length > 0) refuseShallow(root, sampling.skipped[0] as string);
  return sampling;
}

/**
 * In a shallow clone (CI checkouts are, by default) the oldest commit git has is not the
 * first one: dates before it are not "before the first commit", their history is missing.
 */
function refuseShallow(root: string, firstSkipped: string): void {
  const shallow = git(root, ["rev-parse", "--is-shallow-repository"]).toString("utf8").trim();
  if (shallow !== "true") return;
  throw new InputError(
    `${root}: the repository is a shallow clone, so git has no commits before ${firstSkipped} and later ones to sample; ` +
      "fetch the whole history first: `git fetch --unshallow` (in GitHub Actions: actions/checkout with `fetch-depth: 0`)",
  );
}

/**
 * Analyse the commit of each sample date straight from git objects, oldest first, each
 * distinct commit once, with the working tree's config, and return their history lines.
 */
export async function backfill(config: Config, options: BackfillOptions): Promise<BackfillResult> {
  const { samples, skipped } = sampleHistory(config.root, options);
  const commits = [...new Set(samples.map((s) => s.commit))];
  const store = new CountingStore(options.store);
  const summaries = new Map<string, HistoryLine>();
  // Each commit's tree is listed while the one before it is analysed (git's core is free then).
  const listingOf = (commit: string | undefined) =>
    commit === undefined ? undefined : startedEarly(commitListingLater(config.root, commit));
  let nextListing = listingOf(commits[0]);
  for (const [i, commit] of commits.entries()) {
    const listing = await nextListing;
    nextListing = listingOf(commits[i + 1]);
    const report = (filesDone: number, filesTotal: number) =>
      options.onProgress?.({
        commitsDone: i,
        commits: commits.length,
        filesDone,
        filesTotal,
        blobsScanned: store.scanned,
      });
    report(0, 0);
    const result = await analyzeCommitTree(
      config,
      { id: commit, listing },
      {
        store,
        onProgress: (e) => {
          if (e.stage === "scan" && e.total !== undefined) report(e.done ?? 0, e.total);
        },
      },
    );
    // The date is stamped per sample below: several dates can share one commit.
    summaries.set(commit, historyLine(result, { date: "", commit, source: "backfill" }));
  }
  options.onProgress?.({
    commitsDone: commits.length,
    commits: commits.length,
    filesDone: 0,
    filesTotal: 0,
    blobsScanned: store.scanned,
  });
  const lines = samples.map((s: Sample) => ({
    ...(summaries.get(s.commit) as HistoryLine),
    date: s.date,
  }));
  return { lines, skipped, commits: commits.length, blobsScanned: store.scanned };
}
