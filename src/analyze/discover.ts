import {
  type Dirent,
  lstatSync,
  readdirSync,
  readFileSync,
  realpathSync,
  type Stats,
  statSync,
} from "node:fs";
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import picomatch from "picomatch";
import { errorCode } from "../util/errors.js";
import { toPosix } from "../util/paths.js";
import { gitListing } from "./discover-git.js";
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
  /** Ask git for the file list when the root is in a git work tree (default true). */
  useGit?: boolean;
}

interface Frame {
  dir: string;
  rel: string;
  rules: { base: string; ig: Ignore }[];
}

/**
 * Never walked: version-control internals, our own state (baseline, history, backups), and
 * installed npm packages (which ship Python helpers, e.g. node-gyp's).
 */
const alwaysSkipped = new Set([".git", ".hg", ".svn", ".ssot", "node_modules"]);
const isOwnState = (file: string) => file.startsWith(".ssot/");

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
 * The files of the working tree, sorted by path so everything built on them is stable.
 * Inside a git work tree git itself says which files exist and which are ignored (tracked
 * files are never ignored, as in git); elsewhere the tree is walked, honouring `.gitignore`
 * files at every level. `exclude` globs apply on top of both.
 */
export function discoverWorkingTree(options: DiscoverOptions): Discovery {
  const excluded = picomatch(options.exclude.length > 0 ? [...options.exclude] : ["\0"], {
    dot: true,
  });
  const listed = options.useGit === false ? undefined : gitListing(options.root);
  const found = listed ? fromGitListing(options, listed, excluded) : walk(options, excluded);
  found.files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  found.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return found;
}

function fromGitListing(
  options: DiscoverOptions,
  listed: string[],
  excluded: (f: string) => boolean,
): Discovery {
  const files: DiscoveredFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of listed) {
    const name = file.slice(file.lastIndexOf("/") + 1);
    if (!options.accept(name) || excluded(file) || isOwnState(file)) continue;
    const abs = `${options.root}${path.sep}${file}`;
    let st: Stats | undefined;
    try {
      st = statSync(abs, { throwIfNoEntry: false });
    } catch (error) {
      skipped.push({ file, reason: `cannot stat: ${errorCode(error)}` });
      continue;
    }
    if (st === undefined && lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink()) {
      skipped.push({ file, reason: "broken symbolic link" });
    }
    // Otherwise gone from the working tree (deleted, not yet committed), or a link to a
    // folder, which git does not follow either.
    if (!st?.isFile()) continue;
    files.push({ file, abs, version: `${st.size}:${st.mtimeMs}:${st.ino}` });
  }
  return { files, skipped };
}

/** Walk a plain folder: `.gitignore` files honoured, symlinked folders outside the tree followed once. */
function walk(options: DiscoverOptions, excluded: (f: string) => boolean): Discovery {
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
      // Plain concatenation: path.join normalises every path, a measurable cost per file.
      const abs = `${frame.dir}${path.sep}${name}`;
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
  return { files, skipped };
}
