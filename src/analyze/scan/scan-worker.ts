import { parentPort } from "node:worker_threads";
import { errorCode } from "../../util/errors.js";
import { readBytes } from "../../workspace/files.js";
import { type Needle, needleBytes } from "./prefilter.js";
import { scanOne } from "./scan-one.js";
import type { WorkerReply, WorkerRequest } from "./scan-pool.js";

/**
 * A scanning thread: reads files by path (or takes their bytes) and scans them. Results go
 * back by structured clone; an unreadable file comes back as its error code.
 */
let needles: { key: string; bytes: Needle[] } | undefined;

parentPort?.on("message", (request: WorkerRequest) => {
  const reply: WorkerReply = { id: request.id, results: [] };
  const key = JSON.stringify(request.prefilter?.needles);
  if (request.prefilter && needles?.key !== key)
    needles = { key, bytes: needleBytes(request.prefilter) };
  for (const item of request.items) {
    let bytes: Uint8Array;
    try {
      if (item.error !== undefined) throw new Error(item.error);
      bytes = item.bytes ?? readBytes(item.abs ?? "");
    } catch (error) {
      reply.results.push({ file: item.file, error: item.error ?? errorCode(error) });
      continue;
    }
    reply.results.push(
      scanOne(item.file, bytes, request.prefilter && !item.full ? needles?.bytes : undefined),
    );
  }
  parentPort?.postMessage(reply);
});
