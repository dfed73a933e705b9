import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { locateImports } from "../analyze/javascript/locations.js";
import { round } from "../analyze/measure.js";
import { scanPython } from "../analyze/python/scanner.js";
import { errorCode } from "../util/errors.js";
import { relativePosix } from "../util/paths.js";
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

/** The file's text with the edits applied, from the end backwards so offsets stay valid. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  }
  return out;
}

const encoder = new TextEncoder();
const bomBytes = new Uint8Array([0xef, 0xbb, 0xbf]);

interface Candidate {
  planned: PlannedFile;
  original: Buffer;
  rewritten: Uint8Array;
}

/**
 * The rewritten text read again: a Python file must scan cleanly; a JS/TS file must parse
 * cleanly and keep exactly as many import statements as before.
 */
function rescanProblem(planned: PlannedFile, text: string): string | undefined {
  if (planned.file.endsWith(".py")) {
    const error = scanPython(text).errors[0];
    return error
      ? `the rewritten file does not scan cleanly (line ${error.line}: ${error.message})`
      : undefined;
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
  if (createHash("sha256").update(original).digest("hex") !== planned.hash) {
    return "the file changed since the plan";
  }
  const text = applyEdits(planned.text, planned.edits);
  const problem = rescanProblem(planned, text);
  if (problem !== undefined) return problem;
  const body = encoder.encode(text);
  const rewritten = planned.bom ? Buffer.concat([bomBytes, body]) : body;
  return { planned, original, rewritten };
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

/** Backup first, then the new content; on a failed write the original bytes go back. */
function writeCandidate(c: Candidate, backupDir: string | undefined): string | undefined {
  try {
    if (backupDir !== undefined) {
      const copy = path.join(backupDir, c.planned.file);
      mkdirSync(path.dirname(copy), { recursive: true });
      writeFileSync(copy, c.original);
    }
  } catch (error) {
    return `the backup could not be written (${errorCode(error)})`;
  }
  try {
    writeFileSync(c.planned.abs, c.rewritten);
    return undefined;
  } catch (error) {
    try {
      writeFileSync(c.planned.abs, c.original);
    } catch {
      // The original write failed the same way; the report names the file either way.
    }
    return `the file could not be written (${errorCode(error)})`;
  }
}

const byPlace = (a: Refusal, b: Refusal) =>
  a.file < b.file
    ? -1
    : a.file > b.file
      ? 1
      : a.line - b.line || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Verifies and (with `write`) applies a plan: each file's content hash is checked right
 * before, the rewritten text must scan cleanly and compile wherever the original compiled.
 * A file that fails any check is left exactly as it was and its items are refused.
 */
export function applyPlan(plan: MigrationPlan, options: ApplyOptions): MigrationOutcome {
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
  const passed: Candidate[] = [];
  candidates.forEach((c) => {
    const reason = checked.reasons[python.indexOf(c)];
    if (reason !== undefined) fail(c.planned, reason);
    else passed.push(c);
  });

  const done: Candidate[] = [];
  for (const c of passed) {
    const reason = options.write ? writeCandidate(c, options.backupDir) : undefined;
    if (reason !== undefined) fail(c.planned, reason);
    else done.push(c);
  }

  const planned = plan.items.length;
  const applied = planned - reasons.size;
  const refused = [...reasons].map(([k, reason]) => {
    const it = plan.items[k];
    return { file: it?.file ?? "", line: it?.line ?? 0, path: it?.path ?? "", reason };
  });
  return {
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
}
