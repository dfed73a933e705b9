import { randomBytes } from "node:crypto";
import {
  chmodSync,
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import { errorCode, InputError } from "../util/errors.js";

/**
 * Where migrate may write, and how: never through a symbolic link, never outside the
 * repository root once links are resolved, and always atomically (a temporary file in the
 * same folder, renamed over the target) with the target's mode kept.
 * (A generic safe-write module may replace this one; it is kept small on purpose.)
 */

/** Why `abs` (an existing file under `root`) must not be written, or undefined. */
export function writableProblem(root: string, abs: string): string | undefined {
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(abs);
  } catch (error) {
    return `the file cannot be read (${errorCode(error)})`;
  }
  if (stat.isSymbolicLink()) return "a symbolic link: migrate never writes through one";
  if (!stat.isFile()) return "not a regular file";
  let realRoot: string;
  let real: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(abs);
  } catch (error) {
    return `the file's real path cannot be resolved (${errorCode(error)})`;
  }
  if (!real.startsWith(`${realRoot}${path.sep}`))
    return "outside the repository root once symbolic links are resolved";
  if (real !== path.join(realRoot, path.relative(root, abs)))
    return "below a folder that is a symbolic link: migrate never writes through one";
  return undefined;
}

/**
 * Creates `dir` (under `root`) folder by folder, refusing any part that is a symbolic link
 * or not a folder: state and backups must land inside the repository. Throws an InputError.
 */
export function ensureFolder(root: string, dir: string): void {
  const relative = path.relative(root, dir);
  if (relative.startsWith("..") || path.isAbsolute(relative))
    throw new InputError(`${dir} is outside the repository root`);
  let at = root;
  for (const part of relative.split(path.sep).filter((p) => p !== "")) {
    at = path.join(at, part);
    let stat: ReturnType<typeof lstatSync> | undefined;
    try {
      stat = lstatSync(at);
    } catch {
      stat = undefined;
    }
    if (stat === undefined) {
      try {
        mkdirSync(at);
      } catch (error) {
        throw new InputError(`${at}: the folder cannot be made (${errorCode(error)})`, {
          cause: error,
        });
      }
    } else if (stat.isSymbolicLink())
      throw new InputError(`${at}: is a symbolic link, not a folder; refusing to write through it`);
    else if (!stat.isDirectory()) throw new InputError(`${at} is not a folder`);
  }
}

/** The permission bits of an existing file (what a rewrite and a backup keep). */
export function fileMode(abs: string): number {
  return lstatSync(abs).mode & 0o7777;
}

/**
 * Writes `bytes` to `abs` atomically: a temporary file beside it, given `mode`, then renamed
 * over it (a rename replaces a symbolic link itself, never what it points to).
 */
export function writeAtomic(abs: string, bytes: Uint8Array, mode: number): void {
  const tmp = path.join(
    path.dirname(abs),
    `.${path.basename(abs)}.ssot-${process.pid}-${randomBytes(4).toString("hex")}.tmp`,
  );
  const fd = openSync(tmp, "wx", mode);
  try {
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
  } finally {
    closeSync(fd);
  }
  try {
    chmodSync(tmp, mode); // the umask may have taken bits away at creation
    renameSync(tmp, abs);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already gone: nothing left behind.
    }
    throw error;
  }
}

/** A state file's text, or undefined when there is none (or it cannot be read). */
export function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
