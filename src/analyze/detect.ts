import { existsSync } from "node:fs";
import path from "node:path";
import { discoverWorkingTree } from "./discover.js";
import { deprecationCalls } from "./python/deprecations.js";
import { buildModuleIndex } from "./python/modules.js";
import { scanPythonFiles } from "./python/scan-files.js";
import { readFromDisk } from "./source.js";

/** What `ssot init` can guess about a repository to prefill the starter config. */
export interface Detected {
  sourceRoots: string[];
  /** Modules with a module-level DeprecationWarning: likely shims of a consolidation. */
  warningModules: { module: string; message: string }[];
  hasTests: boolean;
  pythonFiles: number;
}

export async function detectRepository(root: string): Promise<Detected> {
  const { files } = discoverWorkingTree({ root, exclude: [], accept: (n) => n.endsWith(".py") });
  const sourceRoots =
    existsSync(path.join(root, "src")) && files.some((f) => f.file.startsWith("src/"))
      ? ["src"]
      : ["."];
  const index = buildModuleIndex(
    files.map((f) => f.file),
    sourceRoots,
  );
  const source = { files, skipped: [], readMany: readFromDisk((f) => path.join(root, f)) };
  const { scans } = await scanPythonFiles(files, source);
  const warningModules: Detected["warningModules"] = [];
  for (const [file, scan] of scans) {
    const warning = deprecationCalls(scan)[0];
    const module = index.moduleOf.get(file)?.module;
    if (warning && module) warningModules.push({ module, message: warning.message });
  }
  return {
    sourceRoots,
    warningModules: warningModules.slice(0, 20),
    hasTests: files.some((f) => /(^|\/)(tests?\/|test_[^/]*\.py$)/.test(f.file)),
    pythonFiles: files.length,
  };
}
