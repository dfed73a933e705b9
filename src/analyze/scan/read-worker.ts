import { parentPort } from "node:worker_threads";
import { looksBinary } from "../../languages/python/binary.js";
import { errorCode } from "../../util/errors.js";
import { ReusedBufferReader } from "../../workspace/source.js";
import { filterBytes, type Needle, needleBytes } from "./prefilter.js";
import type { ReadReply, ReadRequest, ReadResult } from "./read-thread.js";

/**
 * The reading thread: opens, reads and byte-searches files by path (no Python scanner is
 * loaded here). What the prefilter lets go, binary files and read errors come back as
 * verdicts; the files to scan come back as their bytes, handed over without a copy.
 */
const reader = new ReusedBufferReader();
let needles: { key: string; prepared: Needle[] } | undefined;

parentPort?.on("message", (request: ReadRequest) => {
  const key = JSON.stringify(request.prefilter?.needles);
  if (request.prefilter && needles?.key !== key)
    needles = { key, prepared: needleBytes(request.prefilter) };
  const results: ReadResult[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const item of request.items) {
    let bytes: Uint8Array;
    try {
      bytes = reader.read(item.abs);
    } catch (error) {
      results.push({ file: item.file, error: errorCode(error) });
      continue;
    }
    if (looksBinary(bytes)) {
      results.push({ file: item.file, binary: true });
      continue;
    }
    const filtered =
      request.prefilter && !item.full ? filterBytes(bytes, needles?.prepared ?? []) : undefined;
    if (filtered) {
      results.push({ file: item.file, filtered });
      continue;
    }
    // Out of the reused buffer into one of its own, so it can be handed over.
    const own = new Uint8Array(bytes);
    transfer.push(own.buffer);
    results.push({ file: item.file, bytes: own });
  }
  const reply: ReadReply = { id: request.id, results };
  parentPort?.postMessage(reply, transfer);
});
