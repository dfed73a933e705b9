import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  bisect,
  javascriptSyntaxError,
  planMigration
} from "./chunk-P7L5L5BD.js";
import {
  acquireLock
} from "./chunk-2ORFHMPS.js";
import {
  locateImports
} from "./chunk-RQVYUEXZ.js";
import {
  analyze,
  migrationRecordVersion,
  readMigrationRecordFile,
  writeMigrationRecordFile
} from "./chunk-OMCO46RY.js";
import "./chunk-AQFLRR5H.js";
import {
  visible
} from "./chunk-NPKQCN5C.js";
import "./chunk-RZVQHAKH.js";
import "./chunk-BOARFHT4.js";
import {
  toolVersion
} from "./chunk-UKP2FFEH.js";
import {
  relativePosix,
  scanPython,
  ssotLayout,
  stateFolder
} from "./chunk-AFIXXXQQ.js";
import "./chunk-LSQSVOAV.js";
import {
  external_exports
} from "./chunk-VHJDUMJJ.js";
import "./chunk-NHYMEZ54.js";
import "./chunk-3X7W323C.js";
import "./chunk-ANWQWNOV.js";
import "./chunk-OVDC6TOV.js";
import "./chunk-C7PHYS7N.js";
import {
  round
} from "./chunk-CXEH4STO.js";
import "./chunk-VHNT77KF.js";
import {
  readRegularText
} from "./chunk-MHDWAI3I.js";
import {
  ensureFolderInside,
  fileMode,
  writableProblem,
  writeFileSafely
} from "./chunk-GVSHMJPT.js";
import {
  InputError,
  errorCode
} from "./chunk-XGZIY2SH.js";
import "./chunk-KBQ5HHDO.js";

// dist/migrate/index.js
import path3 from "node:path";

