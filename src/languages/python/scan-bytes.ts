import { looksBinary } from "./binary.js";
import type { PythonScan } from "./scan-types.js";
import { decodePython, scanPython } from "./scanner.js";

/** Scan one file's bytes; undefined when the file is binary. */
export function scanBytes(bytes: Uint8Array): PythonScan | undefined {
  return looksBinary(bytes) ? undefined : scanPython(decodePython(bytes));
}
