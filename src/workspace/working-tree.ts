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
import { escapedName, isUtf8Name, undecodableNameReason } from "../util/file-name.js";
import { toPosix } from "../util/paths.js";
import {
  linkStampOf,
  linkWitness,
  stampOf,
  stampOfStats,
  versionOfStamp,
} from "./analysis-memo.js";
import { type GitListing, gitListing } from "./git-listing.js";
import { isOwnState } from "./layout.js";
import { isInside, linkReasons, resolveLink } from "./links.js";
import type { SkippedFile, SourceFile } from "./source.js";

/** A file found in the working tree; `version` is what the cache needs to trust it unchanged. */
export interface DiscoveredFile extends SourceFile {
  abs: string;
  /** With `witness`: the file's stamp (see analysis-memo.ts), from the same stat. */
  stamp?: string;
}

export interface Discovery {
  files: DiscoveredFile[];
  skipped: SkippedFile[];
  /**
   * With `witness`: every folder the walk read and every `.gitignore` it honoured, each with
   * its stat taken before it was read, and every symbolic link with its target's stat and
   * real path. Unchanged, together with the files' stamps, they prove the same walk would
   * find the same files. From a git listing: the listing's hash, and the symbolic links
   * among the files it names (git lists a link, not where it points).
   */
  witness?: Witness | undefined;
}

/** Paths relative to the root ("" is the root itself) and their stamps, in walk order. */
export interface Witness {
  paths: string[];
  stamps: string[];
  /** Set when git listed the files: the hash of its listing (git-listing.ts). */
  gitListing?: string;
}

