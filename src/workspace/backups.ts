import { createHash } from "node:crypto";
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { InputError } from "../util/errors.js";
import { ssotLayout } from "./layout.js";
import { readRegularText } from "./read-file.js";
import { ensureFolderInside, writableProblem, writeFileSafely } from "./safe-write.js";

/**
 * A run's backups: `.ssot/backups/<run>/<file>` (the bytes before the rewrite, mode kept)
 * and `manifest.json`, which says what the run wrote so that `--restore` can put every
 * file back byte for byte, and refuse one that changed since.
 */

/** A file a run rewrote: what restoring it needs. */
export interface WrittenFile {
  file: string;
  /** Permission bits, kept by the rewrite and the backup. */
  mode: number;
  /** sha256 of the bytes before and after the rewrite. */
  before: string;
  after: string;
}

export const backupsFolder = ssotLayout.backups;
const manifestName = "manifest.json";

const manifestSchema = z.object({
  schemaVersion: z.literal(1),
  run: z.string(),
  at: z.string(),
  files: z.array(
    z.object({
      file: z.string(),
      mode: z.number().int().nonnegative(),
      before: z.string(),
      after: z.string(),
    }),
  ),
});
export type Manifest = z.infer<typeof manifestSchema>;

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A sortable id for a run (UTC, to the millisecond), unique under `dir`. */
export function runId(now: Date, dir: string): string {
  const base = now.toISOString().replace(/[-:.]/g, "");
  let id = base;
  for (let n = 2; existsSync(path.join(dir, id)); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Backups are copies of source files: git and our own discovery must not see them, or the
 * next analysis would count (and the next migrate rewrite) every import twice.
 */
export function ignoreBackups(root: string): void {
  const backups = path.join(root, backupsFolder);
  ensureFolderInside(root, backups);
  const file = path.join(backups, ".gitignore");
  if (!existsSync(file))
    writeFileSafely(file, "# ssot migrate backups: never analysed, never committed\n*\n", {
      base: root,
      mode: 0o644,
    });
}

export function writeManifest(
  root: string,
  run: string,
  at: string,
  written: readonly WrittenFile[],
): void {
  const manifest: Manifest = { schemaVersion: 1, run, at, files: [...written] };
  const dir = path.join(root, backupsFolder, run);
  ensureFolderInside(root, dir);
  writeFileSafely(path.join(dir, manifestName), `${JSON.stringify(manifest, null, 2)}\n`, {
    base: root,
    mode: 0o644,
  });
}

function readManifest(root: string, run: string): Manifest | undefined {
  const file = path.join(root, backupsFolder, run, manifestName);
  const text = readRegularText(file, { what: "the backup manifest" });
  if (text === undefined) return undefined;
  try {
    return manifestSchema.parse(JSON.parse(text));
  } catch (error) {
    throw new InputError(`${file}: not a backup manifest (${(error as Error).message})`, {
      cause: error,
    });
  }
}

/** The runs that have backups, oldest first. */
export function backupRuns(root: string): Manifest[] {
  const dir = path.join(root, backupsFolder);
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => !n.startsWith("."))
      .sort();
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    const m = readManifest(root, n);
    return m ? [m] : [];
  });
}

export type RestoreStatus =
  | "restored"
  | "would restore"
  | "already as before"
  | "changed since the run"
  | string;

export interface RestoreOutcome {
  run: string;
  dryRun: boolean;
  files: { file: string; status: RestoreStatus }[];
  restored: number;
  refused: number;
}

export interface RestoreOptions {
  /** Restore files that changed since the run too. */
  force?: boolean;
  dryRun?: boolean;
}

/** Puts one file back from its backup; the status says what happened. */
function restoreFile(
  root: string,
  run: string,
  f: Manifest["files"][number],
  o: RestoreOptions,
): RestoreStatus {
  const abs = path.join(root, f.file);
  const copyPath = path.join(root, backupsFolder, run, f.file);
  let copy: Buffer;
  try {
    if (lstatSync(copyPath).isSymbolicLink()) return "its backup is a symbolic link: not restored";
    copy = readFileSync(copyPath);
  } catch {
    return "its backup is missing";
  }
  if (sha256(copy) !== f.before) return "its backup does not match the hash it was taken with";
  const present = lstatExists(abs);
  if (present) {
    const unsafe = writableProblem(root, abs);
    if (unsafe !== undefined) return unsafe;
    const now = sha256(readFileSync(abs));
    if (now === f.before) return "already as before";
    if (now !== f.after && !o.force) return "changed since the run";
  } else if (!o.force) return "changed since the run";
  if (o.dryRun) return "would restore";
  ensureFolderInside(root, path.dirname(abs));
  writeFileSafely(abs, copy, { base: root, mode: f.mode });
  return "restored";
}

function lstatExists(abs: string): boolean {
  try {
    lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}

/** Restores the files of `run` (default: the last run with backups). */
export function restoreRun(
  root: string,
  run: string | undefined,
  o: RestoreOptions = {},
): RestoreOutcome {
  const runs = backupRuns(root);
  const manifest = run === undefined ? runs[runs.length - 1] : runs.find((m) => m.run === run);
  if (manifest === undefined) {
    const known = runs.map((m) => m.run).join(", ") || "none";
    throw new InputError(
      run === undefined
        ? `--restore: no run with backups under ${backupsFolder}; runs with backups: none (back up with --write --backup)`
        : `--restore: no run "${run}" with backups; runs with backups: ${known}`,
    );
  }
  const files = manifest.files.map((f) => ({
    file: f.file,
    status: restoreFile(root, manifest.run, f, o),
  }));
  const done = (s: RestoreStatus) =>
    s === "restored" || s === "would restore" || s === "already as before";
  return {
    run: manifest.run,
    dryRun: o.dryRun === true,
    files,
    restored: files.filter((f) => done(f.status)).length,
    refused: files.filter((f) => !done(f.status)).length,
  };
}
