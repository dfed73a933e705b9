import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { scanFromText, scanText } from "../languages/python/scan-codec.js";
import type { PythonScan } from "../languages/python/scan-types.js";
import { writeAll, writeFileSafely } from "./safe-write.js";
import type { ScanStore, SourceFile } from "./source.js";

/**
 * Scan results of a working tree, keyed by path and version (size, mtime, inode): a warm run
 * reads no unchanged file. Kept outside the analysed repository by default (we never write
 * into it), one file per repository root. The tool version is part of the key, so a cache
 * written by another scanner is ignored rather than trusted.
 *
 * The file is JSON Lines, never one JSON string (V8 strings end near 512 MB, about 400k
 * files): a header line `{"format","tool"}`, then one line per file,
 * `["path","version",verdict]<TAB>[encoded scan]`. It is read and written a chunk at a time, and
 * an entry's scan stays text until a run asks for it, so unchanged entries are written back
 * as they were read.
 *
 * A run that changed a few entries appends their lines instead of rewriting the file (one
 * touched file costs one line, not 10 MB): a later line for a path replaces an earlier one,
 * and `["path",null,null]<TAB>` drops it. The file is written anew when the lines that no
 * longer count outnumber the ones that do, or its end is not a whole line.
 */
export const cacheFormat = 7;

interface Entry {
  version: string;
  /** The JSON text of the encoded scan ("" when only a prefilter verdict is known). */
  scan: string;
  /** The prefilter's needles and verdict for this version (see ScanStore.verdict). */
  verdict?: [key: string, verdict: "scan" | { hasClass: boolean }] | undefined;
}

/** Bytes read or written per system call. */
const chunkBytes = 1 << 22;

export function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
  return path.join(base, "ssot-tracker");
}

/** What reading the file found besides its entries (see cacheFormat on appending). */
interface FileState {
  /** Inode of the file read: an append goes only to that file. */
  ino: number;
  /** Entry lines in the file, counting those a later line replaced. */
  lines: number;
}

export class ScanCache implements ScanStore {
  private readonly entries: Map<string, Entry>;
  /** Paths set or dropped since the file was read: what an append writes. */
  private readonly changed = new Set<string>();
  readonly file: string;
  private readonly tool: string;
  private readonly state: FileState | undefined;

  private constructor(
    file: string,
    entries: Map<string, Entry>,
    tool: string,
    state: FileState | undefined,
  ) {
    this.file = file;
    this.entries = entries;
    this.tool = tool;
    this.state = state;
  }

  /** Open the cache for `root`; a missing, corrupt or outdated cache starts empty. */
  static open(cacheDir: string, root: string, tool: string): ScanCache {
    const key = createHash("sha1").update(root).digest("hex").slice(0, 16);
    const file = path.join(cacheDir, `python-${key}.jsonl`);
    try {
      const read = readEntries(file, tool);
      return new ScanCache(file, read.entries, tool, read.state);
    } catch {
      // No cache yet, or unusable: it is only an accelerator, so start empty.
      return new ScanCache(file, new Map(), tool, undefined);
    }
  }

  /** How many files the cache holds. */
  get size(): number {
    return this.entries.size;
  }

  get(file: SourceFile): PythonScan | undefined {
    const entry = this.entries.get(file.file);
    if (entry === undefined || entry.version !== file.version || entry.scan === "")
      return undefined;
    try {
      return scanFromText(entry.scan);
    } catch {
      return undefined; // a damaged line: scan the file again
    }
  }

  set(file: SourceFile, scan: PythonScan): void {
    const old = this.entries.get(file.file);
    const verdict = old?.version === file.version ? old.verdict : undefined;
    this.entries.set(file.file, {
      version: file.version,
      scan: scanText(scan),
      verdict,
    });
    this.changed.add(file.file);
  }

  verdict(file: SourceFile, key: string): "scan" | { hasClass: boolean } | undefined {
    const entry = this.entries.get(file.file);
    if (entry === undefined || entry.version !== file.version || entry.verdict?.[0] !== key)
      return undefined;
    return entry.verdict[1];
  }

  setVerdict(file: SourceFile, key: string, verdict: "scan" | { hasClass: boolean }): void {
    const old = this.entries.get(file.file);
    const scan = old?.version === file.version ? old.scan : "";
    this.entries.set(file.file, { version: file.version, scan, verdict: [key, verdict] });
    this.changed.add(file.file);
  }

