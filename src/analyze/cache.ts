import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DiscoveredFile } from "./discover.js";
import type { PythonScan } from "./python/scan-types.js";

/**
 * Scan results of the working tree, keyed by (path, size, mtime, inode): a warm run reads
 * no unchanged file. Kept outside the analysed repository by default (we never write into
 * it), one file per repository root. Bump `cacheFormat` whenever the scanner's output
 * changes, so an old cache is ignored rather than trusted.
 */
export const cacheFormat = 1;

type Entry = [size: number, mtimeMs: number, ino: number, scan: PythonScan];

interface CacheFile {
  format: number;
  tool: string;
  entries: Record<string, Entry>;
}

export function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
  return path.join(base, "ssot-tracker");
}

export class ScanCache {
  private readonly entries: Map<string, Entry>;
  private dirty = false;
  readonly file: string;

  private constructor(file: string, entries: Map<string, Entry>, private readonly tool: string) {
    this.file = file;
    this.entries = entries;
  }

  /** Open the cache for `root`; a missing, corrupt or outdated cache starts empty. */
  static open(cacheDir: string, root: string, tool: string): ScanCache {
    const key = createHash("sha1").update(root).digest("hex").slice(0, 16);
    const file = path.join(cacheDir, `python-${key}.json`);
    let entries = new Map<string, Entry>();
    try {
      const data = JSON.parse(readFileSync(file, "utf8")) as CacheFile;
      if (data.format === cacheFormat && data.tool === tool) entries = new Map(Object.entries(data.entries));
    } catch {
      // No cache yet, or unusable: it is only an accelerator, so start empty.
    }
    return new ScanCache(file, entries, tool);
  }

  get(file: DiscoveredFile): PythonScan | undefined {
    const entry = this.entries.get(file.file);
    if (!entry || entry[0] !== file.size || entry[1] !== file.mtimeMs || entry[2] !== file.ino) return undefined;
    return entry[3];
  }

  set(file: DiscoveredFile, scan: PythonScan): void {
    this.entries.set(file.file, [file.size, file.mtimeMs, file.ino, scan]);
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
    mkdirSync(path.dirname(this.file), { recursive: true });
    const data: CacheFile = { format: cacheFormat, tool: this.tool, entries: Object.fromEntries(this.entries) };
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(data));
    renameSync(tmp, this.file);
    this.dirty = false;
  }
}
