import type { Worker } from "node:worker_threads";
import type { PythonScan } from "../../languages/python/scan-types.js";
import { decodePython, scanPython } from "../../languages/python/scanner.js";
import { errorCode } from "../../util/errors.js";
import { startedEarly } from "../../util/started-early.js";
import {
  type AnalysisSource,
  ReusedBufferReader,
  type ScanStore,
  type SkippedFile,
  type SourceFile,
} from "../../workspace/source.js";
import { lazyScan } from "./lazy-scan.js";
import { type Filtered, type Needle, needleBytes, type Prefilter } from "./prefilter.js";
import { readOnThread, readThreadWorthIt } from "./read-thread.js";
import { scanOne } from "./scan-one.js";
import { poolSize, scanOnPool, type WorkerItem, type WorkerResult } from "./scan-pool.js";

export interface ScanProgress {
  done: number;
  total: number;
}

export interface ScannedFiles {
  scans: Map<string, PythonScan>;
  skipped: SkippedFile[];
  /** How many distinct contents were read and scanned (the rest came from the store). */
  scannedFresh: number;
  /**
   * Files the prefilter let go: they cannot reach a path, so classification skips them;
   * their scan (in `scans`) is made only when something reads it.
   */
  filtered: Map<string, Filtered>;
}

export interface ScanOptions {
  store?: ScanStore | undefined;
  onProgress?: ((p: ScanProgress) => void) | undefined;
  /** Scanning threads (default: cores - 1 for large scans, none on 2 cores; 0: none). */
  workers?: number | undefined;
  /** Let files go unscanned that cannot matter to these paths (prefilter.ts). */
  prefilter?: Prefilter | undefined;
  /** Files the prefilter must never let go (inside a path module's package). */
  full?: ((file: string) => boolean) | undefined;
  /** Read on a thread of its own while this one scans (default: read-thread.ts decides). */
  readThread?: boolean | undefined;
  /** A reading thread started early (startReadThread): used, or ended when not needed. */
  startedReadThread?: Worker | undefined;
}

/** Read in chunks, so a large repository never sits in memory all at once. */
const chunkSize = 128;

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += chunkSize) yield items.slice(i, i + chunkSize);
}

/** Files per `git cat-file --batch` call: few process starts, bounded memory. */
const gitChunkSize = 2048;

/**
 * Contents of a source that is not on disk (git blobs) in large reads, since each
 * `git cat-file --batch` call costs a process start; handed on a chunk at a time.
 */
function* contentBatches(
  misses: readonly SourceFile[],
  source: AnalysisSource,
): Generator<[SourceFile[], Map<string, Uint8Array | Error>]> {
  for (let i = 0; i < misses.length; i += gitChunkSize) {
    const large = misses.slice(i, i + gitChunkSize);
    const contents = source.readMany(large);
    for (const chunk of chunks(large)) yield [chunk, contents];
  }
}

/** A chunk's results from contents already read (git blobs). */
function scanContents(
  chunk: readonly SourceFile[],
  contents: Map<string, Uint8Array | Error>,
  needles: readonly Needle[] | undefined,
  full: (file: string) => boolean,
): WorkerResult[] {
  return chunk.map((f): WorkerResult => {
    const bytes = contents.get(f.file);
    if (bytes === undefined || bytes instanceof Error)
      return { file: f.file, error: errorCode(bytes) };
    return scanOne(f.file, bytes, full(f.file) ? undefined : needles);
  });
}

/**
 * Scan a source that is not on disk in this thread while git reads the next large chunk
 * in the background (readManyLater): git's reading and this thread's scanning overlap.
 */
async function scanWhileGitReads(
  misses: readonly SourceFile[],
  readLater: NonNullable<AnalysisSource["readManyLater"]>,
  onBatch: (r: WorkerResult[]) => void,
  needles: ReturnType<typeof needleBytes> | undefined,
  full: (file: string) => boolean,
): Promise<void> {
  const read = (from: number) => startedEarly(readLater(misses.slice(from, from + gitChunkSize)));
  let next = read(0);
  for (let i = 0; i < misses.length; i += gitChunkSize) {
    const contents = await next;
    if (i + gitChunkSize < misses.length) next = read(i + gitChunkSize);
    for (const chunk of chunks(misses.slice(i, i + gitChunkSize)))
      onBatch(scanContents(chunk, contents, needles, full));
  }
}

/** Worker batches: paths when the source is on disk (workers read in parallel), else bytes. */
function* workerBatches(
  misses: readonly SourceFile[],
  source: AnalysisSource,
  full: (file: string) => boolean,
): Generator<WorkerItem[]> {
  const { absPath } = source;
  if (absPath) {
    for (const chunk of chunks(misses))
      yield chunk.map((f) => ({ file: f.file, abs: absPath(f.file), full: full(f.file) }));
    return;
  }
  for (const [chunk, contents] of contentBatches(misses, source)) {
    yield chunk.map((f) => {
      const bytes = contents.get(f.file);
      // A copy in a buffer of its own (Buffer#slice would only be a view): a view into git's
      // whole output would be copied in full with every message.
      return bytes instanceof Error || bytes === undefined
        ? { file: f.file, error: errorCode(bytes) }
        : { file: f.file, bytes: new Uint8Array(bytes), full: full(f.file) };
    });
  }
}

