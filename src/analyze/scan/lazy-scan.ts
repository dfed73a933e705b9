import { scanBytes } from "../../languages/python/scan-bytes.js";
import type { PythonScan } from "../../languages/python/scan-types.js";
import type { AnalysisSource, ScanStore, SourceFile } from "../../workspace/source.js";

const empty = (): PythonScan => ({
  imports: [],
  strings: [],
  classes: [],
  warnings: [],
  moduleNames: [],
  dunderAll: [],
  definedNames: [],
  getattrTargets: [],
  pragmas: [],
  errors: [],
});

/**
 * The scan of a file the prefilter let go: read and scanned in full, in this thread, the
 * first time anything reads it (a re-export chain through the module, its classes). The
 * store keeps that scan next to the verdict, so a later run or commit does not read the
 * file again (the verdict stands: the file is still let go).
 * Every property is a getter of that one scan (on the prototype: most of these objects are
 * never read, so making one must cost next to nothing).
 */
class LazyScan implements PythonScan {
  private scan: PythonScan | undefined;
  constructor(
    private readonly file: SourceFile,
    private readonly source: AnalysisSource,
    private readonly store: ScanStore | undefined,
  ) {}

  /** Whether anything read this file's scan. */
  get read(): boolean {
    return this.scan !== undefined;
  }

  private full(): PythonScan {
    if (this.scan) return this.scan;
    const stored = this.store?.get(this.file);
    if (stored) {
      this.scan = stored;
      return stored;
    }
    const bytes = this.source.readMany([this.file]).get(this.file.file);
    // Read once already: a file gone or changed since counts as empty rather than failing.
    const scanned = bytes instanceof Uint8Array ? scanBytes(bytes) : undefined;
    if (scanned) this.store?.set(this.file, scanned);
    this.scan = scanned ?? empty();
    return this.scan;
  }

  get imports() {
    return this.full().imports;
  }
  get strings() {
    return this.full().strings;
  }
  get classes() {
    return this.full().classes;
  }
  get warnings() {
    return this.full().warnings;
  }
  get moduleNames() {
    return this.full().moduleNames;
  }
  get dunderAll() {
    return this.full().dunderAll;
  }
  get definedNames() {
    return this.full().definedNames;
  }
  get getattrTargets() {
    return this.full().getattrTargets;
  }
  get pragmas() {
    return this.full().pragmas;
  }
  get errors() {
    return this.full().errors;
  }
}

/** False for a let-go file's scan that nothing read (so its content did not matter). */
export function scanWasRead(scan: PythonScan | undefined): boolean {
  return !(scan instanceof LazyScan) || scan.read;
}

export function lazyScan(
  file: SourceFile,
  source: AnalysisSource,
  store: ScanStore | undefined,
): PythonScan {
  return new LazyScan(file, source, store);
}
