import { lstatSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { errorCode } from "../util/errors.js";
import { linkStampOf, stampOf, stampOfStats, versionOfStamp } from "./analysis-memo.js";
import type { SkippedFile } from "./source.js";
import type { DiscoveredFile, Discovery, Witness } from "./working-tree.js";

/**
 * The output memo's check of a tree: every proven path stat'ed again and compared with its
 * stamp. A hit needs all of them anyway; a miss goes on to the end too, because what it
 * learns replaces discovery's own pass: whether the walk's witnesses (folders, `.gitignore`
 * files, links) still hold, so the same walk would find the same files, and each file's
 * stamp, for which discovery would stat it again.
 */
export interface TreeCheck {
  /** Every path has its stamp. */
  same: boolean;
  /** The paths before the files (migration record, witnesses) all have their stamps. */
  witnessesHold: boolean;
  /**
   * On a miss: each file that `lstat` showed a regular file, with its stamp as the check
   * took it (from which discovery has its version), by root-relative path.
   */
  files: Map<string, string>;
}

/** Paths between two turns of the event loop (a git child's output must be read). */
const step = 2048;

/**
 * Check `paths` (root-relative, "" the root; a trailing NUL marks a link witness) against
 * `stamps`; the last `fileCount` paths are files. Throws when a path cannot be stat'ed.
 */
export async function checkTree(
  root: string,
  paths: readonly string[],
  stamps: readonly string[],
  fileCount: number,
): Promise<TreeCheck> {
  if (paths.length !== stamps.length || fileCount > paths.length)
    return { same: false, witnessesHold: false, files: new Map() };
  const filesFrom = paths.length - fileCount;
  // Stamps of regular files, kept as references (a hit builds no map, keeps no Stats).
  const regular: (string | undefined)[] = new Array(fileCount);
  let witnessesHold = true;
  let same = true;
  for (let from = 0; from < paths.length; from += step) {
    const to = Math.min(paths.length, from + step);
    for (let i = from; i < to; i++) {
      const p = paths[i] as string;
      let stamp: string;
      if (i >= filesFrom) {
        const abs = absOf(root, p);
        const st = lstatSync(abs, { throwIfNoEntry: false });
        // A link's stamp is its target's, as discovery takes it.
        stamp = st?.isSymbolicLink() ? stampOf(abs) : stampOfStats(st);
        if (st?.isFile()) regular[i - filesFrom] = stamp;
      } else if (p.endsWith("\u0000")) {
        const abs = absOf(root, p.slice(0, -1));
        stamp = linkStampOf(abs, realOrNone(abs));
      } else stamp = stampOf(absOf(root, p));
      if (stamp !== stamps[i]) {
        same = false;
        if (i < filesFrom) witnessesHold = false;
      }
    }
    if (to < paths.length) await new Promise((resolve) => setImmediate(resolve));
  }
  const files = new Map<string, string>();
  if (!same)
    for (let i = 0; i < fileCount; i++) {
      const stamp = regular[i];
      if (stamp !== undefined) files.set(paths[filesFrom + i] as string, stamp);
    }
  return { same, witnessesHold, files };
}

const absOf = (root: string, rel: string) => (rel === "" ? root : `${root}${path.sep}${rel}`);

function realOrNone(abs: string): string | undefined {
  try {
    return realpathSync.native(abs);
  } catch {
    return undefined;
  }
}

/**
 * The walk's discovery rebuilt without reading a folder, when the caller has just proven
 * every witness of an earlier walk unchanged (the output memo's check): the same walk
 * would find the same files and skip the same paths. Files are stat'ed as the walk would
 * (a link by its target), unless `stamps` has them.
 */
export function replayedWalk(
  root: string,
  files: readonly string[],
  skipped: readonly SkippedFile[],
  witness: Witness,
  stamps: ReadonlyMap<string, string>,
): Discovery {
  const found: DiscoveredFile[] = [];
  const lost: SkippedFile[] = [...skipped];
  for (const file of files) {
    const abs = `${root}${path.sep}${file}`;
    try {
      const known = stamps.get(file);
      const stamp = known ?? stampOfStats(statSync(abs));
      found.push({ file, abs, version: versionOfStamp(stamp), stamp });
    } catch (error) {
      lost.push({ file, reason: `cannot stat: ${errorCode(error)}` });
    }
  }
  lost.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files: found, skipped: lost, witness };
}
