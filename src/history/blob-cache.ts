import { createHash } from "node:crypto";
import path from "node:path";
import type { PythonScan } from "../languages/python/scan-types.js";
import { readRegularText } from "../workspace/read-file.js";
import type { ScanStore, SourceFile, Verdict } from "../workspace/source.js";
import { writeAtomic } from "./store.js";

/**
 * Bump when the file layout or the scan's shape changes: the tool version guards releases,
 * not a scan shape changed between them (2: endLine, bases, warn calls, defined names…).
 */
export const blobCacheFormat = 4;

interface BlobCacheFile {
  format: number;
  tool: string;
  scans: Record<string, PythonScan>;
  /** The prefilter's verdict per blob (blobs it let go have no scan). */
  verdicts: Record<string, [key: string, verdict: Verdict]>;
}

/**
 * Scans keyed by git blob id, persisted between backfill runs (next to the working-tree
 * cache, never in the analysed repository). Content-addressed, so an entry can never be
 * stale; only entries used by the last run are kept, so the file does not grow forever.
 */
export class BlobScanCache implements ScanStore {
  private readonly used = new Set<string>();
  private readonly usedVerdicts = new Set<string>();
  private readonly loaded: number;
  private added = 0;

  private constructor(
    readonly file: string,
    private readonly scans: Map<string, PythonScan>,
    private readonly verdicts: Map<string, [key: string, verdict: Verdict]>,
    private readonly tool: string,
  ) {
    this.loaded = scans.size + verdicts.size;
  }

  /** Open the cache of `root`; a missing, corrupt or other-version cache starts empty. */
  static open(cacheDir: string, root: string, tool: string): BlobScanCache {
    const key = createHash("sha1").update(root).digest("hex").slice(0, 16);
    const file = path.join(cacheDir, `blobs-${key}.json`);
    let scans = new Map<string, PythonScan>();
    let verdicts = new Map<string, [string, Verdict]>();
    try {
      const data = JSON.parse(
        readRegularText(file, { what: "the scan cache" }) ?? "",
      ) as BlobCacheFile;
      if (data.format === blobCacheFormat && data.tool === tool) {
        scans = new Map(Object.entries(data.scans));
        verdicts = new Map(Object.entries(data.verdicts));
      }
    } catch {
      // No cache yet, or unusable: it only saves time, so start empty.
    }
    return new BlobScanCache(file, scans, verdicts, tool);
  }

  get(file: SourceFile): PythonScan | undefined {
    const scan = this.scans.get(file.version);
    if (scan) this.used.add(file.version);
    return scan;
  }

  set(file: SourceFile, scan: PythonScan): void {
    this.scans.set(file.version, scan);
    this.used.add(file.version);
    this.added++;
  }

  verdict(file: SourceFile, key: string): Verdict | undefined {
    const stored = this.verdicts.get(file.version);
    if (stored?.[0] !== key) return undefined;
    this.usedVerdicts.add(file.version);
    return stored[1];
  }

  setVerdict(file: SourceFile, key: string, verdict: Verdict): void {
    this.verdicts.set(file.version, [key, verdict]);
    this.usedVerdicts.add(file.version);
    this.added++;
  }

  /** Keep what this run used; write only when that changed the file's content. */
  save(): void {
    if (this.added === 0 && this.used.size + this.usedVerdicts.size === this.loaded) return;
    const scans: Record<string, PythonScan> = {};
    for (const id of [...this.used].sort()) {
      const scan = this.scans.get(id);
      if (scan) scans[id] = scan;
    }
    const verdicts: Record<string, [string, Verdict]> = {};
    for (const id of [...this.usedVerdicts].sort()) {
      const verdict = this.verdicts.get(id);
      if (verdict) verdicts[id] = verdict;
    }
    const data: BlobCacheFile = {
      format: blobCacheFormat,
      tool: this.tool,
      scans,
      verdicts,
    };
    writeAtomic(this.file, JSON.stringify(data));
  }
}
