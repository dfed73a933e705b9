import {
  closeSync,
  constants,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { InputError } from "../util/errors.js";
import { unsafeTreePath } from "../util/tree-path.js";
import { writeAll } from "./safe-write.js";

export interface Materialised {
  dir: string;
  dispose(): void;
}

/**
 * The folder `file` goes in, created part by part: every part must be a real folder of
 * ours, never a link (such as a node_modules link made for an earlier package.json).
 */
function folderFor(dir: string, file: string): string {
  let at = dir;
  for (const part of file.split("/").slice(0, -1)) {
    at = path.join(at, part);
    const st = lstatSync(at, { throwIfNoEntry: false });
    if (st === undefined) mkdirSync(at);
    else if (!st.isDirectory() || st.isSymbolicLink())
      throw new InputError(`${file}: a part of its path is not a folder in the commit's tree`);
  }
  return at;
}

/**
 * Write one file as a new file (O_EXCL, O_NOFOLLOW): never over an existing file or
 * through a link. The path was already judged by the tree listing; it is checked again
 * here, because this is where a `..` would write outside the folder.
 */
function writeNew(dir: string, file: string, bytes: Uint8Array): void {
  const unsafe = unsafeTreePath(file);
  const abs = path.resolve(dir, file);
  if (unsafe || !abs.startsWith(`${dir}${path.sep}`))
    throw new InputError(
      `${file}: unsafe path in the commit (${unsafe ?? "outside"}): not written`,
    );
  folderFor(dir, file);
  const fd = openSync(
    abs,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
    0o644,
  );
  try {
    writeAll(fd, bytes);
  } finally {
    closeSync(fd);
  }
}

/**
 * Write the given files of a git commit to a temporary folder, for dependency-cruiser,
 * which resolves against a file system. Beside each written package.json, the working
 * tree's `node_modules` there (if any) is linked in, so a tsconfig `extends` from a package
 * still resolves; nothing is ever written into the repository, nor outside the folder.
 */
export function materialise(contents: ReadonlyMap<string, Uint8Array>, root: string): Materialised {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ssot-js-"));
  try {
    for (const [file, bytes] of contents) {
      writeNew(dir, file, bytes);
      if (path.posix.basename(file) === "package.json") {
        const installed = path.join(root, path.dirname(file), "node_modules");
        const link = path.join(dir, path.dirname(file), "node_modules");
        if (existsSync(installed) && !lstatSync(link, { throwIfNoEntry: false }))
          symlinkSync(installed, link, "dir");
      }
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
