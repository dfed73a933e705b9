/**
 * Differential check of the Python scanner against CPython's `ast`: the same files go
 * through `ast_imports.py` (a few python3 processes, many files each) and through
 * `decodePython` + `scanPython`; the import tuples must agree exactly, and the scanner may
 * report errors only in files CPython rejects.
 */
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ParseError, PythonScan } from "../../src/languages/python/scan-types.js";
import { decodePython, scanPython } from "../../src/languages/python/scanner.js";

const SCRIPT = fileURLToPath(new URL("./ast_imports.py", import.meta.url));

/** One tuple present on one side only. */
export interface ImportDifference {
  file: string;
  /** `ast`: CPython has it and the scanner does not; `scanner`: the other way round. */
  side: "ast" | "scanner";
  /** JSON of `[line, name, 0, asname]` (import) or `[line, module, level, names]` (from). */
  tuple: string;
}

/**
 * What the other outputs disagree on, beyond the import tuples: import contexts
 * `[line, nested, typeChecking]`, import end lines `[line, endLine]`, classes
 * `[line, name, nested]`, class bases `[line, name, bases]`, module-level names (scanner:
 * moduleNames; ast: bindings plus __all__ entries), dunderAll, warn calls
 * `[line, message, names, inGetattr]`, definedNames and getattrTargets `[index, name]` (so
 * their order counts), pragmas `[line, reason]`.
 */
export type OtherKind =
  | "contexts"
  | "ends"
  | "classes"
  | "bases"
  | "names"
  | "all"
  | "warnings"
  | "defined"
  | "getattrTargets"
  | "pragmas";

const OTHER_KINDS: OtherKind[] = [
  "contexts",
  "ends",
  "classes",
  "bases",
  "names",
  "all",
  "warnings",
  "defined",
  "getattrTargets",
  "pragmas",
];

export interface OtherDifference extends ImportDifference {
  kind: OtherKind;
}

export interface AstDiffReport {
  /** Files CPython parses (the ones compared). */
  files: number;
  /** Files CPython rejects (skipped for imports, used for missedErrors). */
  rejectedFiles: number;
  /** Import tuples CPython reports in the compared files. */
  statements: number;
  /** Tuples on one side only, over all files. */
  diffCount: number;
  /** The first of those differences. */
  differences: ImportDifference[];
  /** Differences in the other outputs, counted per kind; the first ones kept. */
  otherCounts: Record<OtherKind, number>;
  /** Tuples CPython reports per kind in the compared files. */
  otherTotals: Record<OtherKind, number>;
  otherDifferences: OtherDifference[];
  /** Files CPython parses but the scanner reports errors for (must stay empty). */
  falseErrors: { file: string; errors: ParseError[] }[];
  /** Files CPython rejects without the scanner reporting any error. */
  missedErrors: string[];
  /** Source bytes scanned and time spent in decodePython + scanPython. */
  bytes: number;
  scanMs: number;
}

interface AstRecord {
  path: string;
  ok: boolean;
  error?: string;
  imports?: [number, string, number, string | string[]][];
  contexts?: [number, boolean, boolean][];
  ends?: [number, number][];
  classes?: [number, string, boolean][];
  bases?: [number, string, string[]][];
  names?: string[];
  all?: string[];
  warnings?: [number, string, string[], boolean][];
  defined?: string[];
  getattr_targets?: string[];
  /** null: not compared (tokenize would number the lines differently). */
  pragmas?: [number, string][] | null;
}

/** A Python 3 executable that runs (`preferred` first when given), or undefined. */
export function findPython(preferred?: string): string | undefined {
  const candidates = preferred ? [preferred] : ["python3", "python"];
  for (const candidate of candidates) {
    const r = spawnSync(candidate, ["-c", "import sys; print(sys.version_info[0])"], {
      encoding: "utf8",
    });
    if (r.status === 0 && r.stdout.trim() === "3") return candidate;
  }
  return undefined;
}