export interface DiscoverOptions {
  root: string;
  /** Extra exclude globs (repository-relative). */
  exclude: readonly string[];
  /** Which file names to keep (e.g. `.py`, `.md`). */
  accept: (file: string) => boolean;
  /** Ask git for the file list when the root is in a git work tree (default true). */
  useGit?: boolean;
  /** Record the walk's `witness` (see Discovery). */
  witness?: boolean;
  /** git's listing of the root when the caller already has it (the output memo's check). */
  listing?: GitListing;
  /**
   * Stamps of regular files (not links) taken just before by the caller (the output
   * memo's check), by path: such a file is not stat'ed again.
   */
  stamps?: ReadonlyMap<string, string>;
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

function readGitignore(
  dir: string,
  rel: string,
  witness: Witness | undefined,
): { base: string; ig: Ignore } | undefined {
  if (witness) {
    witness.paths.push(rel === "" ? ".gitignore" : `${rel}/.gitignore`);
    witness.stamps.push(stampOf(path.join(dir, ".gitignore")));
  }
  let text: string;
  try {
    text = readFileSync(path.join(dir, ".gitignore"), "utf8");
  } catch {
    return undefined; // unreadable: git would not use it either
  }
  return { base: rel, ig: ignore().add(text) };
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
  const listed =
    options.useGit === false ? undefined : (options.listing ?? gitListing(options.root));
  const found = listed ? fromGitListing(options, listed, excluded) : walk(options, excluded);
  found.files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  found.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return found;
}

/**
 * What a file's scan is trusted by: size, modification and change times, inode. The change
 * time because no program can set it: a file rewritten with its old size and given back its
 * old modification time still differs.
 */
const versionOf = (st: Stats) => `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}`;

const nameOf = (file: string) => file.slice(file.lastIndexOf("/") + 1);

function fromGitListing(
  options: DiscoverOptions,
  listed: GitListing,
  excluded: (f: string) => boolean,
): Discovery {
  const files: DiscoveredFile[] = [];
  const skipped: SkippedFile[] = [];
  const witness: Witness | undefined = options.witness
    ? { paths: [], stamps: [], gitListing: listed.hash }
    : undefined;
  let rootReal: string | undefined;
  for (const file of listed.undecodable) {
    if (options.accept(nameOf(file)) && !excluded(file) && !isOwnState(file))
      skipped.push({ file, reason: undecodableNameReason });
  }
  for (const file of listed.files) {
    if (!options.accept(nameOf(file)) || excluded(file) || isOwnState(file)) continue;
    const abs = `${options.root}${path.sep}${file}`;
    const stamp = options.stamps?.get(file);
    if (stamp !== undefined) {
      files.push({ file, abs, version: versionOfStamp(stamp), ...(witness ? { stamp } : {}) });
      continue;
    }
    let st: Stats | undefined;
    let linked = false;
    try {
      // lstat, not stat: as cheap, and a link is judged before anything is read through it.
      st = lstatSync(abs, { throwIfNoEntry: false });
      if (st?.isSymbolicLink()) {
        linked = true;
        const link = resolveLink(abs);
        // Where a link points can change while git's listing stays the same.
        if (witness) {
          witness.paths.push(linkWitness(file));
          witness.stamps.push(linkStampOf(abs, "real" in link ? link.real : undefined));
        }
        rootReal ??= realpathSync.native(options.root);
        if ("reason" in link) {
          skipped.push({ file, reason: link.reason });
          continue;
        }
        st = statSync(link.real);
        if (!isInside(rootReal, link.real)) {
          // A link to a folder is not a file of the tree (git does not follow it either).
          if (st.isFile()) skipped.push({ file, reason: linkReasons.outsideFile });
          continue;
        }
      }
    } catch (error) {
      skipped.push({ file, reason: `cannot stat: ${errorCode(error)}` });
      // No stamp can prove this path unchanged: a witness that never matches.
      witness?.paths.push(file);
      witness?.stamps.push("?");
      continue;
    }
    // Otherwise gone from the working tree (deleted, not yet committed), or a link to a
    // folder, which git does not follow either.
    if (!st?.isFile()) {
      // git still lists a deleted file: should it come back, its stamp must differ.
      if (witness && !linked) {
        witness.paths.push(file);
        witness.stamps.push(stampOfStats(st));
      }
      continue;
    }
    files.push({
      file,
      abs,
      version: versionOf(st),
      ...(witness ? { stamp: stampOfStats(st) } : {}),
    });
  }
  return { files, skipped, ...(witness ? { witness } : {}) };
}

/**
 * Names that are not UTF-8 in one folder (Node shows their bytes as U+FFFD): files the
 * caller would accept and folders (whose files cannot be walked by name) are skipped.
 */
function undecodableEntries(
  dir: string,
  rel: string,
  accept: (name: string) => boolean,
): { valid: Set<string>; skipped: SkippedFile[] } {
  const valid = new Set<string>();
  const skipped: SkippedFile[] = [];
  for (const raw of readdirSync(dir, { encoding: "buffer" })) {
    if (isUtf8Name(raw)) {
      valid.add(raw.toString("utf8"));
      continue;
    }
    const name = escapedName(raw);
    const file = rel === "" ? name : `${rel}/${name}`;
    const st = lstatSync(Buffer.concat([Buffer.from(`${dir}${path.sep}`), raw]), {
      throwIfNoEntry: false,
    });
    if (st?.isDirectory())
      skipped.push({ file, reason: undecodableNameReason.replace("file", "folder") });
    else if (accept(raw.toString("utf8"))) skipped.push({ file, reason: undecodableNameReason });
  }
  return { valid, skipped };
}

/** Walk a plain folder: `.gitignore` files honoured, no link followed out of the root. */
function walk(options: DiscoverOptions, excluded: (f: string) => boolean): Discovery {
  const files: DiscoveredFile[] = [];
  const skipped: SkippedFile[] = [];
  const rootReal = realpathSync.native(options.root);
  const stack: Frame[] = [{ dir: options.root, rel: "", rules: [] }];
  const witness: Witness | undefined = options.witness ? { paths: [], stamps: [] } : undefined;

  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    // Stamped before it is read: a change after the stamp can only make the next run miss.
    if (witness) {
      witness.paths.push(frame.rel);
      witness.stamps.push(stampOf(frame.dir));
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(frame.dir, { withFileTypes: true });
    } catch (error) {
      skipped.push({ file: frame.rel || ".", reason: `cannot read folder: ${errorCode(error)}` });
      continue;
    }
    // Node shows bytes that are not UTF-8 as U+FFFD: such names are sorted out as bytes.
    if (entries.some((e) => e.name.includes("\uFFFD"))) {
      const odd = undecodableEntries(frame.dir, frame.rel, options.accept);
      skipped.push(...odd.skipped);
      entries = entries.filter((e) => !e.name.includes("\uFFFD") || odd.valid.has(e.name));
    }
    // Only read a .gitignore that is there (and a file: a pipe would block the read).
    const own = entries.some((e) => e.name === ".gitignore" && e.isFile())
      ? readGitignore(frame.dir, frame.rel, witness)
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
      let outside = false;
      if (isLink) {
        const link = resolveLink(abs);
        // Where a link points can change without any folder's stamp changing: its target's.
        if (witness) {
          witness.paths.push(linkWitness(rel));
          witness.stamps.push(linkStampOf(abs, "real" in link ? link.real : undefined));
        }
        if ("reason" in link) {
          if (options.accept(name)) skipped.push({ file: rel, reason: link.reason });
          continue;
        }
        try {
          const target = statSync(link.real);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          if (options.accept(name))
            skipped.push({ file: rel, reason: `cannot stat: ${errorCode(error)}` });
          continue;
        }
        outside = !isInside(rootReal, link.real);
      }
      if (isDir) {
        if (
          alwaysSkipped.has(name) ||
          isIgnored(rules, rel, true) ||
          excluded(rel) ||
          excluded(`${rel}/`)
        )
          continue;
        // A link to a folder is never walked: inside the root its files are found where
        // they are; outside it (a link to /) it would scan the whole machine.
        if (isLink) {
          if (outside) skipped.push({ file: rel, reason: linkReasons.outsideFolder });
          continue;
        }
        stack.push({ dir: abs, rel, rules });
      } else if (isFile && options.accept(name)) {
        if (isIgnored(rules, rel, false) || excluded(rel)) continue;
        if (outside) {
          skipped.push({ file: rel, reason: linkReasons.outsideFile });
          continue;
        }
        try {
          const known = options.stamps?.get(rel);
          if (known !== undefined) {
            const version = versionOfStamp(known);
            files.push({ file: toPosix(rel), abs, version, ...(witness ? { stamp: known } : {}) });
            continue;
          }
          const st = statSync(abs);
          const version = versionOf(st);
          files.push({
            file: toPosix(rel),
            abs,
            version,
            ...(witness ? { stamp: stampOfStats(st) } : {}),
          });
        } catch (error) {
          skipped.push({ file: rel, reason: `cannot stat: ${errorCode(error)}` });
        }
      }
    }
  }
  return { files, skipped, ...(witness ? { witness } : {}) };
}
