import { errorCode } from "../discover.js";
import type { AnalysisSource, ScanStore, SkippedFile, SourceFile } from "../source.js";
import type { PythonScan } from "./scan-types.js";
import { decodePython, scanPython } from "./scanner.js";

export interface ScanProgress {
  done: number;
  total: number;
}

export interface ScannedFiles {
  scans: Map<string, PythonScan>;
  skipped: SkippedFile[];
  /** How many files were read and scanned (the rest came from the store). */
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

/** Read in chunks, so a large repository never sits in memory all at once. */
const chunkSize = 256;

/** Scan the files, reusing stored scans of unchanged content. Output is in input order. */
export function scanPythonFiles(
  files: readonly SourceFile[],
  source: Pick<AnalysisSource, "readMany">,
  store: ScanStore | undefined,
  onProgress?: (p: ScanProgress) => void,
): ScannedFiles {
  const found = new Map<string, PythonScan>();
  const skipped: SkippedFile[] = [];
  const misses: SourceFile[] = [];
  for (const f of files) {
    const stored = store?.get(f);
    if (stored) found.set(f.file, stored);
    else misses.push(f);
  }
  let done = files.length - misses.length;
  for (let i = 0; i < misses.length; i += chunkSize) {
    const chunk = misses.slice(i, i + chunkSize);
    const contents = source.readMany(chunk);
    for (const f of chunk) {
      const bytes = contents.get(f.file);
      if (bytes === undefined || bytes instanceof Error) {
        skipped.push({ file: f.file, reason: `cannot read: ${errorCode(bytes)}` });
        continue;
      }
      const scan = scanBytes(bytes);
      if (!scan) {
        skipped.push({ file: f.file, reason: "binary file" });
        continue;
      }
      store?.set(f, scan);
      found.set(f.file, scan);
    }
    done += chunk.length;
    onProgress?.({ done, total: files.length });
  }
  // Keep the sorted order of `files` so every result built from this is deterministic.
  const scans = new Map<string, PythonScan>();
  for (const f of files) {
    const scan = found.get(f.file);
    if (scan) scans.set(f.file, scan);
  }
  return { scans, skipped, scannedFresh: misses.length - skipped.length };
}
