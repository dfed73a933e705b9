import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import path from "node:path";
import { stampOf } from "./analysis-memo.js";
import { readRegularText } from "./read-file.js";
import { writeFileSafely } from "./safe-write.js";
import type { SkippedFile } from "./source.js";

/**
 * The memo of a whole command's output, checked before the config is parsed or any of the
 * pipeline is loaded: its key is the config file's path and bytes and the flags; what it
 * holds proves that the working tree is the one analysed. A walked tree (no git work tree
 * at or above the root) is the same when every folder the walk read, every `.gitignore` it
 * honoured and every analysed file have the stamps they had before the analysis read them.
 */
export const outputMemoFormat = 3;

export interface OutputMemo {
  /** Hash of the tool version, config path and bytes, and the flags. */
  key: string;
  root: string;
  /** Real paths of the root and the config's folder (the root check compares them). */
  realRoot: string;
  realConfigDir: string;
  /** Analysed files and witnesses, root-relative. */
  files: string[];
  witnesses: string[];
  /** The stamps of witnessPaths(witnesses), in that order. */
  stamps: string[];
  /**
   * The files' stamps as numbers, five per file (see fileStampNumbers): a hit compares
   * them with each `lstat` without making a string.
   */
  fileStamps: Float64Array;
  /**
   * What the walk skipped (links out of the root, unreadable folders): with unchanged
   * witnesses a miss rebuilds the walk's discovery from these lists, reading no folder.
   */
  skipped?: readonly SkippedFile[] | undefined;
  /** What the command wrote to stderr before its output (config problems). */
  stderr: string;
  /**
   * Inside a git work tree: the hash of git's listing (git-listing.ts) and the HEAD commit
   * the output names (null before the first commit). Absent for a walked tree.
   */
  git?: { listing: string; commit: string | null } | undefined;
  /**
   * Which files' contents can change without changing the output (analyze's InertFiles):
   * the prefilter's needles, a bitset of the inert files (base64, bit i for files[i]) and
   * the sha1 of the encoded scan of each file read in full (`index hash` lines). A miss
   * where only such files changed, and stayed inert or kept their scan, replays the output
   * all the same.
   */
  contents?: { needles: string[]; classes: boolean; inert: string; scans: string } | undefined;
}

/** The output memo of one config file and set of flags (`slot`), next to the scan cache. */
export function outputMemoFile(cacheDir: string, slot: string): string {
  return path.join(cacheDir, `output-${slot.slice(0, 16)}.json`);
}

export function outputMemoKey(parts: readonly unknown[]): string {
  return createHash("sha256")
    .update(JSON.stringify([outputMemoFormat, ...parts]))
    .digest("hex");
}

/** Folders and files the hit must find unchanged beyond the walk: the migration record. */
export const extraWitnesses = [".ssot", ".ssot/last-migration.json"];

/**
 * The paths a tree's string stamps cover, checked before the files: the migration record,
 * then the witnesses (an added or removed file changes a folder, and there are fewer).
 */
export const witnessPaths = (witnesses: readonly string[]) => [...extraWitnesses, ...witnesses];

/** Numbers per file in `fileStamps`: size, mtimeMs, ctimeMs, ino, mode. */
export const stampWidth = 5;

/**
 * File stamps (stampOfStats's strings) as numbers; an absent file ("-") has size -1.
 * Number() gives back exactly the double that was printed, so nothing is lost.
 */
export function fileStampNumbers(stamps: readonly string[]): Float64Array {
  const numbers = new Float64Array(stamps.length * stampWidth);
  stamps.forEach((stamp, i) => {
    const parts = stamp === "-" ? ["-1", "0", "0", "0", "0"] : stamp.split(":");
    for (let k = 0; k < stampWidth; k++) numbers[i * stampWidth + k] = Number(parts[k]);
  });
  return numbers;
}

/** The string stamp of file `i` in `numbers` (the inverse of fileStampNumbers). */
export function fileStampAt(numbers: Float64Array, i: number): string {
  const k = i * stampWidth;
  if (numbers[k] === -1) return "-";
  return `${numbers[k]}:${numbers[k + 1]}:${numbers[k + 2]}:${numbers[k + 3]}:${numbers[k + 4]}`;
}

/** The stamps of `paths` (root-relative, "" the root), in order. */
export function treeStamps(root: string, paths: readonly string[]): string[] {
  return paths.map((p) => stampOf(absOf(root, p)));
}

const absOf = (root: string, rel: string) => (rel === "" ? root : `${root}${path.sep}${rel}`);

/**
 * No git work tree can claim the root: no `.git` at it or above it. Inside one, git's
 * listing (its index, its ignore rules) and HEAD decide, and the memo must hold both.
 */
export function outsideGit(root: string): boolean {
  for (let dir = root; ; dir = path.dirname(dir)) {
    if (statSync(path.join(dir, ".git"), { throwIfNoEntry: false })) return false;
    if (path.dirname(dir) === dir) return true;
  }
}

/** The memo's record and output when its key matches; undefined when missing or unusable. */
export function readOutputMemo(
  file: string,
  key: string,
): { memo: OutputMemo; output: string } | undefined {
  try {
    const text = readRegularText(file, { what: "the output memo" });
    if (text === undefined) return undefined;
    const newline = text.indexOf("\n");
    if (newline < 0) return undefined;
    // The lists are stored as one text each: far less to parse and collect than arrays.
    const stored = JSON.parse(text.slice(0, newline)) as Stored;
    if (stored.key !== key) return undefined;
    const memo = {
      ...stored,
      files: split(stored.files),
      witnesses: split(stored.witnesses),
      stamps: split(stored.stamps),
      fileStamps: numbersOf(stored.fileStamps),
    };
    if (memo.fileStamps.length !== memo.files.length * stampWidth) return undefined;
    return { memo, output: text.slice(newline + 1) };
  } catch {
    return undefined; // only an accelerator
  }
}

type Stored = Omit<OutputMemo, "files" | "witnesses" | "stamps" | "fileStamps"> & {
  files: string;
  witnesses: string;
  stamps: string;
  /** base64 of the numbers' bytes. */
  fileStamps: string;
};

function numbersOf(base64: string): Float64Array {
  const bytes = Buffer.from(base64, "base64");
  // Copied: a decoded Buffer may sit at an offset a Float64Array cannot start at.
  const numbers = new Float64Array(Math.floor(bytes.length / 8));
  new Uint8Array(numbers.buffer).set(bytes.subarray(0, numbers.length * 8));
  return numbers;
}
// Each path after a newline ("" is the root, so an empty list and [""] differ).
const NL = "\n";
const split = (text: string) => text.split(NL).slice(1);
const joined = (paths: readonly string[]) => paths.map((p) => NL + p).join("");

export function writeOutputMemo(file: string, memo: OutputMemo, output: string): void {
  // A newline in a name (legal on POSIX) would split one path in two: such a tree gets no memo.
  if (memo.files.some((p) => p.includes(NL)) || memo.witnesses.some((p) => p.includes(NL))) return;
  const stored: Stored = {
    ...memo,
    files: joined(memo.files),
    witnesses: joined(memo.witnesses),
    stamps: joined(memo.stamps),
    fileStamps: Buffer.from(
      memo.fileStamps.buffer,
      memo.fileStamps.byteOffset,
      memo.fileStamps.byteLength,
    ).toString("base64"),
  };
  writeFileSafely(file, [`${JSON.stringify(stored)}\n`, output]);
}
