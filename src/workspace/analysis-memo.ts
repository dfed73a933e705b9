import { createHash } from "node:crypto";
import { type Stats, statSync } from "node:fs";
import path from "node:path";
import type { AnalysisResult } from "../result/schema.js";
import { readRegularText } from "../workspace/read-file.js";
import { writeFileSafely } from "../workspace/safe-write.js";
import type { SkippedFile, SourceFile } from "./source.js";

/**
 * The whole result of the last working-tree analysis, reused when nothing it read has
 * changed: a warm run with no change then scans, classifies and measures nothing. The key
 * covers everything the analysis reads: the tool version, the rules (config hash), where
 * the config and root are, every analysed file's path and version (size, mtime, inode),
 * what discovery skipped, the HEAD commit and the last migration record.
 */
export const memoFormat = 1;

export interface MemoInputs {
  tool: string;
  configHash: string;
  configFile: string;
  root: string;
  files: readonly SourceFile[];
  skipped: readonly SkippedFile[];
  commit?: string | undefined;
  lastMigration?: { planned: number; applied: number } | undefined;
  /** Anything else the analysis depends on (JS/TS: the installed packages' stamp). */
  extra?: string | undefined;
}

export function memoKey(inputs: MemoInputs): string {
  const hash = createHash("sha256");
  hash.update(
    JSON.stringify([
      memoFormat,
      inputs.tool,
      inputs.configHash,
      inputs.configFile,
      inputs.root,
      inputs.commit ?? null,
      inputs.lastMigration ?? null,
      inputs.extra ?? null,
      inputs.skipped,
    ]),
  );
  // NUL cannot occur in a path or a version: the pairs cannot run into each other.
  for (const f of inputs.files) hash.update(`\n${f.file}\u0000${f.version}`);
  return hash.digest("hex");
}

/** One memo file per analysed root, next to its scan cache. */
export function memoFile(cacheDir: string, root: string): string {
  const key = createHash("sha1").update(root).digest("hex").slice(0, 16);
  return path.join(cacheDir, `result-${key}.json`);
}

/** The memoised result when its key matches; undefined for a missing, stale or corrupt memo. */
export function readMemo(file: string, key: string): AnalysisResult | undefined {
  try {
    const text = readRegularText(file, { what: "the result memo" });
    if (text === undefined) return undefined;
    const newline = text.indexOf("\n");
    if (newline < 0 || text.slice(0, newline) !== key) return undefined;
    return JSON.parse(text.slice(newline + 1)) as AnalysisResult;
  } catch {
    // Only an accelerator: anything unusable means analysing again.
    return undefined;
  }
}

/** Write the memo (key line, then the result JSON); throws when it cannot be written. */
export function writeMemo(file: string, key: string, result: AnalysisResult): void {
  writeFileSafely(file, `${key}\n${JSON.stringify(result)}`);
}

/**
 * JS/TS resolution also looks into `node_modules`, which discovery never lists: an install
 * or update there changes its lock file and folder, so their stat is part of the key.
 */
export function installedPackagesStamp(root: string): string {
  return ["node_modules", "node_modules/.package-lock.json"]
    .map((p) => stampOf(path.join(root, p)))
    .join(",");
}

/**
 * A path's stat as a memo compares it: size, modification and change times, inode, mode
 * ("-" when absent). A folder's times change when an entry is added, removed or renamed,
 * or its permissions change; a file's when it is written.
 */
export function stampOf(abs: string): string {
  return stampOfStats(statSync(abs, { throwIfNoEntry: false }));
}

/**
 * A symbolic link as a witness: its path with a NUL after it (no path holds one), its stamp
 * the target's stamp and real path ("" when it cannot be resolved).
 */
export const linkWitness = (rel: string) => `${rel}\u0000`;

export function linkStampOf(abs: string, real?: string): string {
  return `${stampOf(abs)}@${real ?? ""}`;
}

/** The stamp of a stat already taken (see stampOf). */
export function stampOfStats(st: Stats | undefined): string {
  return st ? `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}:${st.mode}` : "-";
}

/** The version within a stamp (see stampOfStats): the same as working-tree.ts's versionOf. */
export const versionOfStamp = (stamp: string) => stamp.slice(0, stamp.lastIndexOf(":"));

/**
 * A stamp changed within this long of being taken cannot prove anything: file systems
 * keep times in ticks (up to 2 s on FAT), and a write in the same tick leaves it as it was.
 */
export const racyMs = 2000;

/** Whether a stamp's change time is at or after `since` ("-", a missing path, never is). */
export function isRacy(stamp: string, since: number): boolean {
  if (stamp === "-" || stamp.startsWith("-@")) return false;
  const at = stamp.indexOf(":", stamp.indexOf(":") + 1) + 1;
  return !(Number(stamp.slice(at, stamp.indexOf(":", at))) < since);
}
