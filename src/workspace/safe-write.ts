import { randomBytes } from "node:crypto";
import {
  closeSync,
  constants,
  fchmodSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import { errorCode, InputError } from "../util/errors.js";

/**
 * Every file ssot writes goes through here. Output folders often sit inside the analysed
 * repository (the default `out/`, `.ssot/`), and a repository can commit a symbolic link
 * where an output goes: writing through it would overwrite any file the user can write.
 * So a link (or anything but a regular file) at the target is refused, the content goes to
 * a new temporary file in the same folder (never through an existing one) and is renamed
 * over the target, and an existing file keeps its mode.
 */

export interface SafeWriteOptions {
  /**
   * A folder the caller trusts (the working directory, the repository root). Folders below
   * it on the way to the file must be real folders, not links; above it nothing is checked.
   */
  base?: string;
  /** Flush to disk before the rename (state files that must survive a crash). */
  fsync?: boolean;
  /**
   * The permission bits to give the file (a migrated file and its backup keep the
   * original's). Default: an existing file's own, else the umask's.
   */
  mode?: number;
}

function kindOf(st: Stats): string {
  if (st.isSymbolicLink()) return "a symbolic link";
  if (st.isDirectory()) return "a folder";
  if (st.isFIFO()) return "a named pipe";
  if (st.isSocket()) return "a socket";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "a device";
  return "not a regular file";
}

/** `abs` relative to `base` when it is inside it (`""`: base itself), else undefined. */
const within = (base: string, abs: string) => {
  const rel = path.relative(base, abs);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel)) ? rel : undefined;
};

/**
 * Create `dir` (and its parents). Below `base`, every existing part of the path must be a
 * real folder: a committed link such as `out -> /etc` is refused, not followed. With a
 * `base`, `dir` itself is never a link, wherever it is.
 */
export function ensureFolder(dir: string, base?: string): void {
  const abs = path.resolve(dir);
  const rel = base === undefined ? undefined : within(path.resolve(base), abs);
  if (rel === undefined || base === undefined) {
    makeFolders(abs);
    // Outside the trusted folder the user named this place; still, the folder itself is
    // never a link (`--out /elsewhere/repo/out` with a committed `out -> /etc`).
    if (base !== undefined && lstatSync(abs).isSymbolicLink()) {
      throw new InputError(
        `${abs}: is a symbolic link, not a folder; refusing to write through it (remove it or choose another output)`,
      );
    }
    return;
  }
  let at = path.resolve(base);
  for (const part of rel === "" ? [] : rel.split(path.sep)) {
    at = path.join(at, part);
    const st = lstatSync(at, { throwIfNoEntry: false });
    if (st === undefined) {
      try {
        mkdirSync(at);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      continue;
    }
    if (!st.isDirectory()) {
      throw new InputError(
        `${at}: is ${kindOf(st)}, not a folder; refusing to write through it (remove it or choose another output)`,
      );
    }
  }
}

/**
 * `mkdir -p` one part at a time: Node's recursive mkdir loops forever where a parent
 * cannot hold folders (`/proc/x`); this fails with the part that could not be made.
 */
function makeFolders(abs: string): void {
  const missing: string[] = [];
  let at = abs;
  const stat = (p: string) => {
    try {
      return statSync(p, { throwIfNoEntry: false });
    } catch (error) {
      throw new InputError(`${abs}: cannot mkdir: ${errorCode(error)}`, { cause: error });
    }
  };
  let st = stat(at);
  while (st === undefined && path.dirname(at) !== at) {
    missing.push(at);
    at = path.dirname(at);
    st = stat(at);
  }
  if (st !== undefined && !st.isDirectory())
    throw new InputError(`${at}: is ${kindOf(st)}, not a folder`);
  for (const part of missing.reverse()) {
    try {
      mkdirSync(part);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") continue;
      throw new InputError(`${part}: cannot create the folder: ${errorCode(error)}`, {
        cause: error,
      });
    }
  }
}

/** The mode of the file at `abs`, undefined when there is none; refuses links and non-files. */
function existingMode(abs: string): number | undefined {
  const st = lstatSync(abs, { throwIfNoEntry: false });
  if (st === undefined) return undefined;
  if (!st.isFile()) {
    throw new InputError(
      `${abs}: is ${kindOf(st)}; refusing to write through it (remove it or choose another output)`,
    );
  }
  return st.mode & 0o7777;
}

/** Write all of `data` at the descriptor (writeSync may write less than asked). */
export function writeAll(fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  let at = 0;
  while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
}

/**
 * Write `data` to `file` as described above; an InputError names the file on failure.
 * `data` may come in chunks (a cache too large to be one string).
 */
export function writeFileSafely(
  file: string,
  data: string | Uint8Array | Iterable<string>,
  options: SafeWriteOptions = {},
): void {
  const abs = path.resolve(file);
  ensureFolder(path.dirname(abs), options.base);
  const existing = existingMode(abs); // a link or a non-file there is refused
  const mode = options.mode ?? existing;
  const tmp = path.join(
    path.dirname(abs),
    `.${path.basename(abs)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`,
  );
  let created = false;
  try {
    // O_EXCL | O_NOFOLLOW: a fresh file of our own, never one that already exists or a link.
    const flags =
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
    const fd = openSync(tmp, flags, 0o666);
    created = true;
    try {
      if (typeof data === "string" || data instanceof Uint8Array) writeAll(fd, data);
      else for (const chunk of data) writeAll(fd, chunk);
      if (mode !== undefined) fchmodSync(fd, mode); // also what the umask took away
      if (options.fsync) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, abs);
  } catch (error) {
    if (created) {
      try {
        unlinkSync(tmp);
      } catch {
        // Already renamed or removed.
      }
    }
    throw new InputError(`${abs}: cannot write: ${errorCode(error)}`, { cause: error });
  }
}

/**
 * `ensureFolder` for state inside a repository (`.ssot/`, backups): `dir` must be inside
 * `root`, and no part of it below the root may be a link or anything but a folder.
 */
export function ensureFolderInside(root: string, dir: string): void {
  if (within(path.resolve(root), path.resolve(dir)) === undefined)
    throw new InputError(`${dir} is outside the repository root`);
  ensureFolder(dir, root);
}

/** The permission bits of an existing file (what a rewrite and a backup keep). */
export function fileMode(abs: string): number {
  return lstatSync(abs).mode & 0o7777;
}

/**
 * Why the existing file `abs` under `root` must not be rewritten in place, or undefined:
 * a symbolic link, not a regular file, outside the root once links are resolved, or below
 * a folder that is a link (source files are rewritten only where they really are).
 */
export function writableProblem(root: string, abs: string): string | undefined {
  let st: Stats;
  try {
    st = lstatSync(abs);
  } catch (error) {
    return `the file cannot be read (${errorCode(error)})`;
  }
  if (st.isSymbolicLink()) return "a symbolic link: migrate never writes through one";
  if (!st.isFile()) return "not a regular file";
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