/** The interpreter's standard library folder. */
export function stdlibDir(python: string): string {
  const r = spawnSync(python, ["-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`${python} could not report its stdlib: ${r.stderr}`);
  return r.stdout.trim();
}

/** Every `.py` file under `root`, sorted; folders named in `skipDirs` and symlinks are left out. */
export function listPythonFiles(root: string, skipDirs: readonly string[] = []): string[] {
  const skip = new Set(["__pycache__", ...skipDirs]);
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skip.has(entry.name)) walk(path);
      } else if (entry.isFile() && entry.name.endsWith(".py")) out.push(path);
    }
  };
  walk(root);
  return out.sort();
}

/** Runs ast_imports.py over `files` in `processes` parallel batches. */
async function astRecords(
  python: string,
  files: string[],
  processes: number,
): Promise<AstRecord[]> {
  const size = Math.ceil(files.length / processes);
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += size) batches.push(files.slice(i, i + size));
  const outputs = await Promise.all(batches.map((batch) => runScript(python, batch)));
  return outputs.flatMap((text) =>
    text
      .split("\n")
      .filter((line) => line.length > 0)
      .map((line) => JSON.parse(line) as AstRecord),
  );
}

function runScript(python: string, files: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(python, [SCRIPT], { stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString("utf8"));
      else
        reject(new Error(`ast_imports.py exited ${code}: ${Buffer.concat(err).toString("utf8")}`));
    });
    child.stdin.end(`${files.join("\n")}\n`);
  });
}

/** The scanner's imports in ast_imports.py's tuple form, as JSON strings. */
export function scannerTuples(scan: PythonScan): string[] {
  const out: string[] = [];
  for (const s of scan.imports) {
    if (s.kind === "import") {
      for (const n of s.names) out.push(JSON.stringify([s.line, n.name, 0, n.alias ?? ""]));
    } else {
      const names = s.names.map((n) =>
        n.alias === undefined ? n.name : `${n.name} as ${n.alias}`,
      );
      out.push(JSON.stringify([s.line, s.module, s.level, names.sort()]));
    }
  }
  return out;
}

const json = (x: unknown): string => JSON.stringify(x);
const indexed = (names: string[]): string[] => names.map((n, i) => json([i, n]));

/** The scanner's other outputs, in the same forms as ast_imports.py's. */
function scannerOthers(scan: PythonScan): Record<OtherKind, string[]> {
  return {
    contexts: scan.imports.map((s) => json([s.line, s.nested, s.typeChecking])),
    ends: scan.imports.map((s) => json([s.line, s.endLine])),
    classes: scan.classes.map((c) => json([c.line, c.name, c.nested])),
    bases: scan.classes.map((c) => json([c.line, c.name, c.bases])),
    names: [...new Set(scan.moduleNames)].map(json),
    all: [...new Set(scan.dunderAll)].map(json),
    warnings: scan.warnings.map((w) => json([w.line, w.message, w.names, w.inGetattr])),
    defined: indexed(scan.definedNames),
    getattrTargets: indexed(scan.getattrTargets),
    pragmas: scan.pragmas.map((p) => json([p.line, p.reason])),
  };
}

/** ast_imports.py's outputs; a kind left undefined is not compared for this file. */
function astOthers(record: AstRecord): Partial<Record<OtherKind, string[]>> {
  const all = record.all ?? [];
  return {
    contexts: (record.contexts ?? []).map(json),
    ends: (record.ends ?? []).map(json),
    classes: (record.classes ?? []).map(json),
    bases: (record.bases ?? []).map(json),
    names: [...new Set([...(record.names ?? []), ...all])].map(json),
    all: [...new Set(all)].map(json),
    warnings: (record.warnings ?? []).map(json),
    defined: indexed(record.defined ?? []),
    getattrTargets: indexed(record.getattr_targets ?? []),
    pragmas: record.pragmas === null ? undefined : (record.pragmas ?? []).map(json),
  };
}

function astTuples(record: AstRecord): string[] {
  return (record.imports ?? []).map(([line, name, level, rest]) =>
    JSON.stringify([line, name, level, Array.isArray(rest) ? [...rest].sort() : rest]),
  );
}

/** Tuples of `a` missing from `b`, as multisets. */
function missing(a: string[], b: string[]): string[] {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const c = counts.get(x) ?? 0;
    if (c > 0) counts.set(x, c - 1);
    else out.push(x);
  }
  return out;
}

