import { lstatSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { errorCode } from "../util/errors.js";
import { linkStampOf, stampOf, stampOfStats, versionOfStamp } from "./analysis-memo.js";
import { fileStampAt, stampWidth } from "./output-memo-store.js";
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
  /** Index (in the memo's files) and new stamp of each file whose stamp changed. */
  changed: ReadonlyMap<number, string>;
  /** Whether `lstat` showed file `i` a regular file (not a link). */
  regular: (i: number) => boolean;
}

/** Paths between two turns of the event loop (a git child's output must be read). */
const step = 2048;

/** What `lstat` showed a file to be, for the handover of a miss. */
enum Kind {
  Regular = 0,
  Other = 1,
}

/**
 * Check `paths` (root-relative, "" the root; a trailing NUL marks a link witness) against
 * their string `stamps`, then `files` against their numeric stamps (fileStampNumbers).
 * Throws when a path cannot be stat'ed.
 */
export async function checkTree(
  root: string,
  paths: readonly string[],
  stamps: readonly string[],
  files: readonly string[],
  fileStamps: Float64Array,
): Promise<TreeCheck> {
  const none = {
    same: false,
    witnessesHold: false,
    files: new Map<string, string>(),
    changed: new Map<number, string>(),
    regular: () => false,
  };
  if (paths.length !== stamps.length || fileStamps.length !== files.length * stampWidth)
    return none;
  let witnessesHold = true;
  for (let i = 0; i < paths.length; i++) {
    const p = paths[i] as string;
    let stamp: string;
    if (p.endsWith("\u0000")) {
      const abs = absOf(root, p.slice(0, -1));
      stamp = linkStampOf(abs, realOrNone(abs));
    } else stamp = stampOf(absOf(root, p));
    if (stamp !== stamps[i]) witnessesHold = false;
  }
  // Per file: whether lstat showed a regular file, and its new stamp where it changed
  // (a hit keeps no Stats and makes no string).
  const kinds = new Uint8Array(files.length);
  const changed = new Map<number, string>();
  for (let from = 0; from < files.length; from += step) {
    const to = Math.min(files.length, from + step);
    for (let i = from; i < to; i++) {
      const abs = absOf(root, files[i] as string);
      let st = lstatSync(abs, { throwIfNoEntry: false });
      if (!st?.isFile()) kinds[i] = Kind.Other;
      // A link's stamp is its target's, as discovery takes it.
      if (st?.isSymbolicLink()) st = statSync(abs, { throwIfNoEntry: false });
      const k = i * stampWidth;
      const same = st
        ? st.size === fileStamps[k] &&
          st.mtimeMs === fileStamps[k + 1] &&
          st.ctimeMs === fileStamps[k + 2] &&
          st.ino === fileStamps[k + 3] &&
          st.mode === fileStamps[k + 4]
        : fileStamps[k] === -1;
      if (!same) changed.set(i, stampOfStats(st));
    }
    if (to < files.length) await new Promise((resolve) => setImmediate(resolve));
  }
  const same = witnessesHold && changed.size === 0;
  const regular = new Map<string, string>();
  if (!same)
    for (let i = 0; i < files.length; i++)
      if (kinds[i] === Kind.Regular)
        regular.set(files[i] as string, changed.get(i) ?? fileStampAt(fileStamps, i));
  const isRegular = (i: number) => kinds[i] === Kind.Regular;
  return { same, witnessesHold, files: regular, changed, regular: isRegular };
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
