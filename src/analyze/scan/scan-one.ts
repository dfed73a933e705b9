import { looksBinary } from "../../languages/python/binary.js";
import { scanBytes } from "../../languages/python/scan-bytes.js";
import { filterBytes, type Needle } from "./prefilter.js";
import type { WorkerResult } from "./scan-pool.js";

/** A file's result: filtered (the byte search shows it cannot matter), binary, or scanned. */
export function scanOne(
  file: string,
  bytes: Uint8Array,
  needles: readonly Needle[] | undefined,
): WorkerResult {
  if (looksBinary(bytes)) return { file, binary: true };
  const filtered = needles ? filterBytes(bytes, needles) : undefined;
  if (filtered) return { file, filtered };
  const scan = scanBytes(bytes);
  return scan ? { file, scan } : { file, binary: true };
}
