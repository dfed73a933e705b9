import os from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { pathExists } from "../../workspace/files.js";
import type { Filtered, Prefilter } from "./prefilter.js";

export interface ReadItem {
  file: string;
  abs: string;
  /** Scan in full even when the prefilter would let it go. */
  full: boolean;
}

/** A chunk as the thread gets it: paths only (the file names stay here). */
export interface ReadRequest {
  abs: string[];
  /** 1: scan in full even when the prefilter would let it go. */
  full: Uint8Array;
  prefilter?: Prefilter | undefined;
}

/** A verdict, or the bytes of a file to scan (its own buffer, transferred). */
export type ReadResult =
  | { file: string; bytes: Uint8Array }
  | { file: string; filtered: Filtered }
  | { file: string; binary: true }
  | { file: string; error: string };

/** Per file of a chunk, what the thread found. */
export const READ_SCAN = 0;
export const READ_LET_GO = 1;
export const READ_LET_GO_CLASS = 2;
export const READ_BINARY = 3;
export const READ_ERROR = 4;

/**
 * A chunk's results in few objects (a code per file; in order, the errors and the bytes of
 * the files to scan): cheaper to pass between threads than an object per file.
 */
export interface ReadReply {
  found: Uint8Array;
  errors: string[];
  contents: Uint8Array[];
}

function resultsOf(items: readonly ReadItem[], reply: ReadReply): ReadResult[] {
  let error = 0;
  let content = 0;
  return items.map(({ file }, i): ReadResult => {
    switch (reply.found[i]) {
      case READ_SCAN:
        return { file, bytes: reply.contents[content++] as Uint8Array };
      case READ_LET_GO:
        return { file, filtered: { hasClass: false } };
      case READ_LET_GO_CLASS:
        return { file, filtered: { hasClass: true } };
      case READ_BINARY:
        return { file, binary: true };
      default:
        return { file, error: reply.errors[error++] ?? "unknown" };
    }
  });
}

/** The compiled worker; absent when running from TypeScript sources (tests): then no thread. */
const workerFile = fileURLToPath(new URL("./read-worker.js", import.meta.url));

/**
 * Chunks handed to the thread beyond the one being scanned: bounds the bytes waiting. The
 * files to scan cluster (a package's modules), so the thread must run well ahead to keep
 * busy while this one scans them (3 left it idle: ansible's scan phase 1.36 s against 1.13 s).
 */
const ahead = 16;

/**
 * Whether to read on a thread of its own while this thread scans. On 2 cores, where no
 * scanning threads run (scan-pool.ts), reading and byte-searching (~40% of a cold scan on
 * ansible) then overlap the scans; the scanner's JIT warm-up stays paid once, here.
 * Not when the caller asked for a number of threads (0: all in this thread).
 */
export function readThreadWorthIt(files: number, requested?: number): boolean {
  return files >= 1500 && readThreadPossible(requested);
}

function readThreadPossible(requested?: number): boolean {
  if (requested !== undefined || (process.env.SSOT_WORKERS ?? "") !== "") return false;
  return os.availableParallelism() >= 2 && pathExists(workerFile);
}

/**
 * The reading thread started before its files are known, when a run will likely read
 * them all (no scan cache): its start (~70 ms) then overlaps discovery. Whoever takes it
 * must end it (readOnThread does; else `worker.terminate()`).
 */
export function startReadThread(requested?: number): Worker | undefined {
  return readThreadPossible(requested) ? new Worker(workerFile) : undefined;
}

/**
 * Read the chunks on one thread, in order, a few chunks ahead; `onRead` gets each chunk's
 * results in order, in this thread. `meanwhile` runs here while the thread starts (~70 ms),
 * before any of its results.
 */
export async function readOnThread(
  chunks: Iterable<ReadItem[]>,
  prefilter: Prefilter | undefined,
  onRead: (results: ReadResult[]) => void,
  meanwhile?: () => void,
  started?: Worker,
): Promise<void> {
  const worker = started ?? new Worker(workerFile);
  const iterator = chunks[Symbol.iterator]();
  // The chunks sent and not yet answered, oldest first (the thread answers in order).
  const sent: ReadItem[][] = [];
  const send = (): void => {
    const next = iterator.next();
    if (next.done) return;
    const items = next.value;
    const request: ReadRequest = {
      abs: items.map((item) => item.abs),
      full: Uint8Array.from(items, (item) => (item.full ? 1 : 0)),
      prefilter,
    };
    worker.postMessage(request);
    sent.push(items);
  };
  try {
    await new Promise<void>((resolve, reject) => {
      worker.on("message", (reply: ReadReply) => {
        const items = sent.shift() ?? [];
        send(); // before scanning this chunk, so the thread never waits for this one
        try {
          onRead(resultsOf(items, reply));
        } catch (error) {
          reject(error);
          return;
        }
        if (sent.length === 0) resolve();
      });
      worker.on("error", reject);
      worker.on("exit", (code) => reject(new Error(`the reading thread stopped (exit ${code})`)));
      for (let i = 0; i < ahead; i++) send();
      try {
        meanwhile?.();
      } catch (error) {
        reject(error);
        return;
      }
      if (sent.length === 0) resolve();
    });
  } finally {
    await worker.terminate();
  }
}
