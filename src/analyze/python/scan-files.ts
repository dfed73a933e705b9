import { readFileSync } from "node:fs";
import type { ScanCache } from "../cache.js";
import { type DiscoveredFile, errorCode, type SkippedFile } from "../discover.js";
import type { PythonScan } from "./scan-types.js";
import { decodePython, scanPython } from "./scanner.js";

export interface ScanProgress {
  done: number;
  total: number;
  file: string;
}

export interface ScannedFiles {
  scans: Map<string, PythonScan>;
  skipped: SkippedFile[];
  /** How many files were read and scanned (the rest came from the cache). */
  scannedFresh: number;
}

/** A NUL byte in the first 8 KiB marks a binary file, as git decides it. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Scan one file's bytes; undefined when the file is binary. */
export function scanBytes(bytes: Uint8Array): PythonScan | undefined {
  return looksBinary(bytes) ? undefined : scanPython(decodePython(bytes));
}

/** Read and scan the files, reusing cached scans of unchanged files. */
export function scanPythonFiles(
  files: readonly DiscoveredFile[],
  cache: ScanCache | undefined,
  onProgress?: (p: ScanProgress) => void,
): ScannedFiles {
  const scans = new Map<string, PythonScan>();
  const skipped: SkippedFile[] = [];
  let scannedFresh = 0;
  files.forEach((f, i) => {
    let scan = cache?.get(f);
    if (!scan) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(f.abs);
      } catch (error) {
        skipped.push({ file: f.file, reason: `cannot read: ${errorCode(error)}` });
        return;
      }
      scan = scanBytes(bytes);
      if (!scan) {
        skipped.push({ file: f.file, reason: "binary file" });
        return;
      }
      scannedFresh++;
      cache?.set(f, scan);
    }
    scans.set(f.file, scan);
    if (onProgress && (i % 256 === 0 || i === files.length - 1)) onProgress({ done: i + 1, total: files.length, file: f.file });
  });
  return { scans, skipped, scannedFresh };
}
