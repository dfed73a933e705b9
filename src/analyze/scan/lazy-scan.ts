import { scanBytes } from "../../languages/python/scan-bytes.js";
import type { PythonScan } from "../../languages/python/scan-types.js";
import type { AnalysisSource, SourceFile } from "../../workspace/source.js";

const keys: (keyof PythonScan)[] = [
  "imports",
  "strings",
  "classes",
  "warnings",
  "moduleNames",
  "dunderAll",
  "definedNames",
  "getattrTargets",
  "pragmas",
  "errors",
];

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
 * first time anything reads it (a re-export chain through the module, its classes). Not
 * stored: the cache keeps the prefilter's verdict for it, so the next run lets it go too.
 * Every property is a getter of that one scan.
 */
export function lazyScan(file: SourceFile, source: AnalysisSource): PythonScan {
  let scan: PythonScan | undefined;
  const full = (): PythonScan => {
    if (scan) return scan;
    const bytes = source.readMany([file]).get(file.file);
    // Read once already: a file gone or changed since counts as empty rather than failing.
    const scanned = bytes instanceof Uint8Array ? scanBytes(bytes) : undefined;
    scan = scanned ?? empty();
    return scan;
  };
  const out = {} as PythonScan;
  for (const key of keys)
    Object.defineProperty(out, key, { enumerable: true, get: () => full()[key] });
  return out;
}
