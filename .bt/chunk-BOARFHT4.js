import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  writeAll,
  writeFileSafely
} from "./chunk-GVSHMJPT.js";

// dist/workspace/scan-cache.js
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// dist/languages/python/scan-codec.js
var NESTED = 2;
var TYPE_CHECKING = 4;
var encodeName = (n) => n.alias === void 0 ? n.name : `${n.name} as ${n.alias}`;
function decodeName(text) {
  const at = text.indexOf(" as ");
  return at < 0 ? { name: text } : { name: text.slice(0, at), alias: text.slice(at + 4) };
}
function encodeScan(scan) {
  return [
    scan.imports.map((s) => [
      (s.kind === "from" ? 1 : 0) | (s.nested ? NESTED : 0) | (s.typeChecking ? TYPE_CHECKING : 0),
      s.line,
      s.start,
      s.end,
      s.module,
      s.moduleStart,
      s.moduleEnd,
      s.level,
      s.names.map(encodeName),
      s.endLine - s.line
    ]),
    scan.strings.map((s) => [s.value, s.line, s.start, s.end]),
    JSON.stringify(scan.classes.map((c) => [c.name, c.line, c.start, c.nested ? 1 : 0, c.bases])),
    scan.warnings.map((w) => [w.line, w.message, w.names, w.inGetattr ? 1 : 0]),
    JSON.stringify(scan.moduleNames),
    scan.dunderAll,
    scan.errors,
    JSON.stringify(scan.definedNames),
    scan.getattrTargets,
    scan.pragmas.map((p) => [p.line, p.reason])
  ];
}
function decodeScan(data) {
  const [imports, strings, classes, warnings, moduleNames, dunderAll, errors, ...more] = data;
  const [definedNames, getattrTargets, pragmas] = more;
  const scan = {
    imports: imports.map((s) => {
      const flags = s[0];
      return {
        kind: flags & 1 ? "from" : "import",
        line: s[1],
        start: s[2],
        end: s[3],
        module: s[4],
        moduleStart: s[5],
        moduleEnd: s[6],
        level: s[7],
        names: s[8].map(decodeName),
        nested: (flags & NESTED) !== 0,
        typeChecking: (flags & TYPE_CHECKING) !== 0,
        endLine: s[1] + s[9]
      };
    }),
    strings: strings.map((s) => ({
      value: s[0],
      line: s[1],
      start: s[2],
      end: s[3]
    })),
    classes: [],
    warnings: warnings.map(decodeWarning),
    moduleNames: [],
    definedNames: [],
    dunderAll,
    getattrTargets,
    pragmas: pragmas.map((p) => ({ line: p[0], reason: p[1] })),
    errors
  };
  lazy(scan, "classes", () => JSON.parse(classes).map((c) => ({
    name: c[0],
    line: c[1],
    start: c[2],
    nested: c[3] === 1,
    bases: c[4]
  })));
  lazy(scan, "moduleNames", () => JSON.parse(moduleNames));
  lazy(scan, "definedNames", () => JSON.parse(definedNames));
  return scan;
}
function decodeWarning(w) {
  return {
    line: w[0],
    message: w[1],
    names: w[2],
    inGetattr: w[3] === 1
  };
}
function lazy(scan, key, compute) {
  let value;
  Object.defineProperty(scan, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      value ??= compute();
      return value;
    }
  });
}