// dist/workspace/backups.js
import { createHash } from "node:crypto";
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
var backupsFolder = ssotLayout.backups;
var manifestName = "manifest.json";
var manifestSchema = external_exports.object({
  schemaVersion: external_exports.literal(1),
  run: external_exports.string(),
  at: external_exports.string(),
  files: external_exports.array(external_exports.object({
    file: external_exports.string(),
    mode: external_exports.number().int().nonnegative(),
    before: external_exports.string(),
    after: external_exports.string()
  }))
});
var sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");
function runId(now, dir) {
  const base = now.toISOString().replace(/[-:.]/g, "");
  let id = base;
  for (let n = 2; existsSync(path.join(dir, id)); n++)
    id = `${base}-${n}`;
  return id;
}
function ignoreBackups(root) {
  const backups = path.join(root, backupsFolder);
  ensureFolderInside(root, backups);
  const file = path.join(backups, ".gitignore");
  if (!existsSync(file))
    writeFileSafely(file, "# ssot migrate backups: never analysed, never committed\n*\n", {
      base: root,
      mode: 420
    });
}
function writeManifest(root, run, at, written) {
  const manifest = { schemaVersion: 1, run, at, files: [...written] };
  const dir = path.join(root, backupsFolder, run);
  ensureFolderInside(root, dir);
  writeFileSafely(path.join(dir, manifestName), `${JSON.stringify(manifest, null, 2)}
`, {
    base: root,
    mode: 420
  });
}
function readManifest(root, run) {
  const file = path.join(root, backupsFolder, run, manifestName);
  const text = readRegularText(file, { what: "the backup manifest" });
  if (text === void 0)
    return void 0;
  try {
    return manifestSchema.parse(JSON.parse(text));
  } catch (error) {
    throw new InputError(`${file}: not a backup manifest (${error.message})`, {
      cause: error
    });
  }
}
function backupRuns(root) {
  const dir = path.join(root, backupsFolder);
  let names;
  try {
    names = readdirSync(dir).filter((n) => !n.startsWith(".")).sort();
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    const m = readManifest(root, n);
    return m ? [m] : [];
  });
}
function restoreFile(root, run, f, o) {
  const abs = path.join(root, f.file);
  const copyPath = path.join(root, backupsFolder, run, f.file);
  let copy;
  try {
    if (lstatSync(copyPath).isSymbolicLink())
      return "its backup is a symbolic link: not restored";
    copy = readFileSync(copyPath);
  } catch {
    return "its backup is missing";
  }
  if (sha256(copy) !== f.before)
    return "its backup does not match the hash it was taken with";
  const present = lstatExists(abs);
  if (present) {
    const unsafe = writableProblem(root, abs);
    if (unsafe !== void 0)
      return unsafe;
    const now = sha256(readFileSync(abs));
    if (now === f.before)
      return "already as before";
    if (now !== f.after && !o.force)
      return "changed since the run";
  } else if (!o.force)
    return "changed since the run";
  if (o.dryRun)
    return "would restore";
  ensureFolderInside(root, path.dirname(abs));
  writeFileSafely(abs, copy, { base: root, mode: f.mode });
  return "restored";
}
function lstatExists(abs) {
  try {
    lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}
function restoreRun(root, run, o = {}) {
  const runs = backupRuns(root);
  const manifest = run === void 0 ? runs[runs.length - 1] : runs.find((m) => m.run === run);
  if (manifest === void 0) {
    const known = runs.map((m) => m.run).join(", ") || "none";
    throw new InputError(run === void 0 ? `--restore: no run with backups under ${backupsFolder}; runs with backups: none (back up with --write --backup)` : `--restore: no run "${run}" with backups; runs with backups: ${known}`);
  }
  const files = manifest.files.map((f) => ({
    file: f.file,
    status: restoreFile(root, manifest.run, f, o)
  }));
  const done = (s) => s === "restored" || s === "would restore" || s === "already as before";
  return {
    run: manifest.run,
    dryRun: o.dryRun === true,
    files,
    restored: files.filter((f) => done(f.status)).length,
    refused: files.filter((f) => !done(f.status)).length
  };
}

// dist/migrate/apply.js
import { createHash as createHash2 } from "node:crypto";
import { mkdtempSync, readFileSync as readFileSync2, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path2 from "node:path";

// dist/migrate/compile.js
import { spawnSync } from "node:child_process";
var script = `import json, sys, warnings
warnings.simplefilter("ignore")
out = []
for path in json.load(sys.stdin):
    try:
        with open(path, "rb") as f:
            compile(f.read(), path, "exec", dont_inherit=True)
        out.append(None)
    except SyntaxError as e:
        out.append("%s (line %s)" % (e.msg, e.lineno))
    except Exception as e:
        out.append("%s: %s" % (type(e).__name__, e))
json.dump(out, sys.stdout)
`;
function compilePython(paths, python = "python3") {
  if (paths.length === 0)
    return { errors: [] };
  const run = spawnSync(python, ["-I", "-c", script], {
    input: JSON.stringify(paths),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024
  });
  if (run.error) {
    const code = run.error.code;
    return {
      unavailable: code === "ENOENT" ? `${python} not found` : `${python} failed to start (${code})`
    };
  }
  if (run.status !== 0) {
    return {
      unavailable: `${python} exited with ${run.status}: ${run.stderr.trim().split("\n").pop() ?? ""}`
    };
  }
  const parsed = JSON.parse(run.stdout);
  return { errors: parsed.map((e) => e ?? void 0) };
}

// dist/migrate/apply.js
function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const pieces = [];
  let at = 0;
  for (const e of sorted) {
    pieces.push(text.slice(at, e.start), e.replacement);
    at = e.end;
  }
  pieces.push(text.slice(at));
  return pieces.join("");
}
var encoder = new TextEncoder();
var bomBytes = new Uint8Array([239, 187, 191]);
var sha2562 = (bytes) => createHash2("sha256").update(bytes).digest("hex");
function expectedNames(planned) {
  const names = new Set(planned.names.before ?? scanPython(planned.text).moduleNames);
  for (const n of planned.names.removed)
    names.delete(n);
  for (const n of planned.names.added)
    names.add(n);
  return names;
}
function namesProblem(expected, names) {
  const actual = new Set(names);
  const missing = [...expected].filter((n) => !actual.has(n));
  const extra = [...actual].filter((n) => !expected.has(n));
  if (missing.length + extra.length === 0)
    return void 0;
  const parts = [
    ...missing.length > 0 ? [`no longer binds ${missing.sort().join(", ")}`] : [],
    ...extra.length > 0 ? [`now binds ${extra.sort().join(", ")}`] : []
  ];
  return `the rewritten file ${parts.join(" and ")} at module level`;
}
function rescanProblem(planned, text, names) {
  if (planned.file.endsWith(".py")) {
    const scan = scanPython(text);
    const error2 = scan.errors[0];
    if (error2)
      return `the rewritten file does not scan cleanly (line ${error2.line}: ${error2.message})`;
    return names === void 0 ? void 0 : namesProblem(names, scan.moduleNames);
  }
  const error = javascriptSyntaxError(text, planned.file);
  if (error !== void 0)
    return `the rewritten file does not parse cleanly (${error})`;
  const before = locateImports(planned.text).imports.length;
  const after = locateImports(text).imports.length;
  return before === after ? void 0 : `the rewritten file has ${after} import statements instead of ${before}`;
}
function prepare(planned) {
  let original;
  try {
    original = readFileSync2(planned.abs);
  } catch (error) {
    return `the file cannot be read (${errorCode(error)})`;
  }
  if (sha2562(original) !== planned.hash)
    return "the file changed since the plan";
  const text = applyEdits(planned.text, planned.edits);
  const names = planned.file.endsWith(".py") ? expectedNames(planned) : void 0;
  const problem = rescanProblem(planned, text, names);
  if (problem !== void 0)
    return problem;
  const body = encoder.encode(text);
  const rewritten = planned.bom ? Buffer.concat([bomBytes, body]) : body;
  return { planned, original, rewritten, ...names ? { names } : {} };
}
function compileCheck(candidates, python) {
  if (candidates.length === 0)
    return { reasons: [] };
  const tmp = mkdtempSync(path2.join(os.tmpdir(), "ssot-migrate-"));
  try {
    const rewrittenPaths = candidates.map((c, i) => {
      const file = path2.join(tmp, `${i}.py`);
      writeFileSync(file, c.rewritten);
      return file;
    });
    const result = compilePython([...candidates.map((c) => c.planned.abs), ...rewrittenPaths], python);
    if ("unavailable" in result)
      return { reasons: candidates.map(() => void 0), unavailable: result.unavailable };
    const n = candidates.length;
    return {
      reasons: candidates.map((_, i) => {
        const before = result.errors[i];
        const after = result.errors[n + i];
        if (before !== void 0)
          return `the file does not compile before the rewrite (${before})`;
        if (after !== void 0)
          return `the rewritten file would not compile (${after})`;
        return void 0;
      })
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
var writeError = (error) => errorCode(error instanceof InputError && error.cause !== void 0 ? error.cause : error);
function writeCandidate(c, root, backupDir) {
  const { planned } = c;
  const unsafe = writableProblem(root, planned.abs);
  if (unsafe !== void 0)
    return unsafe;
  let current;
  let mode;
  try {
    current = readFileSync2(planned.abs);
    mode = fileMode(planned.abs);
  } catch (error) {
    return `the file cannot be read (${errorCode(error)})`;
  }
  if (sha2562(current) !== planned.hash)
    return "the file changed since the plan";
  if (backupDir !== void 0) {
    try {
      const copy = path2.join(backupDir, planned.file);
      ensureFolderInside(root, path2.dirname(copy));
      writeFileSafely(copy, current, { base: root, mode });
    } catch (error) {
      return `the backup could not be written (${writeError(error)})`;
    }
  }
  try {
    writeFileSafely(planned.abs, c.rewritten, { base: root, mode });
  } catch (error) {
    return `the file could not be written (${writeError(error)})`;
  }
  let back;
  try {
    back = readFileSync2(planned.abs);
  } catch {
    back = void 0;
  }
  if (back === void 0 || !back.equals(c.rewritten)) {
    writeFileSafely(planned.abs, current, { base: root, mode });
    return "the written file did not read back as written: restored as it was";
  }
  return { file: planned.file, mode, before: planned.hash, after: sha2562(c.rewritten) };
}
var byPlace = (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
function applyPlanFiles(plan, options) {
  const reasons = /* @__PURE__ */ new Map();
  plan.items.forEach((it, k) => {
    if (it.refused !== void 0)
      reasons.set(k, it.refused);
  });
  const fail = (planned2, reason) => {
    for (const k of planned2.items)
      reasons.set(k, reason);
  };
  const candidates = [];
  for (const planned2 of plan.files) {
    const c = prepare(planned2);
    if (typeof c === "string")
      fail(planned2, c);
    else
      candidates.push(c);
  }
  const python = candidates.filter((c) => c.planned.file.endsWith(".py"));
  const checked = compileCheck(python, options.python);
  const reasonOf = new Map(python.map((c, i) => [c, checked.reasons[i]]));
  const passed = [];
  for (const c of candidates) {
    const reason = reasonOf.get(c);
    if (reason !== void 0)
      fail(c.planned, reason);
    else
      passed.push(c);
  }
  const done = [];
  const written = [];
  for (const c of passed) {
    const result = options.write ? writeCandidate(c, plan.root, options.backupDir) : void 0;
    if (typeof result === "string")
      fail(c.planned, result);
    else {
      done.push(c);
      if (result)
        written.push(result);
    }
  }
  const planned = plan.items.length;
  const applied = planned - reasons.size;
  const refused = [...reasons].map(([k, reason]) => {
    const it = plan.items[k];
    return { file: it?.file ?? "", line: it?.line ?? 0, path: it?.path ?? "", reason };
  });
  const outcome = {
    dryRun: !options.write,
    planned,
    applied,
    refused: refused.sort(byPlace),
    successRate: planned === 0 ? 1 : round(applied / planned),
    skipped: plan.skipped,
    files: done.map((c) => c.planned.file),
    edits: done.flatMap((c) => c.planned.edits),
    ...options.write && options.backupDir !== void 0 && done.length > 0 ? { backup: relativePosix(plan.root, options.backupDir) } : {},
    ...checked.unavailable !== void 0 ? {
      compileCheck: `${checked.unavailable}: the rewritten files were re-scanned but not compiled`
    } : {}
  };
  return { outcome, written, refused: new Set(reasons.keys()) };
}
function applyPlan(plan, options) {
  return applyPlanFiles(plan, options).outcome;
}

// dist/migrate/diff.js
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0 && i + 1 < text.length; i = text.indexOf("\n", i + 1))
    starts.push(i + 1);
  return starts;
}
var lineOf = (starts, offset) => bisect(starts, (s) => s <= offset) - 1;
function splitLines(text) {
  const out = [];
  let from = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", from)) {
    out.push(text.slice(from, i + 1));
    from = i + 1;
  }
  if (from < text.length)
    out.push(text.slice(from));
  return out;
}
function changes(text, edits) {
  const starts = lineStarts(text);
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const out = [];
  let k = 0;
  while (k < sorted.length) {
    const first = sorted[k];
    const firstLine = lineOf(starts, first.start);
    let lastLine = lineOf(starts, Math.max(first.start, first.end - 1));
    const block = [first];
    for (k++; k < sorted.length; k++) {
      const e = sorted[k];
      if (lineOf(starts, e.start) > lastLine + 1)
        break;
      block.push(e);
      lastLine = Math.max(lastLine, lineOf(starts, Math.max(e.start, e.end - 1)));
    }
    const from = starts[firstLine] ?? 0;
    const to = starts[lastLine + 1] ?? text.length;
    const pieces = [];
    let at = from;
    for (const e of block) {
      pieces.push(text.slice(at, e.start), e.replacement);
      at = e.end;
    }
    pieces.push(text.slice(at, to));
    const removed = splitLines(text.slice(from, to));
    const added = splitLines(pieces.join(""));
    let head = 0;
    while (head < removed.length && head < added.length && removed[head] === added[head])
      head++;
    let tail2 = 0;
    while (tail2 < removed.length - head && tail2 < added.length - head && removed[removed.length - 1 - tail2] === added[added.length - 1 - tail2])
      tail2++;
    if (head === removed.length && head === added.length)
      continue;
    out.push({
      oldStart: firstLine + head,
      removed: removed.slice(head, removed.length - tail2),
      added: added.slice(head, added.length - tail2)
    });
  }
  return out;
}
var noNewline = "\\ No newline at end of file\n";
function diffLine(marker, line) {
  return line.endsWith("\n") ? `${marker}${line}` : `${marker}${line}
${noNewline}`;
}
var range = (start, count) => count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;
function unifiedDiff(file, text, edits, context = 3) {
  const list = changes(text, edits);
  if (list.length === 0)
    return "";
  const lines = splitLines(text);
  const out = [`--- a/${file}
+++ b/${file}
`];
  let shift = 0;
  let k = 0;
  while (k < list.length) {
    let end = k;
    while (end + 1 < list.length && list[end + 1].oldStart - (list[end].oldStart + list[end].removed.length) <= 2 * context)
      end++;
    const first = list[k];
    const last = list[end];
    const from = Math.max(0, first.oldStart - context);
    const to = Math.min(lines.length, last.oldStart + last.removed.length + context);
    const body = [];
    let oldCount = 0;
    let newCount = 0;
    let at = from;
    let grow = 0;
    for (let j = k; j <= end; j++) {
      const c = list[j];
      for (; at < c.oldStart; at++, oldCount++, newCount++)
        body.push(diffLine(" ", lines[at] ?? ""));
      for (const l of c.removed)
        body.push(diffLine("-", l));
      for (const l of c.added)
        body.push(diffLine("+", l));
      oldCount += c.removed.length;
      newCount += c.added.length;
      grow += c.added.length - c.removed.length;
      at = c.oldStart + c.removed.length;
    }
    for (; at < to; at++, oldCount++, newCount++)
      body.push(diffLine(" ", lines[at] ?? ""));
    out.push(`@@ -${range(from + 1, oldCount)} +${range(from + 1 + shift, newCount)} @@
`, ...body);
    shift += grow;
    k = end + 1;
  }
  return out.join("");
}

// dist/migrate/record.js
var rate = (applied, planned) => planned === 0 ? 1 : round(applied / planned);
var groupKey = (g) => `${g.consolidation}\0${g.batch}\0${g.path}`;
function runGroups(items, fate) {
  const groups = /* @__PURE__ */ new Map();
  items.forEach((it, k) => {
    const g = { consolidation: it.consolidation, batch: it.batch ?? "", path: it.path };
    const key = groupKey(g);
    const entry = groups.get(key) ?? {
      ...g,
      planned: 0,
      applied: 0,
      refused: 0,
      rolledBack: 0,
      successRate: 1
    };
    entry.planned++;
    entry[fate(k)]++;
    entry.successRate = rate(entry.applied, entry.planned);
    groups.set(key, entry);
  });
  return [...groups.values()].sort((a, b) => groupKey(a) < groupKey(b) ? -1 : 1);
}
function totalsOf(groups) {
  const t = { planned: 0, applied: 0, refused: 0, rolledBack: 0 };
  for (const g of groups) {
    t.planned += g.planned;
    t.applied += g.applied;
    t.refused += g.refused;
    t.rolledBack += g.rolledBack;
  }
  return { ...t, successRate: rate(t.applied, t.planned) };
}
var covers = (scope, g) => (scope.consolidation === void 0 || scope.consolidation === g.consolidation) && (scope.batch === void 0 || scope.batch === g.batch) && (scope.path === void 0 || scope.path === g.path);
function summarise(runs) {
  const applied = /* @__PURE__ */ new Map();
  const open = /* @__PURE__ */ new Map();
  for (const run of runs) {
    const undone = run.restored !== void 0 && run.restored.files === run.restored.of;
    for (const key of [...open.keys()]) {
      const g = open.get(key);
      if (covers(run.scope, g))
        open.delete(key);
    }
    for (const g of run.groups) {
      const key = groupKey(g);
      const entry = applied.get(key) ?? { g, n: 0 };
      entry.n += undone ? 0 : g.applied;
      applied.set(key, entry);
      const rolledBack = g.rolledBack + (undone ? g.applied : 0);
      if (g.refused + rolledBack > 0)
        open.set(key, { ...g, refused: g.refused, rolledBack });
    }
  }
  const perBatch = /* @__PURE__ */ new Map();
  const add = (g, a, r, b) => {
    const key = `${g.consolidation}\0${g.batch}`;
    const e = perBatch.get(key) ?? {
      consolidation: g.consolidation,
      batch: g.batch,
      planned: 0,
      applied: 0,
      refused: 0,
      rolledBack: 0,
      successRate: 1
    };
    e.applied += a;
    e.refused += r;
    e.rolledBack += b;
    e.planned = e.applied + e.refused + e.rolledBack;
    e.successRate = rate(e.applied, e.planned);
    perBatch.set(key, e);
  };
  for (const { g, n } of applied.values())
    add(g, n, 0, 0);
  for (const g of open.values())
    add(g, 0, g.refused, g.rolledBack);
  const batches = [...perBatch.values()].sort((a, b) => `${a.consolidation}\0${a.batch}` < `${b.consolidation}\0${b.batch}` ? -1 : 1);
  return { ...totalsOf(batches), batches };
}
function readMigrationRecord(root) {
  const found = readMigrationRecordFile(root);
  if (found === void 0 || found.version === 2)
    return found?.record;
  const { planned, applied } = found.record;
  const refused = found.record.refused ?? planned - applied;
  const g = { consolidation: "*", batch: "*", path: "*" };
  const groups = [
    { ...g, planned, applied, refused, rolledBack: 0, successRate: rate(applied, planned) }
  ];
  const runs = [{ run: "v1", at: "", scope: {}, totals: totalsOf(groups), groups }];
  return {
    schemaVersion: migrationRecordVersion,
    tool: { name: "ssot-tracker", version: toolVersion },
    ...summarise(runs),
    runs
  };
}
function writeMigrationRecord(root, runs) {
  const record = {
    schemaVersion: migrationRecordVersion,
    tool: { name: "ssot-tracker", version: toolVersion },
    ...summarise(runs),
    runs: [...runs]
  };
  writeMigrationRecordFile(root, record);
  return record;
}
function recordRun(root, run) {
  const runs = (readMigrationRecord(root)?.runs ?? []).filter((r) => r.run !== run.run);
  return writeMigrationRecord(root, [...runs, run]);
}

// dist/migrate/verify.js
import { spawn } from "node:child_process";
var tailLines = 40;
function tail(text, n) {
  const lines = text.replace(/\n$/, "").split("\n");
  return lines.slice(-n).join("\n");
}
function runVerify(command, cwd) {
  return new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    const keep = (b) => {
      chunks.push(b);
      size += b.length;
      while (size > 1 << 20 && chunks.length > 1)
        size -= chunks.shift().length;
    };
    const child = spawn(command, { cwd, shell: true, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error) => resolve({ passed: false, exit: `could not start (${error.message})`, output: "" }));
    child.on("close", (code, signal) => {
      const output = tail(Buffer.concat(chunks).toString("utf8"), tailLines);
      if (signal !== null)
        resolve({ passed: false, exit: `killed by ${signal}`, output });
      else
        resolve({ passed: code === 0, exit: `exit code ${code}`, output });
    });
  });
}