  /**
   * Drop entries of files that are gone, then append the changed lines to the file read,
   * or write it anew atomically (temp file + rename), a chunk at a time. Throws when the
   * cache cannot be written (the caller warns).
   */
  save(present: ReadonlySet<string>): void {
    for (const key of this.entries.keys()) {
      if (!present.has(key)) {
        this.entries.delete(key);
        this.changed.add(key);
      }
    }
    if (this.changed.size === 0) return;
    const { state } = this;
    const lines = (state?.lines ?? 0) + this.changed.size;
    if (!state || lines > 2 * this.entries.size || !appendTo(this.file, state.ino, this.appended()))
      writeFileSafely(this.file, this.lines());
    this.changed.clear();
  }

  /** The file's text in chunks of about `chunkBytes`. */
  private *lines(): Generator<string> {
    let chunk = `${JSON.stringify({ format: cacheFormat, tool: this.tool })}\n`;
    for (const [file, entry] of this.entries) {
      chunk += lineOf(file, entry);
      if (chunk.length >= chunkBytes) {
        yield chunk;
        chunk = "";
      }
    }
    yield chunk;
  }

  /** The lines of the changed entries (a dropped one as its tombstone). */
  private appended(): string {
    let text = "";
    for (const file of this.changed) {
      const entry = this.entries.get(file);
      text += entry ? lineOf(file, entry) : `${JSON.stringify([file, null, null])}\t\n`;
    }
    return text;
  }
}

const lineOf = (file: string, entry: Entry) =>
  `${JSON.stringify([file, entry.version, entry.verdict ?? null])}\t${entry.scan}\n`;

/**
 * Append `text` to `file` when it is still the regular file of inode `ino` (another run
 * may have written it anew since: then false, and the caller rewrites it). One write: a
 * concurrent run's append cannot land inside this one's lines.
 */
function appendTo(file: string, ino: number, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, constants.O_WRONLY | constants.O_APPEND | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return false;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.ino !== ino) return false;
    writeAll(fd, text);
    return true;
  } finally {
    closeSync(fd);
  }
}

/** Every entry of the cache file; throws when it is missing, not a regular file, or outdated. */
function readEntries(
  file: string,
  tool: string,
): { entries: Map<string, Entry>; state?: FileState } {
  const entries = new Map<string, Entry>();
  let lines = 0;
  // Without blocking, checked on the descriptor: a pipe or device there must not hang us.
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new Error("not a regular file");
    let header = true;
    const onLine = (line: string) => {
      if (header) {
        const head = JSON.parse(line) as { format?: unknown; tool?: unknown };
        if (head.format !== cacheFormat || head.tool !== tool) throw new Error("outdated");
        header = false;
        return;
      }
      const tab = line.indexOf("\t");
      if (tab < 0) throw new Error("damaged");
      const [name, version, verdict] = JSON.parse(line.slice(0, tab)) as [
        string,
        string | null,
        Entry["verdict"] | null,
      ];
      lines++;
      if (version === null) entries.delete(name);
      else entries.set(name, { version, scan: line.slice(tab + 1), verdict: verdict ?? undefined });
    };
    const whole = forEachLine(fd, onLine, { partialEnd: true });
    if (header) throw new Error("empty");
    // An interrupted append: the entries before it hold; the file is written anew.
    return whole ? { entries, state: { ino: st.ino, lines } } : { entries };
  } finally {
    closeSync(fd);
  }
}

/**
 * Call `onLine` with each newline-terminated line of the file, reading a chunk at a time.
 * Splitting bytes at `\n` is safe in UTF-8 (the byte never occurs inside a character).
 * Returns whether the file ended with a whole line; an unfinished last line (an
 * interrupted write) throws, unless `partialEnd` says to skip it and return false.
 */
export function forEachLine(
  fd: number,
  onLine: (line: string) => void,
  options: { partialEnd?: boolean } = {},
): boolean {
  let buffer = Buffer.allocUnsafe(chunkBytes);
  let kept = 0; // bytes of an unfinished line at the start of `buffer`
  for (;;) {
    if (kept === buffer.length) {
      const larger = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(larger, 0, 0, kept);
      buffer = larger;
    }
    const read = readSync(fd, buffer, kept, buffer.length - kept, null);
    const end = kept + read;
    let start = 0;
    for (let nl = buffer.indexOf(10, kept); nl >= 0 && nl < end; nl = buffer.indexOf(10, start)) {
      onLine(buffer.toString("utf8", start, nl));
      start = nl + 1;
    }
    if (read === 0) {
      if (start === end) return true;
      if (options.partialEnd) return false;
      throw new Error("truncated"); // no final newline: an interrupted write
    }
    buffer.copy(buffer, 0, start, end);
    kept = end - start;
  }
}
