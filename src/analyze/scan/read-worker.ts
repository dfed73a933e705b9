import { parentPort } from "node:worker_threads";
import { looksBinary } from "../../languages/python/binary.js";
import { errorCode } from "../../util/errors.js";
import { ReusedBufferReader } from "../../workspace/source.js";
import { filterBytes, type Needle, needleBytes } from "./prefilter.js";
import {
  READ_BINARY,
  READ_ERROR,
  READ_LET_GO,
  READ_LET_GO_CLASS,
  READ_SCAN,
  type ReadReply,
  type ReadRequest,
} from "./read-thread.js";

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
  const { abs, full } = request;
  const reply: ReadReply = { found: new Uint8Array(abs.length), errors: [], contents: [] };
  for (let i = 0; i < abs.length; i++) {
    let bytes: Uint8Array;
    try {
      bytes = reader.read(abs[i] as string);
    } catch (error) {
      reply.found[i] = READ_ERROR;
      reply.errors.push(errorCode(error));
      continue;
    }
    if (looksBinary(bytes)) {
      reply.found[i] = READ_BINARY;
      continue;
    }
    const filtered =
      request.prefilter && !full[i] ? filterBytes(bytes, needles?.prepared ?? []) : undefined;
    if (filtered) {
      reply.found[i] = filtered.hasClass ? READ_LET_GO_CLASS : READ_LET_GO;
      continue;
    }
    // Out of the reused buffer into one of its own, so it can be handed over.
    reply.found[i] = READ_SCAN;
    reply.contents.push(new Uint8Array(bytes));
  }
  const transfer = [reply.found, ...reply.contents].map((bytes) => bytes.buffer as ArrayBuffer);
  parentPort?.postMessage(reply, transfer);
});