// dist/migrate/format.js
var safe = (s) => visible(s);
var rateText = (f) => `${f.applied} of ${f.planned} applied (${f.successRate})`;
function verifyLines(outcome) {
  const v = outcome.verify;
  if (!v)
    return [];
  if (v.passed)
    return [`verify: ${safe(v.command)} passed`];
  const lines = [`verify: ${safe(v.command)} failed (${v.exit}); the batch was rolled back`];
  for (const f of v.restored ?? [])
    lines.push(`restored ${safe(f)}`);
  if (v.output) {
    lines.push("its output ended with:");
    for (const l of v.output.split("\n"))
      lines.push(`  ${safe(l)}`);
  }
  return lines;
}
function formatMigrationText(outcome, context = {}) {
  const lines = [];
  const verb = outcome.dryRun ? "would apply" : "applied";
  const back = outcome.rolledBack ? `, ${outcome.rolledBack} rolled back` : "";
  lines.push(`${outcome.planned} planned, ${outcome.applied} ${verb}, ${outcome.refused.length} refused${back}; success rate ${outcome.successRate}`);
  if (outcome.refused.length > 0) {
    lines.push("refused:");
    for (const r of outcome.refused)
      lines.push(`  ${safe(r.file)}:${r.line} [${safe(r.path)}] ${safe(r.reason)}`);
  }
  if (outcome.skipped.length > 0) {
    lines.push("not handled by migrate:");
    for (const s of outcome.skipped)
      lines.push(`  ${safe(s.file)}:${s.line} [${safe(s.path)}] ${safe(s.reason)}`);
  }
  if (outcome.compileCheck)
    lines.push(`note: ${outcome.compileCheck}`);
  if (outcome.dryRun) {
    lines.push(outcome.files.length > 0 ? `dry run: ${outcome.files.length} file(s) would change; nothing was written (apply with --write, keep copies with --backup)` : "dry run: nothing to change");
  } else {
    if (!outcome.rolledBack)
      for (const f of outcome.files)
        lines.push(`rewrote ${safe(f)}`);
    if (outcome.backup)
      lines.push(`backups in ${safe(outcome.backup)} (undo with --restore ${safe(outcome.run ?? "")})`);
    lines.push(...verifyLines(outcome));
    const r = context.record;
    if (context.recorded && r)
      lines.push(`recorded in .ssot/last-migration.json; whole migration: ${rateText(r)}`);
  }
  const diff = outcome.dryRun && context.diff ? `${visible(context.diff, "	\n\r")}
` : "";
  return `${diff}${lines.join("\n")}
`;
}
function formatMigrationJson(outcome) {
  return `${JSON.stringify(outcome, null, 2)}
`;
}
function formatRestoreText(outcome) {
  const lines = [
    outcome.dryRun ? `run ${safe(outcome.run)}: ${outcome.files.length} file(s); --dry-run: nothing restored` : `run ${safe(outcome.run)}: ${outcome.restored} of ${outcome.files.length} file(s) restored`
  ];
  for (const f of outcome.files)
    lines.push(`  ${safe(f.file)}: ${safe(f.status)}`);
  if (outcome.refused > 0)
    lines.push(`${outcome.refused} file(s) not restored; --force restores files changed since the run`);
  return `${lines.join("\n")}
`;
}
function formatRunsText(record, backups) {
  const withBackups = new Set(backups.map((m) => m.run));
  const runs = record?.runs ?? [];
  if (runs.length === 0 && backups.length === 0)
    return "no migration runs recorded\n";
  const lines = [];
  for (const run of runs) {
    const scope = Object.entries(run.scope).map(([k, v]) => `--${k} ${v}`).join(" ");
    const t = run.totals;
    const notes = [
      ...t.rolledBack > 0 ? [`${t.rolledBack} rolled back`] : [],
      ...run.verify ? [`verify ${run.verify.passed ? "passed" : "failed"}`] : [],
      ...run.restored ? [`restored ${run.restored.files} of ${run.restored.of}`] : [],
      withBackups.has(run.run) ? "backups" : "no backups"
    ];
    lines.push(`${safe(run.run)}  ${scope === "" ? "(all)" : safe(scope)}  ${t.planned} planned, ${t.applied} applied, ${t.refused} refused (${t.successRate}); ${notes.join(", ")}`);
  }
  for (const m of backups)
    if (!runs.some((r) => r.run === m.run))
      lines.push(`${safe(m.run)}  backups only (${m.files.length} file(s))`);
  if (record) {
    lines.push(`whole migration: ${rateText(record)}`);
    for (const b of record.batches)
      lines.push(`  ${safe(b.consolidation)} / ${safe(b.batch)}: ${rateText(b)}${b.rolledBack ? `, ${b.rolledBack} rolled back` : ""}`);
  }
  return `${lines.join("\n")}
`;
}

