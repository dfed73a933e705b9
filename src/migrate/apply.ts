import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { locateImports } from "../languages/javascript/locations.js";
import { scanPython } from "../languages/python/scanner.js";
import { errorCode, InputError } from "../util/errors.js";
import { relativePosix } from "../util/paths.js";
import { round } from "../util/round.js";
import type { WrittenFile } from "../workspace/backups.js";
import {
  ensureFolderInside,
  fileMode,
  writableProblem,
  writeFileSafely,
} from "../workspace/safe-write.js";
import { compilePython } from "./compile.js";
import { javascriptSyntaxError } from "./js-exports.js";
import type { Edit, MigrationOutcome, MigrationPlan, PlannedFile, Refusal } from "./types.js";

export interface ApplyOptions {
  /** Write the rewritten files (else: a dry run that verifies everything but writes nothing). */
  write: boolean;
  /** Absolute folder to copy each file into before it is rewritten. */
  backupDir?: string;
  /** The Python interpreter for the compile check (default python3). */
  python?: string;
}

/** The file's text with the edits applied, in one pass (edits do not overlap). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let at = 0;
  for (const e of sorted) {
    pieces.push(text.slice(at, e.start), e.replacement);
    at = e.end;
  }
  pieces.push(text.slice(at));
  return pieces.join("");
}

const encoder = new TextEncoder();
const bomBytes = new Uint8Array([0xef, 0xbb, 0xbf]);
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

interface Candidate {
  planned: PlannedFile;
  original: Buffer;
  rewritten: Uint8Array;
  /** Module-level names the rewritten Python file must bind, exactly. */
  names?: Set<string>;
}

/** The module-level names after the rewrite: those before, less the removed, plus the added. */
function expectedNames(planned: PlannedFile): Set<string> {
  const names = new Set(planned.names.before ?? scanPython(planned.text).moduleNames);
  for (const n of planned.names.removed) names.delete(n);
  for (const n of planned.names.added) names.add(n);
  return names;
}

/** Why a rewritten file's module-level names differ from the expected ones. */
function namesProblem(expected: ReadonlySet<string>, names: readonly string[]): string | undefined {
  const actual = new Set(names);
  const missing = [...expected].filter((n) => !actual.has(n));
  const extra = [...actual].filter((n) => !expected.has(n));
  if (missing.length + extra.length === 0) return undefined;
  const parts = [
    ...(missing.length > 0 ? [`no longer binds ${missing.sort().join(", ")}`] : []),
    ...(extra.length > 0 ? [`now binds ${extra.sort().join(", ")}`] : []),
  ];
  return `the rewritten file ${parts.join(" and ")} at module level`;
}

/**
 * The rewritten text parsed again: a Python file must scan cleanly and bind the same
 * module-level names (less and plus what factory call sites change); a JS/TS file must
 * parse cleanly and keep its import statements.
 */
function rescanProblem(
  planned: PlannedFile,
  text: string,
  names?: Set<string>,
): string | undefined {
  if (planned.file.endsWith(".py")) {
    const scan = scanPython(text);
    const error = scan.errors[0];
    if (error)
      return `the rewritten file does not scan cleanly (line ${error.line}: ${error.message})`;
    return names === undefined ? undefined : namesProblem(names, scan.moduleNames);
  }
  const error = javascriptSyntaxError(text, planned.file);
  if (error !== undefined) return `the rewritten file does not parse cleanly (${error})`;
  const before = locateImports(planned.text).imports.length;
  const after = locateImports(text).imports.length;
  return before === after
    ? undefined
    : `the rewritten file has ${after} import statements instead of ${before}`;
}

/** Reads the file again and rewrites it in memory; a string says why it cannot be. */
function prepare(planned: PlannedFile): Candidate | string {
  let original: Buffer;
  try {
    original = readFileSync(planned.abs);
  } catch (error) {
    return `the file cannot be read (${errorCode(error)})`;
  }
  if (sha256(original) !== planned.hash) return "the file changed since the plan";
  const text = applyEdits(planned.text, planned.edits);
  const names = planned.file.endsWith(".py") ? expectedNames(planned) : undefined;
  const problem = rescanProblem(planned, text, names);
  if (problem !== undefined) return problem;
  const body = encoder.encode(text);
  const rewritten = planned.bom ? Buffer.concat([bomBytes, body]) : body;
  return { planned, original, rewritten, ...(names ? { names } : {}) };
}

/**
 * Compiles every Python file before and after its rewrite in one python3 process; returns
 * the refusal reason per candidate (undefined: fine), or why no compile check ran. (JS/TS
 * files have no compiler to ask here: `prepare` parsed them again.)
 */
