import os from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { PythonScan } from "../../languages/python/scan-types.js";
import { shareNames } from "../../languages/python/shared-text.js";
import { pathExists } from "../../workspace/files.js";
import type { Filtered, Prefilter } from "./prefilter.js";

export interface WorkerItem {
  file: string;
  /** Read by the worker itself (working tree): parallel I/O. */
  abs?: string;
  /** Or the content, read by the main thread (git blobs). */
  bytes?: Uint8Array;
  /** Or why the main thread could not read it. */
  error?: string;
  /** Scan in full even when the prefilter would let it go. */
  full?: boolean;
}

export interface WorkerRequest {
  id: number;
  items: WorkerItem[];
  /** Let files go unscanned that the byte search shows cannot matter (prefilter.ts). */
  prefilter?: Prefilter | undefined;
}

export type WorkerResult =
  | { file: string; scan: PythonScan }
  | { file: string; filtered: Filtered }
  | { file: string; binary: true }
  | { file: string; error: string };

export interface WorkerReply {
  id: number;
  results: WorkerResult[];
}

/** The compiled worker; absent when running from TypeScript sources (tests): then no pool. */
const workerFile = fileURLToPath(new URL("./scan-worker.js", import.meta.url));

/** How many scanning threads are worth starting for `files` files (0: scan in this thread). */
export function poolSize(files: number, requested?: number): number {
  if (!pathExists(workerFile) || files === 0) return 0;
  if (requested !== undefined) return Math.max(0, Math.min(requested, 8));
  const fromEnv = process.env.SSOT_WORKERS;
  if (fromEnv !== undefined && fromEnv !== "")
    return Math.max(0, Math.min(Number(fromEnv) || 0, 8));
  // A thread costs ~30 ms to start and its own JIT warm-up: only worth it for large scans,
  // and never on 2 cores, where the main thread alone was fastest in wall and CPU time
  // (ansible cold, bench/RESULTS.md 2026-12-02: 0 threads 5.0 s CPU, 1: 5.3 s, 2: 6.3 s).
  // There the files are still read on a thread of their own (read-thread.ts).
  const cores = os.availableParallelism();
  return files < 1500 || cores <= 2 ? 0 : Math.min(cores - 1, 8);
}

/**
 * Scan batches on `size` threads, feeding each the next batch when it finishes one (the
 * files differ a lot in size). `onBatch` receives results as they arrive.
 */
export async function scanOnPool(
  batches: AsyncIterable<WorkerItem[]> | Iterable<WorkerItem[]>,
  size: number,
  onBatch: (results: WorkerResult[]) => void,
  prefilter?: Prefilter,
): Promise<void> {
  const workers = Array.from({ length: size }, () => new Worker(workerFile));
  const iterator = (
    Symbol.asyncIterator in batches ? batches[Symbol.asyncIterator]() : batches[Symbol.iterator]()
  ) as AsyncIterator<WorkerItem[]> | Iterator<WorkerItem[]>;
  let nextId = 0;
  try {
    await Promise.all(
      workers.map(async (worker) => {
        for (;;) {
          const next = await iterator.next();
          if (next.done) return;
          const reply = await request(worker, { id: nextId++, items: next.value, prefilter });
          // A clone has strings of its own: shared here, as this thread's own scans are.
          onBatch(reply.results.map((r) => ("scan" in r ? { ...r, scan: shareNames(r.scan) } : r)));
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function request(worker: Worker, message: WorkerRequest): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
    };
    const onMessage = (reply: WorkerReply) => {
      cleanup();
      resolve(reply);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    // Hand the contents over instead of copying them (each item owns its buffer).
    const transfer = message.items.flatMap((item) =>
      item.bytes ? [item.bytes.buffer as ArrayBuffer] : [],
    );
    worker.postMessage(message, transfer);
  });
}
