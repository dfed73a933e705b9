import path from "node:path";
import { visible } from "../reporters/escape/terminal.js";
import { escapedName, isUtf8Name, undecodableNameReason } from "../util/file-name.js";
import { unsafeTreePath } from "../util/tree-path.js";
import { linkReasons } from "./links.js";
import type { SkippedFile, SourceFile } from "./source.js";

/**
 * A commit's file list from `git ls-tree -r -z` output, read as bytes and judged by the
 * same rules as the working tree: names that are not UTF-8 are skipped with a reason,
 * symbolic links are analysed at their own path when they lead to a file inside the root
 * (never followed out of it), and paths that could climb out of a folder (`..`, `.git`,
 * absolute, backslashes; see tree-path) are never used at all.
 */

interface Entry {
  mode: string;
  type: string;
  id: string;
}

const linkMode = "120000";
const maxHops = 40; // as the Linux kernel's limit on nested links

export interface TreeListing {
  files: SourceFile[];
  skipped: SkippedFile[];
}

/** Reads blobs by id (the link targets); an Error for one that could not be read. */
export type BlobReader = (ids: readonly string[]) => (Uint8Array | Error)[];

/**
 * Entries straight from the bytes: one native UTF-8 check of the whole listing (the common
 * case; NUL and TAB never occur inside a multi-byte sequence, so then every name is valid),
 * and fresh strings per field, never slices of one big string that would keep it alive.
 */
function parseEntries(
  out: Buffer,
  considered: (file: string) => boolean,
  skipped: SkippedFile[],
): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const allUtf8 = isUtf8Name(out);
  for (let at = 0; at < out.length; ) {
    let end = out.indexOf(0, at);
    if (end === -1) end = out.length;
    const record = at;
    at = end + 1;
    const tab = out.indexOf(9, record);
    if (tab === -1 || tab > end) continue;
    const [mode = "", type = "", id = ""] = headerFields(out, record, tab);
    if (!allUtf8 && !isUtf8Name(out.subarray(tab + 1, end))) {
      const name = escapedName(out.subarray(tab + 1, end));
      if (considered(name)) skipped.push({ file: name, reason: undecodableNameReason });
      continue;
    }
    const file = out.toString("utf8", tab + 1, end);
    const unsafe = unsafeTreePath(file);
    if (unsafe) {
      skipped.push({
        file: visible(file),
        reason: `unsafe path in the commit (${unsafe}): not read`,
      });
      continue;
    }
    if (entries.has(file)) {
      skipped.push({ file, reason: "listed twice in the commit's tree: only the first is read" });
      continue;
    }
    entries.set(file, { mode, type, id });
  }
  return entries;
}

/**
 * `<mode> SP <type> SP <id>` before the tab. Nearly every type is "blob": the entries keep
 * the one literal instead of 16k strings of their own (the comparison's string dies young;
 * kept ones are copied by every scavenge: 45 → 25 ms per ansible listing).
 */
function headerFields(out: Buffer, from: number, tab: number): [string, string, string] {
  const s1 = out.indexOf(32, from);
  const s2 = s1 === -1 || s1 > tab ? -1 : out.indexOf(32, s1 + 1);
  if (s1 === -1 || s1 > tab || s2 === -1 || s2 > tab)
    return [out.toString("latin1", from, tab), "", ""];
  const isBlob = s2 === s1 + 5 && out.toString("latin1", s1 + 1, s2) === "blob";
  return [
    out.toString("latin1", from, s1),
    isBlob ? "blob" : out.toString("latin1", s1 + 1, s2),
    out.toString("latin1", s2 + 1, tab),
  ];
}

/** The blob a link resolves to inside the root, "folder" for a link to a folder, or a reason. */
function resolveLink(
  link: string,
  entries: ReadonlyMap<string, Entry>,
  targets: ReadonlyMap<string, string>,
  rootReal: string,
): { id: string } | "folder" | { reason: string } {
  let at = link;
  for (let hop = 0; hop < maxHops; hop++) {
    let target = targets.get(at);
    if (target === undefined) return { reason: linkReasons.broken };
    // An absolute link counts as the working tree would see it: inside when below the root.
    if (target.startsWith("/")) {
      if (!target.startsWith(`${rootReal}/`)) return { reason: linkReasons.outsideFile };
      target = path.posix.relative(path.posix.dirname(`${rootReal}/${at}`), target);
    }
    const next = path.posix.normalize(path.posix.join(path.posix.dirname(at), target));
    if (next === ".." || next.startsWith("../") || next.startsWith("/"))
      return { reason: linkReasons.outsideFile };
    const entry = entries.get(next);
    if (entry === undefined) {
      const prefix = `${next}/`;
      for (const file of entries.keys()) if (file.startsWith(prefix)) return "folder";
      return { reason: linkReasons.broken };
    }
    if (entry.type !== "blob") return "folder"; // a submodule
    if (entry.mode !== linkMode) return { id: entry.id };
    at = next;
  }
  return { reason: linkReasons.broken };
}

/**
 * The files of a commit that `considered` keeps (sorted by path), and what was skipped.
 * `rootReal` is the working tree's real root, to judge absolute links as the walker would.
 */
export function treeListing(
  out: Buffer,
  considered: (file: string) => boolean,
  readBlobs: BlobReader,
  rootReal: string,
): TreeListing {
  const skipped: SkippedFile[] = [];
  const entries = parseEntries(out, considered, skipped);
  const files: SourceFile[] = [];
  const links: string[] = [];
  for (const [file, e] of entries) {
    if (e.type !== "blob" || !e.id || !considered(file)) continue;
    if (e.mode === linkMode) links.push(file);
    else files.push({ file, version: e.id });
  }
  if (links.length > 0) {
    // Every link's target, as chains may pass through links that are not considered.
    const all = [...entries].filter(([, e]) => e.mode === linkMode);
    const contents = readBlobs(all.map(([, e]) => e.id));
    const targets = new Map<string, string>();
    all.forEach(([file], i) => {
      const bytes = contents[i];
      if (bytes instanceof Uint8Array && isUtf8Name(bytes))
        targets.set(file, Buffer.from(bytes).toString("utf8"));
    });
    for (const file of links) {
      const resolved = resolveLink(file, entries, targets, rootReal);
      if (resolved === "folder") continue; // not a file of the tree, as in the working tree
      if ("reason" in resolved) skipped.push({ file, reason: resolved.reason });
      else files.push({ file, version: resolved.id });
    }
  }
  const byFile = (a: { file: string }, b: { file: string }) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  return { files: files.sort(byFile), skipped: skipped.sort(byFile) };
}
