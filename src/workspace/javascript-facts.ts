import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync } from "node:fs";
import path from "node:path";
import type { JavaScriptLocations } from "../languages/javascript/locations.js";
import { writeFileSafely } from "./safe-write.js";
import { forEachLine } from "./scan-cache.js";

/**
 * What one JS/TS file of a working tree gave the last analysis: where dependency-cruiser
 * resolved its imports, and (once asked) its located statements and class-name candidates.
 * Kept next to the Python scan cache, one file per repository root. An entry is reused when
 * the file's version (size:mtime:inode) or, failing that, its content hash is unchanged.
 *
 * A file's resolutions also depend on the rest of the tree (which files exist, tsconfig and
 * package.json files, installed packages): that is the "environment" key in the header, and
 * a cache written under another environment is dropped whole.
 *
 * JSON Lines, written a chunk at a time: a header `{"format","tool","env"}`, then one line
 * per file, `[path, version, hash, resolved, located, candidates]`.
 */
export const factsCacheFormat = 1;

export interface JavaScriptFacts {
  /** Specifier as written -> resolved repository file; null: the cruise returned no module. */
  resolved: [specifier: string, file: string][] | null;
  /** Its statements, when a run needed them located. */
  located?: JavaScriptLocations | undefined;
  /** Names that follow `class` in its text, when a run needed them. */
  candidates?: string[] | undefined;
}

interface Entry extends JavaScriptFacts {
  version: string;
  hash: string;
}

type Line = [
  string,
  string,
  string,
  Entry["resolved"],
  JavaScriptLocations | null,
  string[] | null,
];

const chunkBytes = 1 << 22;

/** sha1 of a file's bytes: what an entry is trusted by when the version changed. */
export const contentHash = (bytes: Uint8Array): string =>
  createHash("sha1").update(bytes).digest("hex");

/** The key of everything but a file's own content that its resolutions depend on. */
export function javascriptEnvironment(parts: {
  tool: string;
  /** The config's `javascript` section (tsconfig choice). */
  settings: unknown;
  /** The tsconfig used, relative to the root, if any. */
  tsConfig: string | undefined;
  /** Every analysed JS/TS source, sorted. */
  sources: readonly string[];
  /** tsconfig/jsconfig/package.json files with their content hashes, sorted by path. */
  configs: readonly (readonly [string, string])[];
  /** The installed packages' stamp (memo.ts). */
  packages: string;
}): string {
  const hash = createHash("sha256");
  hash.update(
    JSON.stringify([
      factsCacheFormat,
      parts.tool,
      parts.settings ?? null,
      parts.tsConfig ?? null,
      parts.configs,
      parts.packages,
    ]),
  );
  for (const file of parts.sources) hash.update(`\n${file}`);
  return hash.digest("hex");
}

export class JavaScriptFactsCache {
  readonly file: string;
  private readonly entries: Map<string, Entry>;
  private readonly head: string;
  private dirty: boolean;

  private constructor(file: string, entries: Map<string, Entry>, head: string, dirty: boolean) {
    this.file = file;
    this.entries = entries;
    this.head = head;
    this.dirty = dirty;
  }

  /** The cache of `root` under `env`; missing, damaged or another environment's: empty. */
  static open(cacheDir: string, root: string, tool: string, env: string): JavaScriptFactsCache {
    const key = createHash("sha1").update(root).digest("hex").slice(0, 16);
    const file = path.join(cacheDir, `javascript-${key}.jsonl`);
    const head = JSON.stringify({ format: factsCacheFormat, tool, env });
    try {
      return new JavaScriptFactsCache(file, readEntries(file, head), head, false);
    } catch {
      // Only an accelerator: anything unusable (or stale) means cruising again.
      return new JavaScriptFactsCache(file, new Map(), head, true);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * The facts of this file when its content is the cached one: same version, or else the
   * same content hash (`read` gives the bytes; then the new version is kept).
   */
  get(
    file: string,
    version: string,
    read: () => Uint8Array | undefined,
  ): JavaScriptFacts | undefined {
    const entry = this.entries.get(file);
    if (entry === undefined) return undefined;
    if (entry.version === version) return entry;
    const bytes = read();
    if (bytes === undefined || contentHash(bytes) !== entry.hash) return undefined;
    entry.version = version;
    this.dirty = true;
    return entry;
  }

  /** Record (or replace) a file's facts for this content. */
  set(file: string, version: string, hash: string, facts: JavaScriptFacts): void {
    this.entries.set(file, { version, hash, ...facts });
    this.dirty = true;
  }

  /** Add what a run learnt about an entry's content (located statements, candidates). */
  add(file: string, facts: Partial<Pick<JavaScriptFacts, "located" | "candidates">>): void {
    const entry = this.entries.get(file);
    if (entry === undefined) return;
    if (facts.located) entry.located = facts.located;
    if (facts.candidates) entry.candidates = facts.candidates;
    this.dirty = true;
  }

  /** Drop files that are gone, then write atomically; throws when it cannot (the caller warns). */
  save(present: ReadonlySet<string>): void {
    for (const file of this.entries.keys()) {
      if (!present.has(file)) {
        this.entries.delete(file);
        this.dirty = true;
      }
    }
    if (!this.dirty) return;
    writeFileSafely(this.file, this.lines());
    this.dirty = false;
  }

  private *lines(): Generator<string> {
    let chunk = `${this.head}\n`;
    for (const [file, e] of this.entries) {
      const line: Line = [
        file,
        e.version,
        e.hash,
        e.resolved,
        e.located ?? null,
        e.candidates ?? null,
      ];
      chunk += `${JSON.stringify(line)}\n`;
      if (chunk.length >= chunkBytes) {
        yield chunk;
        chunk = "";
      }
    }
    yield chunk;
  }
}

/** The entries of a cache file whose header is `head`; throws on anything else. */
function readEntries(file: string, head: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  // Without blocking, checked on the descriptor: a pipe or device there must not hang us.
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(fd).isFile()) throw new Error("not a regular file");
    let first = true;
    forEachLine(fd, (line) => {
      if (first) {
        if (line !== head) throw new Error("another tool, format or environment");
        first = false;
        return;
      }
      const [name, version, hash, resolved, located, candidates] = JSON.parse(line) as Line;
      entries.set(name, {
        version,
        hash,
        resolved,
        ...(located ? { located } : {}),
        ...(candidates ? { candidates } : {}),
      });
    });
    if (first) throw new Error("empty");
  } finally {
    closeSync(fd);
  }
  return entries;
}
