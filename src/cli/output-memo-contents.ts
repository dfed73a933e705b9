import { createHash } from "node:crypto";
import path from "node:path";
import type { InertFiles } from "../analyze/index.js";
import { stampOf } from "../workspace/analysis-memo.js";
import type { OutputMemo } from "../workspace/output-memo-store.js";
import { readRegularFile } from "../workspace/read-file.js";
import type { TreeCheck } from "../workspace/tree-check.js";

/**
 * The output memo's record of which contents matter (OutputMemo.contents), so that a run
 * after an edit that cannot change the output (a comment in a file no configured path is
 * named in, a file touched but not changed) replays it instead of analysing again.
 */

type Contents = NonNullable<OutputMemo["contents"]>;

const sha1 = (bytes: Uint8Array) => createHash("sha1").update(bytes).digest("hex");

/** A source file's bytes, or undefined when it is not a readable regular file now. */
function bytesOf(abs: string): Buffer | undefined {
  try {
    return readRegularFile(abs, { what: "a source file" });
  } catch {
    return undefined;
  }
}

/**
 * The contents record of a run that analysed `files` (with the stamps discovery took);
 * undefined when a file read in full changed since it was analysed (its hash would not be
 * of the bytes the output was made from).
 */
export function contentsOf(
  root: string,
  files: readonly string[],
  stamps: readonly string[],
  facts: InertFiles,
): Contents | undefined {
  const index = new Map(files.map((file, i) => [file, i]));
  const bits = new Uint8Array(Math.ceil(files.length / 8));
  for (const file of facts.inert) {
    const i = index.get(file);
    if (i !== undefined) bits[i >> 3] = (bits[i >> 3] as number) | (1 << (i & 7));
  }
  let hashes = "";
  for (const file of facts.scanned) {
    const i = index.get(file);
    if (i === undefined) return undefined;
    const abs = `${root}${path.sep}${file}`;
    const bytes = bytesOf(abs);
    // Stamped after the read: the bytes hashed are the ones analysed only if it held.
    if (!bytes || stampOf(abs) !== stamps[i]) return undefined;
    hashes += `${i} ${sha1(bytes)}\n`;
  }
  return {
    needles: [...facts.needles],
    classes: facts.classes,
    inert: Buffer.from(bits).toString("base64"),
    hashes,
  };
}

/**
 * Whether every file whose stamp changed (a walk or listing that still holds) changed
 * nothing the output depends on: an inert file that the prefilter still lets go (without
 * `class`, when classes count), or a file read in full whose bytes are the same. Reads
 * only the changed files.
 */
export async function onlyInertChanges(
  root: string,
  memo: OutputMemo,
  check: TreeCheck,
): Promise<boolean> {
  const { contents } = memo;
  if (!contents || check.changed.size === 0) return false;
  const inert = Buffer.from(contents.inert, "base64");
  const hashes = new Map<number, string>();
  for (const line of contents.hashes.split("\n")) {
    const space = line.indexOf(" ");
    if (space > 0) hashes.set(Number(line.slice(0, space)), line.slice(space + 1));
  }
  // The scanner's modules only when an inert file must be judged again.
  let judge: ((file: string, bytes: Buffer) => boolean) | undefined;
  for (const [i, stamp] of check.changed) {
    const file = memo.files[i];
    if (file === undefined || !check.regular(i)) return false;
    const abs = `${root}${path.sep}${file}`;
    const bytes = bytesOf(abs);
    if (!bytes) return false;
    if (((inert[i >> 3] ?? 0) >> (i & 7)) & 1) {
      judge ??= await inertJudge(contents.needles, contents.classes);
      if (!judge(file, bytes)) return false;
    } else if (hashes.get(i) !== sha1(bytes)) return false;
    // A write between the stat and the read: judge again next time.
    if (stampOf(abs) !== stamp) return false;
  }
  return true;
}

/**
 * Whether the prefilter lets these bytes go (without `class` when classes are asked for),
 * as the analysis would judge them.
 */
async function inertJudge(needles: readonly string[], classes: boolean) {
  const [{ scanOne }, { needleBytes }] = await Promise.all([
    import("../analyze/scan/scan-one.js"),
    import("../analyze/scan/prefilter.js"),
  ]);
  const prepared = needleBytes({ needles: [...needles] });
  return (file: string, bytes: Buffer) => {
    const result = scanOne(file, bytes, prepared);
    return "filtered" in result && !(classes && result.filtered.hasClass);
  };
}
