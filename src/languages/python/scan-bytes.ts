import type { PythonScan } from "./scan-types.js";
import { decodePython, scanPython } from "./scanner.js";

/** A NUL byte in the first 8 KiB marks a binary file, as git decides it. */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).indexOf(0) >= 0;
}

/** Scan one file's bytes; undefined when the file is binary. */
export function scanBytes(bytes: Uint8Array): PythonScan | undefined {
  return looksBinary(bytes) ? undefined : scanPython(decodePython(bytes));
}
