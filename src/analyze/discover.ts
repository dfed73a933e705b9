import { type Dirent, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import picomatch from "picomatch";
import { errorCode } from "../util/errors.js";
import { toPosix } from "../util/paths.js";
import type { SkippedFile, SourceFile } from "./source.js";

/** A file found in the working tree; `version` is what the cache needs to trust it unchanged. */
export interface DiscoveredFile extends SourceFile {
  abs: string;
}

export interface Discovery {
  files: DiscoveredFile[];
  skipped: SkippedFile[];
}

export interface DiscoverOptions {
  root: string;
  /** Extra exclude globs (repository-relative). */
  exclude: readonly string[];
  /** Which file names to keep (e.g. `.py`, `.md`). */
  accept: (file: string) => boolean;
}

interface Frame {
  dir: string;
  rel: string;
  rules: { base: string; ig: Ignore }[];
}

/** Always skipped: version-control internals and our own state folder's cache. */
const alwaysSkipped = new Set([".git", ".hg", ".svn"]);

function readGitignore(dir: string, rel: string): { base: string; ig: Ignore } | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(dir, ".gitignore"), "utf8");
  } catch {
    return undefined; // unreadable: git would not use it either
  }
  return { base: rel, ig: ignore().add(text) };
}

/**
 * Follow a symlinked folder only when it leads outside the tree and was not followed yet:
 * a target inside the tree is walked through its real path anyway, and this is what stops
 * link loops.
 */
function followLink(
  abs: string,
  rel: string,
  rootReal: string,
  seen: Set<string>,
  skipped: SkippedFile[],
): boolean {
  let real: string;
  try {
    real = realpathSync.native(abs);
  } catch (error) {
    skipped.push({ file: rel, reason: `cannot resolve: ${errorCode(error)}` });
    return false;
  }
  if (real === rootReal || real.startsWith(`${rootReal}${path.sep}`) || seen.has(real))
    return false;
  seen.add(real);
  return true;
}

function isIgnored(rules: Frame["rules"], rel: string, isDir: boolean): boolean {
  for (const { base, ig } of rules) {
    const sub = base === "" ? rel : rel.slice(base.length + 1);
    if (ig.ignores(isDir ? `${sub}/` : sub)) return true;
  }
  return false;
}

/**
 * Walk the working tree: `.gitignore` files at every level are honoured, `exclude` globs
 * applied, symlinked folders outside the tree followed once (no loops), unreadable
 * entries reported in `skipped`. Sorted by path, so every output built on it is stable.
 */
export function discoverWorkingTree(options: DiscoverOptions): Discovery {
  const excluded = picomatch(options.exclude.length > 0 ? [...options.exclude] : ["\0"], {
    dot: true,
  });
  const files: DiscoveredFile[] = [];
  const skipped: SkippedFile[] = [];
  const seenDirs = new Set<string>();
  const rootReal = realpathSync.native(options.root);
  const stack: Frame[] = [{ dir: options.root, rel: "", rules: [] }];

  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    let entries: Dirent[];
    try {
      entries = readdirSync(frame.dir, { withFileTypes: true });
    } catch (error) {
      skipped.push({ file: frame.rel || ".", reason: `cannot read folder: ${errorCode(error)}` });
      continue;
    }
    // Only read a .gitignore that is there: a failed open per folder costs more than the walk.
    const own = entries.some((e) => e.name === ".gitignore")
      ? readGitignore(frame.dir, frame.rel)
      : undefined;
    const rules = own ? [...frame.rules, own] : frame.rules;
    for (const entry of entries) {
      const name = entry.name;
      const rel = frame.rel === "" ? name : `${frame.rel}/${name}`;
      const abs = path.join(frame.dir, name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      const isLink = entry.isSymbolicLink();
      if (isLink) {
        try {
          const target = statSync(abs);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          if (options.accept(name)) skipped.push({ file: rel, reason: "broken symbolic link" });
          continue;
        }
      }
      if (isDir) {
        if (
          alwaysSkipped.has(name) ||
          isIgnored(rules, rel, true) ||
          excluded(rel) ||
          excluded(`${rel}/`)
        )
          continue;
        if (isLink && !followLink(abs, rel, rootReal, seenDirs, skipped)) continue;
        stack.push({ dir: abs, rel, rules });
      } else if (isFile && options.accept(name)) {
        if (isIgnored(rules, rel, false) || excluded(rel)) continue;
        try {
          const st = statSync(abs);
          files.push({ file: toPosix(rel), abs, version: `${st.size}:${st.mtimeMs}:${st.ino}` });
        } catch (error) {
          skipped.push({ file: rel, reason: `cannot stat: ${errorCode(error)}` });
        }
      }
    }
  }
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, skipped };
}
