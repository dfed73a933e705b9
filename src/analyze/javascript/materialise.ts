import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface Materialised {
  dir: string;
  dispose(): void;
}

/**
 * Write the given files of a git commit to a temporary folder, for dependency-cruiser,
 * which resolves against a file system. Beside each written package.json, the working
 * tree's `node_modules` there (if any) is linked in, so a tsconfig `extends` from a package
 * still resolves; nothing is ever written into the repository.
 */
export function materialise(contents: ReadonlyMap<string, Uint8Array>, root: string): Materialised {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ssot-js-"));
  try {
    for (const [file, bytes] of contents) {
      const abs = path.join(dir, file);
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, bytes);
      if (path.posix.basename(file) === "package.json") {
        const installed = path.join(root, path.dirname(file), "node_modules");
        const link = path.join(dir, path.dirname(file), "node_modules");
        if (existsSync(installed) && !existsSync(link)) symlinkSync(installed, link, "dir");
      }
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
