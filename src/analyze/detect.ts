import { existsSync } from "node:fs";
import path from "node:path";
import { readFromDisk } from "../workspace/source.js";
import { discoverWorkingTree } from "../workspace/working-tree.js";
import { deprecationCategories, deprecationWarningsOf } from "./measure/warnings.js";
import { forwardTarget } from "./resolve/python-forwarding.js";
import { buildModuleIndex } from "./resolve/python-modules.js";
import { scanPythonFiles } from "./scan/python.js";

/** What `ssot init` can guess about a repository to prefill the starter config. */
export interface Detected {
  sourceRoots: string[];
  /**
   * Modules that warn of their deprecation at import (module level, or in a PEP 562
   * `__getattr__`): likely shims, each with the module it forwards to, when one is seen.
   */
  warningModules: { module: string; message: string; canonical?: string }[];
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
  const categories = deprecationCategories([...scans.values()].flatMap((s) => s.classes));
  const warningModules: Detected["warningModules"] = [];
  for (const [file, scan] of [...scans].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [warning] = deprecationWarningsOf(scan, categories);
    const module = index.moduleOf.get(file)?.module;
    if (!warning || !module) continue;
    const canonical = forwardTarget(file, scan, index);
    warningModules.push({ module, message: warning.message, ...(canonical ? { canonical } : {}) });
  }
  return {
    sourceRoots,
    warningModules,
    hasTests: files.some((f) => /(^|\/)(tests?\/|test_[^/]*\.py$)/.test(f.file)),
    pythonFiles: files.length,
  };
}