function compileCheck(
  candidates: readonly Candidate[],
  python: string | undefined,
): { reasons: (string | undefined)[]; unavailable?: string } {
  if (candidates.length === 0) return { reasons: [] };
  const tmp = mkdtempSync(path.join(os.tmpdir(), "ssot-migrate-"));
  try {
    const rewrittenPaths = candidates.map((c, i) => {
      const file = path.join(tmp, `${i}.py`);
      writeFileSync(file, c.rewritten);
      return file;
    });
    const result = compilePython(
      [...candidates.map((c) => c.planned.abs), ...rewrittenPaths],
      python,
    );
    if ("unavailable" in result)
      return { reasons: candidates.map(() => undefined), unavailable: result.unavailable };
    const n = candidates.length;
    return {
      reasons: candidates.map((_, i) => {
        const before = result.errors[i];
        const after = result.errors[n + i];
        if (before !== undefined) return `the file does not compile before the rewrite (${before})`;
        if (after !== undefined) return `the rewritten file would not compile (${after})`;
        return undefined;
      }),
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** A failed write as a refusal reason: the system's word for it, else what was refused. */
const writeError = (error: unknown) =>
  errorCode(error instanceof InputError && error.cause !== undefined ? error.cause : error);

/**
 * Right before its own write: the file is no link and inside the root, and its bytes are
 * still those planned (hashed again now). Then the backup (mode kept), the atomic write,
 * and the written file read back: a Python file that no longer binds the same module-level
 * names is put back as it was.
 */
function writeCandidate(
  c: Candidate,
  root: string,
  backupDir: string | undefined,
): WrittenFile | string {
  const { planned } = c;
  const unsafe = writableProblem(root, planned.abs);
  if (unsafe !== undefined) return unsafe;
  let current: Buffer;
  let mode: number;
  try {
    current = readFileSync(planned.abs);
    mode = fileMode(planned.abs);
  } catch (error) {
    return `the file cannot be read (${errorCode(error)})`;
  }
  if (sha256(current) !== planned.hash) return "the file changed since the plan";
  if (backupDir !== undefined) {
    try {
      const copy = path.join(backupDir, planned.file);
      ensureFolderInside(root, path.dirname(copy));
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
  // Read back: the bytes must be those parsed and checked above (so they bind the same
  // module-level names); anything else is put back as it was.
  let back: Buffer | undefined;
  try {
    back = readFileSync(planned.abs);
  } catch {
    back = undefined;
  }
  if (back === undefined || !back.equals(c.rewritten)) {
    writeFileSafely(planned.abs, current, { base: root, mode });
    return "the written file did not read back as written: restored as it was";
  }
  return { file: planned.file, mode, before: planned.hash, after: sha256(c.rewritten) };
}

const byPlace = (a: Refusal, b: Refusal) =>
  a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The outcome and, for a write, what each rewritten file needs to be restored. */
export interface Applied {
  outcome: MigrationOutcome;
  written: WrittenFile[];
  /** Indexes of the refused items. */
  refused: ReadonlySet<number>;
}

/**
 * Verifies and (with `write`) applies a plan: the rewritten text must scan cleanly, bind
 * the same module-level names and compile wherever the original compiled; each file's
 * hash is checked again right before its own write. A file that fails any check is left
 * exactly as it was and its items are refused.
 */
export function applyPlanFiles(plan: MigrationPlan, options: ApplyOptions): Applied {
  const reasons = new Map<number, string>();
  plan.items.forEach((it, k) => {
    if (it.refused !== undefined) reasons.set(k, it.refused);
  });
  const fail = (planned: PlannedFile, reason: string) => {
    for (const k of planned.items) reasons.set(k, reason);
  };

  const candidates: Candidate[] = [];
  for (const planned of plan.files) {
    const c = prepare(planned);
    if (typeof c === "string") fail(planned, c);
    else candidates.push(c);
  }
  const python = candidates.filter((c) => c.planned.file.endsWith(".py"));
  const checked = compileCheck(python, options.python);
  const reasonOf = new Map(python.map((c, i) => [c, checked.reasons[i]]));
  const passed: Candidate[] = [];
  for (const c of candidates) {
    const reason = reasonOf.get(c);
    if (reason !== undefined) fail(c.planned, reason);
    else passed.push(c);
  }

  const done: Candidate[] = [];
  const written: WrittenFile[] = [];
  for (const c of passed) {
    const result = options.write ? writeCandidate(c, plan.root, options.backupDir) : undefined;
    if (typeof result === "string") fail(c.planned, result);
    else {
      done.push(c);
      if (result) written.push(result);
    }
  }

  const planned = plan.items.length;
  const applied = planned - reasons.size;
  const refused = [...reasons].map(([k, reason]) => {
    const it = plan.items[k];
    return { file: it?.file ?? "", line: it?.line ?? 0, path: it?.path ?? "", reason };
  });
  const outcome: MigrationOutcome = {
    dryRun: !options.write,
    planned,
    applied,
    refused: refused.sort(byPlace),
    successRate: planned === 0 ? 1 : round(applied / planned),
    skipped: plan.skipped,
    files: done.map((c) => c.planned.file),
    edits: done.flatMap((c) => c.planned.edits),
    ...(options.write && options.backupDir !== undefined && done.length > 0
      ? { backup: relativePosix(plan.root, options.backupDir) }
      : {}),
    ...(checked.unavailable !== undefined
      ? {
          compileCheck: `${checked.unavailable}: the rewritten files were re-scanned but not compiled`,
        }
      : {}),
  };
  return { outcome, written, refused: new Set(reasons.keys()) };
}

/** `applyPlanFiles`, the outcome alone. */
export function applyPlan(plan: MigrationPlan, options: ApplyOptions): MigrationOutcome {
  return applyPlanFiles(plan, options).outcome;
}