// dist/migrate/index.js
var lockFile = ssotLayout.migrateLock;
function lock(root, timeoutMs = 1e4) {
  ensureFolderInside(root, path3.join(root, stateFolder));
  const file = path3.join(root, lockFile);
  try {
    return acquireLock(file, { timeoutMs, staleMs: 7 * 24 * 36e5 });
  } catch (error) {
    if (!(error instanceof InputError))
      throw error;
    throw new InputError(`another ssot migrate --write or --restore is running in ${root} (${lockFile}): ${error.message}; run again once it has finished`, { cause: error });
  }
}
async function analyzeAndPlan(config, options) {
  let python;
  const result = await analyze(config, {
    ...options.analyze ?? { cache: false },
    onPythonFacts: (facts) => {
      python = facts;
    }
  });
  return planMigration(config, result, options, python);
}
async function migrate(config, options = {}) {
  const write = options.write === true;
  if (!write) {
    const plan = await analyzeAndPlan(config, options);
    const { outcome } = applyPlanFiles(plan, {
      write: false,
      ...options.python !== void 0 ? { python: options.python } : {}
    });
    return { plan, outcome, recorded: false };
  }
  const unlock = lock(config.root, options.lockTimeoutMs);
  try {
    return await writeRun(config, options);
  } finally {
    unlock();
  }
}
async function writeRun(config, options) {
  const root = config.root;
  const plan = await analyzeAndPlan(config, options);
  const now = options.now ?? /* @__PURE__ */ new Date();
  const run = runId(now, path3.join(root, backupsFolder));
  const backup = options.backup === true || options.verify !== void 0;
  const backupDir = backup ? path3.join(root, backupsFolder, run) : void 0;
  if (backupDir !== void 0 && plan.files.length > 0)
    ignoreBackups(root);
  const { outcome, written, refused } = applyPlanFiles(plan, {
    write: true,
    ...backupDir !== void 0 ? { backupDir } : {},
    ...options.python !== void 0 ? { python: options.python } : {}
  });
  if (backupDir !== void 0 && written.length > 0)
    writeManifest(root, run, now.toISOString(), written);
  outcome.run = run;
  let rolledBack = false;
  if (options.verify !== void 0 && written.length > 0) {
    const v = await runVerify(options.verify, root);
    outcome.verify = { command: options.verify, passed: v.passed, exit: v.exit };
    if (!v.passed) {
      const restore = restoreRun(root, run, { force: true });
      rolledBack = true;
      outcome.verify.output = v.output;
      outcome.verify.restored = restore.files.filter((f) => f.status === "restored").map((f) => f.file);
      outcome.rolledBack = outcome.applied;
      outcome.applied = 0;
      outcome.successRate = outcome.planned === 0 ? 1 : 0;
    }
  }
  const groups = runGroups(plan.items, (k) => refused.has(k) ? "refused" : rolledBack ? "rolledBack" : "applied");
  const record = recordRun(root, {
    run,
    at: now.toISOString(),
    scope: {
      ...options.consolidation !== void 0 ? { consolidation: options.consolidation } : {},
      ...options.batch !== void 0 ? { batch: options.batch } : {},
      ...options.path !== void 0 ? { path: options.path } : {}
    },
    totals: totalsOf(groups),
    groups,
    ...outcome.backup !== void 0 ? { backup: outcome.backup } : {},
    ...outcome.verify ? {
      verify: {
        command: outcome.verify.command,
        passed: outcome.verify.passed,
        exit: outcome.verify.exit
      }
    } : {}
  });
  return { plan, outcome, recorded: true, record };
}
function restoreMigration(config, options = {}) {
  const o = { force: options.force === true, dryRun: options.dryRun === true };
  if (o.dryRun)
    return restoreRun(config.root, options.run, o);
  const unlock = lock(config.root, options.lockTimeoutMs);
  try {
    const outcome = restoreRun(config.root, options.run, o);
    const record = readMigrationRecord(config.root);
    const restored = outcome.files.filter((f) => f.status === "restored" || f.status === "already as before").length;
    if (record?.runs.some((r) => r.run === outcome.run) && restored > 0) {
      writeMigrationRecord(config.root, record.runs.map((r) => r.run === outcome.run ? {
        ...r,
        restored: {
          at: (/* @__PURE__ */ new Date()).toISOString(),
          files: restored,
          of: outcome.files.length
        }
      } : r));
    }
    return outcome;
  } finally {
    unlock();
  }
}
function migrationDiff(plan, outcome) {
  const chosen = new Set(outcome.files);
  return plan.files.filter((f) => chosen.has(f.file)).map((f) => unifiedDiff(f.file, f.text, f.edits)).join("");
}
function recordMigration(root, outcome) {
  const g = { consolidation: "*", batch: "*", path: "*" };
  const groups = [
    {
      ...g,
      planned: outcome.planned,
      applied: outcome.applied,
      refused: outcome.refused.length,
      rolledBack: outcome.rolledBack ?? 0,
      successRate: outcome.successRate
    }
  ];
  const at = (/* @__PURE__ */ new Date()).toISOString();
  recordRun(root, { run: outcome.run ?? at, at, scope: {}, totals: totalsOf(groups), groups });
  return true;
}
export {
  applyEdits,
  applyPlan,
  backupRuns,
  formatMigrationJson,
  formatMigrationText,
  formatRestoreText,
  formatRunsText,
  migrate,
  migrationDiff,
  planMigration,
  readMigrationRecord,
  recordMigration,
  restoreMigration
};
