import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { errorCode } from "../../util/errors.js";
import { scanBytes } from "./scan-bytes.js";
import type { WorkerReply, WorkerRequest } from "./scan-pool.js";

/**
 * A scanning thread: reads files by path (or takes their bytes) and scans them. Results go
 * back by structured clone; an unreadable file comes back as its error code.
 */
parentPort?.on("message", (request: WorkerRequest) => {
  const reply: WorkerReply = { id: request.id, results: [] };
  for (const item of request.items) {
    let bytes: Uint8Array;
    try {
      if (item.error !== undefined) throw new Error(item.error);
      bytes = item.bytes ?? readFileSync(item.abs ?? "");
    } catch (error) {
      reply.results.push({ file: item.file, error: item.error ?? errorCode(error) });
      continue;
    }
    const scan = scanBytes(bytes);
    reply.results.push(scan ? { file: item.file, scan } : { file: item.file, binary: true });
  }
  parentPort?.postMessage(reply);
});
