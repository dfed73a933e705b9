import { hash } from "node:crypto";
import path from "node:path";
import type { InertFiles } from "../analyze/index.js";
import { scanText } from "../languages/python/scan-codec.js";
import type { PythonScan } from "../languages/python/scan-types.js";
import { stampOf } from "../workspace/analysis-memo.js";
import type { OutputMemo } from "../workspace/output-memo-store.js";
import { readRegularFile } from "../workspace/read-file.js";
import type { TreeCheck } from "../workspace/tree-check.js";

/**
 * The output memo's record of which contents matter (OutputMemo.contents), so that a run
 * after an edit that cannot change the output (a comment in a file no configured path is
 * named in, a file touched but not changed, an edit that leaves a file's scan as it was)
 * replays it instead of analysing again.
 */

type Contents = NonNullable<OutputMemo["contents"]>;

// One-shot hashing: a hasher object per file costs more than the hash of a small input.
const sha1 = (data: Uint8Array | string) => hash("sha1", data, "hex");

/**
 * A scan's identity: everything the analysis takes from a file read in full is its scan
 * (imports with their lines and offsets, strings, classes, warn calls, names, pragmas,
 * parse errors), so an edit that leaves it equal changes nothing in the output.
 */
const scanHash = (scan: PythonScan) => sha1(scanText(scan));

/** A source file's bytes, or undefined when it is not a readable regular file now. */
function bytesOf(abs: string): Buffer | undefined {
  try {
    return readRegularFile(abs, { what: "a source file" });
  } catch {
    return undefined;
  }
}

/**
 * The contents record of a run that analysed `files`: the inert files, and the hash of the
 * scan the analysis used of each file read in full (the very scan it used, so no file is
 * read again here). Undefined when a file read in full has no scan on record.
 */
export function contentsOf(files: readonly string[], facts: InertFiles): Contents | undefined {
  const index = new Map(files.map((file, i) => [file, i]));
  const bits = new Uint8Array(Math.ceil(files.length / 8));
  for (const file of facts.inert) {
    const i = index.get(file);
    if (i !== undefined) bits[i >> 3] = (bits[i >> 3] as number) | (1 << (i & 7));
  }
  let scans = "";
  for (const file of facts.scanned) {
    const i = index.get(file);
    const scan = facts.scanOf(file);
    if (i === undefined || !scan) return undefined;
    scans += `${i} ${scanHash(scan)}\n`;
  }
  return {
    needles: [...facts.needles],
    classes: facts.classes,
    inert: Buffer.from(bits).toString("base64"),
    scans,
  };
}

/**
 * Whether every file whose stamp changed (a walk or listing that still holds) changed
 * nothing the output depends on: an inert file that the prefilter still lets go (without
 * `class`, when classes count), or a file read in full whose scan is the same (the
 * prefilter still keeping it): a touch, a comment, code that moves no import, string,
 * class, name or pragma. Reads and scans only the changed files.
 */
export async function onlyInertChanges(
  root: string,
  memo: OutputMemo,
  check: TreeCheck,
): Promise<boolean> {
  const { contents } = memo;
  if (!contents?.scans || check.changed.size === 0) return false;
  const inert = Buffer.from(contents.inert, "base64");
  const scans = new Map<number, string>();
  for (const line of contents.scans.split("\n")) {
    const space = line.indexOf(" ");
    if (space > 0) scans.set(Number(line.slice(0, space)), line.slice(space + 1));
  }
  // The scanner's modules only when a file must be judged or scanned again.
  let judge: Awaited<ReturnType<typeof scanJudge>> | undefined;
  for (const [i, stamp] of check.changed) {
    const file = memo.files[i];
    if (file === undefined || !check.regular(i)) return false;
    const abs = `${root}${path.sep}${file}`;
    const bytes = bytesOf(abs);
    if (!bytes) return false;
    const isInert = (((inert[i >> 3] ?? 0) >> (i & 7)) & 1) === 1;
    const known = scans.get(i);
    if (!isInert && known === undefined) return false; // not a file whose scan is on record
    judge ??= await scanJudge(contents.needles, contents.classes);
    if (isInert ? !judge.inert(file, bytes) : judge.scanHash(file, bytes) !== known) return false;
    // A write between the stat and the read: judge again next time.
    if (stampOf(abs) !== stamp) return false;
  }
  return true;
}

/**
 * Bytes judged as the analysis would: `inert` when the prefilter lets them go (without
 * `class` when classes are asked for); `scanHash` of their scan when the prefilter keeps
 * them (undefined when it lets them go or they look binary: not the file it was).
 */
async function scanJudge(needles: readonly string[], classes: boolean) {
  const [{ scanOne }, { needleBytes }] = await Promise.all([
    import("../analyze/scan/scan-one.js"),
    import("../analyze/scan/prefilter.js"),
  ]);
  const prepared = needleBytes({ needles: [...needles] });
  return {
    inert: (file: string, bytes: Buffer) => {
      const result = scanOne(file, bytes, prepared);
      return "filtered" in result && !(classes && result.filtered.hasClass);
    },
    scanHash: (file: string, bytes: Buffer) => {
      const result = scanOne(file, bytes, prepared);
      return "scan" in result ? scanHash(result.scan) : undefined;
    },
  };
}