export interface AstDiffOptions {
  python?: string;
  /** How many differences to keep in the report (all are counted). Default 50. */
  maxDifferences?: number;
  /** Parallel python3 processes. Default: the number of CPUs, at most 8. */
  processes?: number;
}

export async function runAstDiff(
  files: string[],
  options: AstDiffOptions = {},
): Promise<AstDiffReport> {
  const python = options.python ?? findPython();
  if (python === undefined) throw new Error("python3 is needed for the differential test");
  const max = options.maxDifferences ?? 50;
  const processes = Math.max(1, options.processes ?? Math.min(8, cpus().length));
  const records = await astRecords(python, files, processes);
  const report: AstDiffReport = {
    files: 0,
    rejectedFiles: 0,
    statements: 0,
    diffCount: 0,
    differences: [],
    otherCounts: zeroCounts(),
    otherTotals: zeroCounts(),
    otherDifferences: [],
    falseErrors: [],
    missedErrors: [],
    bytes: 0,
    scanMs: 0,
  };
  for (const record of records) {
    const bytes = readFileSync(record.path);
    const t0 = performance.now();
    const scan = scanPython(decodePython(bytes));
    report.scanMs += performance.now() - t0;
    report.bytes += bytes.length;
    if (!record.ok) {
      report.rejectedFiles++;
      if (scan.errors.length === 0) report.missedErrors.push(record.path);
      continue;
    }
    report.files++;
    if (scan.errors.length > 0) report.falseErrors.push({ file: record.path, errors: scan.errors });
    const expected = astTuples(record);
    const actual = scannerTuples(scan);
    report.statements += expected.length;
    const diffs: ImportDifference[] = [
      ...missing(expected, actual).map((tuple) => ({
        file: record.path,
        side: "ast" as const,
        tuple,
      })),
      ...missing(actual, expected).map((tuple) => ({
        file: record.path,
        side: "scanner" as const,
        tuple,
      })),
    ];
    report.diffCount += diffs.length;
    report.differences.push(...diffs.slice(0, Math.max(0, max - report.differences.length)));
    compareOthers(report, record.path, astOthers(record), scannerOthers(scan), max);
  }
  return report;
}

function zeroCounts(): Record<OtherKind, number> {
  return Object.fromEntries(OTHER_KINDS.map((k) => [k, 0])) as Record<OtherKind, number>;
}

function compareOthers(
  report: AstDiffReport,
  file: string,
  expectedByKind: Partial<Record<OtherKind, string[]>>,
  actualByKind: Record<OtherKind, string[]>,
  max: number,
): void {
  for (const kind of OTHER_KINDS) {
    const expected = expectedByKind[kind];
    if (expected === undefined) continue;
    const actual = actualByKind[kind];
    report.otherTotals[kind] += expected.length;
    const diffs: OtherDifference[] = [
      ...missing(expected, actual).map((tuple) => ({
        kind,
        file,
        side: "ast" as const,
        tuple,
      })),
      ...missing(actual, expected).map((tuple) => ({
        kind,
        file,
        side: "scanner" as const,
        tuple,
      })),
    ];
    report.otherCounts[kind] += diffs.length;
    report.otherDifferences.push(
      ...diffs.slice(0, Math.max(0, max - report.otherDifferences.length)),
    );
  }
}

/** A one-paragraph summary for test logs. */
export function describeReport(name: string, r: AstDiffReport): string {
  const mbps = r.scanMs > 0 ? r.bytes / 1e6 / (r.scanMs / 1000) : 0;
  return [
    `${name}: ${r.files} files parsed by CPython (${r.rejectedFiles} rejected), ${r.statements} import tuples compared`,
    `  differences ${r.diffCount}, false errors ${r.falseErrors.length}, missed errors ${r.missedErrors.length}`,
    `  other outputs differing: ${JSON.stringify(r.otherCounts)}`,
    `  other outputs compared (CPython's tuples): ${JSON.stringify(r.otherTotals)}`,
    `  scanner: ${(r.bytes / 1e6).toFixed(1)} MB in ${r.scanMs.toFixed(0)} ms (${mbps.toFixed(0)} MB/s in one cold pass, decode included; see bench/ for throughput)`,
  ].join("\n");
}