// dist/workspace/scan-cache.js
var cacheFormat = 7;
var chunkBytes = 1 << 22;
function defaultCacheDir() {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
  return path.join(base, "ssot-tracker");
}
var ScanCache = class _ScanCache {
  entries;
  /** Paths set or dropped since the file was read: what an append writes. */
  changed = /* @__PURE__ */ new Set();
  file;
  tool;
  state;
  constructor(file, entries, tool, state) {
    this.file = file;
    this.entries = entries;
    this.tool = tool;
    this.state = state;
  }
  /** Open the cache for `root`; a missing, corrupt or outdated cache starts empty. */
  static open(cacheDir, root, tool) {
    const key = createHash("sha1").update(root).digest("hex").slice(0, 16);
    const file = path.join(cacheDir, `python-${key}.jsonl`);
    try {
      const read = readEntries(file, tool);
      return new _ScanCache(file, read.entries, tool, read.state);
    } catch {
      return new _ScanCache(file, /* @__PURE__ */ new Map(), tool, void 0);
    }
  }
  /** How many files the cache holds. */
  get size() {
    return this.entries.size;
  }
  get(file) {
    const entry = this.entries.get(file.file);
    if (entry === void 0 || entry.version !== file.version || entry.scan === "")
      return void 0;
    try {
      return decodeScan(JSON.parse(entry.scan));
    } catch {
      return void 0;
    }
  }
  set(file, scan) {
    const old = this.entries.get(file.file);
    const verdict = old?.version === file.version ? old.verdict : void 0;
    this.entries.set(file.file, {
      version: file.version,
      scan: JSON.stringify(encodeScan(scan)),
      verdict
    });
    this.changed.add(file.file);
  }
  verdict(file, key) {
    const entry = this.entries.get(file.file);
    if (entry === void 0 || entry.version !== file.version || entry.verdict?.[0] !== key)
      return void 0;
    return entry.verdict[1];
  }
  setVerdict(file, key, verdict) {
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
  save(present) {
    for (const key of this.entries.keys()) {
      if (!present.has(key)) {
        this.entries.delete(key);
        this.changed.add(key);
      }
    }
    if (this.changed.size === 0)
      return;
    const { state } = this;
    const lines = (state?.lines ?? 0) + this.changed.size;
    if (!state || lines > 2 * this.entries.size || !appendTo(this.file, state.ino, this.appended()))
      writeFileSafely(this.file, this.lines());
    this.changed.clear();
  }
  /** The file's text in chunks of about `chunkBytes`. */
  *lines() {
    let chunk = `${JSON.stringify({ format: cacheFormat, tool: this.tool })}
`;
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
  appended() {
    let text = "";
    for (const file of this.changed) {
      const entry = this.entries.get(file);
      text += entry ? lineOf(file, entry) : `${JSON.stringify([file, null, null])}	
`;
    }
    return text;
  }
};
var lineOf = (file, entry) => `${JSON.stringify([file, entry.version, entry.verdict ?? null])}	${entry.scan}
`;
function appendTo(file, ino, text) {
  let fd;
  try {
    fd = openSync(file, constants.O_WRONLY | constants.O_APPEND | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return false;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.ino !== ino)
      return false;
    writeAll(fd, text);
    return true;
  } finally {
    closeSync(fd);
  }
}
function readEntries(file, tool) {
  const entries = /* @__PURE__ */ new Map();
  let lines = 0;
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile())
      throw new Error("not a regular file");
    let header = true;
    const onLine = (line) => {
      if (header) {
        const head = JSON.parse(line);
        if (head.format !== cacheFormat || head.tool !== tool)
          throw new Error("outdated");
        header = false;
        return;
      }
      const tab = line.indexOf("	");
      if (tab < 0)
        throw new Error("damaged");
      const [name, version, verdict] = JSON.parse(line.slice(0, tab));
      lines++;
      if (version === null)
        entries.delete(name);
      else
        entries.set(name, { version, scan: line.slice(tab + 1), verdict: verdict ?? void 0 });
    };
    const whole = forEachLine(fd, onLine, { partialEnd: true });
    if (header)
      throw new Error("empty");
    return whole ? { entries, state: { ino: st.ino, lines } } : { entries };
  } finally {
    closeSync(fd);
  }
}
function forEachLine(fd, onLine, options = {}) {
  let buffer = Buffer.allocUnsafe(chunkBytes);
  let kept = 0;
  for (; ; ) {
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
      if (start === end)
        return true;
      if (options.partialEnd)
        return false;
      throw new Error("truncated");
    }
    buffer.copy(buffer, 0, start, end);
    kept = end - start;
  }
}

export {
  encodeScan,
  decodeScan,
  defaultCacheDir,
  ScanCache,
  forEachLine
};
