import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { readRegularText } from "../util/read-file.js";
import { writeFileSafely } from "../util/safe-write.js";
import { decodeScan, type EncodedScan, encodeScan } from "./python/scan-codec.js";
import type { PythonScan } from "./python/scan-types.js";
import type { ScanStore, SourceFile } from "./source.js";

/**
 * Scan results of a working tree, keyed by path and version (size, mtime, inode): a warm run
 * reads no unchanged file. Kept outside the analysed repository by default (we never write
 * into it), one file per repository root. The tool version is part of the key, so a cache
 * written by another scanner is ignored rather than trusted.
 */
export const cacheFormat = 5;

type Entry = [version: string, scan: EncodedScan];

interface CacheFile {
  format: number;
  tool: string;
  entries: Record<string, Entry>;
}

export function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
  return path.join(base, "ssot-tracker");
}

export class ScanCache implements ScanStore {
  private readonly entries: Map<string, Entry>;
  private dirty = false;
  readonly file: string;
  private readonly tool: string;

  private constructor(file: string, entries: Map<string, Entry>, tool: string) {
    this.file = file;
    this.entries = entries;
    this.tool = tool;
  }

  /** Open the cache for `root`; a missing, corrupt or outdated cache starts empty. */
  static open(cacheDir: string, root: string, tool: string): ScanCache {
    const key = createHash("sha1").update(root).digest("hex").slice(0, 16);
    const file = path.join(cacheDir, `python-${key}.json`);
    let entries = new Map<string, Entry>();
    try {
      const data = JSON.parse(readRegularText(file, { what: "the scan cache" }) ?? "") as CacheFile;
      if (data.format === cacheFormat && data.tool === tool)
        entries = new Map(Object.entries(data.entries));
    } catch {
      // No cache yet, or unusable: it is only an accelerator, so start empty.
    }
    return new ScanCache(file, entries, tool);
  }

  get(file: SourceFile): PythonScan | undefined {
    const entry = this.entries.get(file.file);
    return entry && entry[0] === file.version ? decodeScan(entry[1]) : undefined;
  }

  set(file: SourceFile, scan: PythonScan): void {
    this.entries.set(file.file, [file.version, encodeScan(scan)]);
    this.dirty = true;
  }

  /** Drop entries of files that are gone, then write atomically (temp file + rename). */
  save(present: ReadonlySet<string>): void {
    for (const key of this.entries.keys()) {
      if (!present.has(key)) {
        this.entries.delete(key);
        this.dirty = true;
      }
    }
    if (!this.dirty) return;
    const data: CacheFile = {
      format: cacheFormat,
      tool: this.tool,
      entries: Object.fromEntries(this.entries),
    };
    writeFileSafely(this.file, JSON.stringify(data));
    this.dirty = false;
  }
}
