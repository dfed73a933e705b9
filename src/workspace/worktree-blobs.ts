import { createHash } from "node:crypto";
import path from "node:path";
import { readRegularFile } from "./read-file.js";
import type { SourceFile } from "./source.js";

/** Larger files are left to git (a blob is only ever read whole). */
const maxBytes = 64 << 20;

/**
 * The files of a commit's `batch` whose working-tree bytes are that commit's blob: they
 * hash as git hashes a blob (`blob <size>\0<bytes>`) to the id in `version`. Reading and
 * hashing a file costs a fraction of git inflating it, and the commits backfill samples
 * share most files with the working tree. Whatever is missing, unreadable, not a regular
 * file or different is left to git, so what is read is the blob exactly, never anything
 * else (a link on the way only leads to bytes that hash to the blob).
 */
export function blobsInWorkingTree(
  root: string,
  batch: readonly SourceFile[],
): Map<string, Uint8Array> {
  const found = new Map<string, Uint8Array>();
  for (const f of batch) {
    const algorithm = f.version.length === 64 ? "sha256" : "sha1";
    let bytes: Buffer | undefined;
    try {
      bytes = readRegularFile(path.join(root, f.file), { what: "a file", maxBytes });
    } catch {
      continue;
    }
    if (bytes === undefined) continue;
    const id = createHash(algorithm).update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
    if (id === f.version) found.set(f.file, bytes);
  }
  return found;
}