function scanInThread(
  misses: readonly SourceFile[],
  source: AnalysisSource,
  onBatch: (r: WorkerResult[]) => void,
  needles: readonly Needle[] | undefined,
  full: (file: string) => boolean,
): void {
  const { absPath } = source;
  if (absPath) {
    // One buffer for every file: the scan keeps no reference to the bytes it is given.
    const reader = new ReusedBufferReader();
    for (const chunk of chunks(misses)) {
      onBatch(
        chunk.map((f): WorkerResult => {
          let bytes: Uint8Array;
          try {
            bytes = reader.read(absPath(f.file));
          } catch (error) {
            return { file: f.file, error: errorCode(error) };
          }
          return scanOne(f.file, bytes, full(f.file) ? undefined : needles);
        }),
      );
    }
    return;
  }
  for (const [chunk, contents] of contentBatches(misses, source)) {
    onBatch(scanContents(chunk, contents, needles, full));
  }
}

/**
 * Files on disk read (and byte-searched) on another thread, scanned in this one; the first
 * chunk read here while that thread starts.
 */
async function scanReadOnThread(
  misses: readonly SourceFile[],
  source: AnalysisSource,
  absPath: (file: string) => string,
  onBatch: (r: WorkerResult[]) => void,
  prefilter: Prefilter | undefined,
  full: (file: string) => boolean,
  started: Worker | undefined,
): Promise<void> {
  const first = misses.slice(0, chunkSize);
  const items = function* () {
    for (const chunk of chunks(misses.slice(chunkSize)))
      yield chunk.map((f) => ({ file: f.file, abs: absPath(f.file), full: full(f.file) }));
  };
  await readOnThread(
    items(),
    prefilter,
    (results) =>
      // Not binary (the thread looked): decoded and scanned without looking again.
      onBatch(
        results.map((r) =>
          "bytes" in r ? { file: r.file, scan: scanPython(decodePython(r.bytes)) } : r,
        ),
      ),
    () => scanInThread(first, source, onBatch, prefilter && needleBytes(prefilter), full),
    started,
  );
}

/** Scan the files, reusing stored scans of unchanged content. Output is in input order. */
export async function scanPythonFiles(
  files: readonly SourceFile[],
  source: AnalysisSource,
  options: ScanOptions = {},
): Promise<ScannedFiles> {
  const { store, onProgress } = options;
  const found = new Map<string, PythonScan>();
  const skipped: SkippedFile[] = [];
  const filtered = new Map<string, Filtered>();
  // Asked once per file: the answer is needed up to three times below.
  const fullFiles = new Set<string>();
  if (options.full) for (const f of files) if (options.full(f.file)) fullFiles.add(f.file);
  const full = (file: string) => fullFiles.has(file);
  // Equal versions are equal contents (a blob id, or the same inode): scan each once.
  const missesByVersion = new Map<string, SourceFile[]>();
  const { prefilter } = options;
  const needlesKey = prefilter ? JSON.stringify(prefilter.needles) : "";
  // Under a prefilter a stored scan is used only once this needle set's verdict is known,
  // so what is classified (and checked for parse errors) never depends on the cache.
  const filterable = (f: SourceFile) => prefilter !== undefined && !full(f.file);
  for (const f of files) {
    const verdict = filterable(f) ? store?.verdict?.(f, needlesKey) : "scan";
    const stored = verdict === "scan" ? store?.get(f) : undefined;
    if (stored) found.set(f.file, stored);
    else if (verdict !== undefined && verdict !== "scan") {
      filtered.set(f.file, verdict);
      found.set(f.file, lazyScan(f, source, store));
    } else {
      const same = missesByVersion.get(f.version);
      if (same) same.push(f);
      else missesByVersion.set(f.version, [f]);
    }
  }
  const misses = [...missesByVersion.values()].map((same) => same[0] as SourceFile);
  const byFile = new Map(misses.map((f) => [f.file, missesByVersion.get(f.version) ?? [f]]));
  let done = files.length - [...missesByVersion.values()].reduce((n, same) => n + same.length, 0);
  let fresh = 0;
  const onBatch = (results: WorkerResult[]) => {
    for (const r of results) {
      const same = byFile.get(r.file) ?? [];
      for (const f of same) {
        if ("scan" in r) {
          store?.set(f, r.scan);
          if (filterable(f)) store?.setVerdict?.(f, needlesKey, "scan");
          found.set(f.file, r.scan);
        } else if ("filtered" in r) {
          // Same content elsewhere may sit inside a path's package: that one is classified.
          if (filterable(f)) {
            filtered.set(f.file, r.filtered);
            store?.setVerdict?.(f, needlesKey, r.filtered);
          }
          found.set(f.file, lazyScan(f, source, store));
        } else if ("binary" in r) skipped.push({ file: f.file, reason: "binary file" });
        else skipped.push({ file: f.file, reason: `cannot read: ${r.error}` });
      }
      if ("scan" in r) fresh++;
      done += same.length;
    }
    onProgress?.({ done, total: files.length });
  };
  const threads = poolSize(misses.length, options.workers);
  let started = options.startedReadThread;
  try {
    if (threads > 0)
      await scanOnPool(workerBatches(misses, source, full), threads, onBatch, prefilter);
    else if (
      source.absPath &&
      (options.readThread ?? readThreadWorthIt(misses.length, options.workers))
    ) {
      const taken = started;
      started = undefined; // readOnThread ends it
      await scanReadOnThread(misses, source, source.absPath, onBatch, prefilter, full, taken);
    } else if (!source.absPath && source.readManyLater && misses.length > gitChunkSize) {
      const later = source.readManyLater;
      await scanWhileGitReads(
        misses,
        (batch) => later.call(source, batch),
        onBatch,
        prefilter && needleBytes(prefilter),
        full,
      );
    } else scanInThread(misses, source, onBatch, prefilter && needleBytes(prefilter), full);
  } finally {
    await started?.terminate();
  }

  // Keep the sorted order of `files` so every result built from this is deterministic.
  const scans = new Map<string, PythonScan>();
  for (const f of files) {
    const scan = found.get(f.file);
    if (scan) scans.set(f.file, scan);
  }
  return { scans, skipped, scannedFresh: fresh, filtered };
}
