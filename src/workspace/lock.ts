import {
  closeSync,
  linkSync,
  lstatSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { InputError } from "../util/errors.js";

export interface LockOptions {
  /** Give up after this long (default 10 s): the lock is only held while a file is rewritten. */
  timeoutMs?: number;
  /** A lock older than this is stale even if its pid looks alive (pids get reused). */
  staleMs?: number;
  /** Wait between attempts. */
  retryMs?: number;
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
/** Block this thread: the CLI is synchronous and the wait is short. */
function sleep(ms: number): void {
  Atomics.wait(sleepCell, 0, 0, ms);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

interface Holder {
  text: string;
  /** The process id the record names; undefined when it names none (empty, or not ours). */
  pid: number | undefined;
  ageMs: number;
}

/** What we write: `pid ISO-time\n`. */
const recordPattern = /^([1-9]\d{0,9}) \S+\n$/;

/**
 * The holder's record; undefined when the lock vanished meanwhile. Anything but a regular
 * file there (a folder, a link, a pipe, which would block the read) is not a lock we made:
 * an InputError at once, rather than waiting for it to go away.
 */
function readHolder(lockfile: string): Holder | undefined {
  const st = lstatSync(lockfile, { throwIfNoEntry: false });
  if (st === undefined) return undefined;
  if (!st.isFile()) {
    const kind = st.isSymbolicLink()
      ? "a symbolic link"
      : st.isDirectory()
        ? "a folder"
        : "not a regular file";
    throw new InputError(
      `${lockfile}: the lock file is ${kind}, not a lock ssot made; remove it and run again`,
    );
  }
  try {
    const text = readFileSync(lockfile, "utf8");
    const match = recordPattern.exec(text);
    return { text, pid: match ? Number(match[1]) : undefined, ageMs: Date.now() - st.mtimeMs };
  } catch {
    return undefined;
  }
}

/** Who holds the lock, for the message when waiting for it timed out. */
function holderText(holder: Holder | undefined): string {
  if (holder === undefined) return "locked";
  if (holder.pid !== undefined) return `locked by process ${holder.pid}`;
  return holder.text === ""
    ? "locked by an empty lock file (a process that is starting, or one that died before writing its id)"
    : "locked by a lock file that names no process";
}

/**
 * Remove a stale lock without removing a fresh one that replaced it meanwhile: move it aside
 * under a name of our own, then check it is the record we judged stale; if not, put it back
 * (link fails when yet another lock exists, which then is the valid one).
 */
function breakStaleLock(lockfile: string, staleText: string): void {
  const aside = `${lockfile}.${process.pid}.stale`;
  try {
    renameSync(lockfile, aside);
  } catch {
    return; // someone else broke or released it
  }
  try {
    if (readFileSync(aside, "utf8") !== staleText) linkSync(aside, lockfile);
  } catch {
    // The lock was re-created by another process: theirs stands.
  } finally {
    unlinkSync(aside);
  }
}

/** Remove the lock if it is still ours (after a very long hold another process may have broken it). */
function release(lockfile: string, record: string): void {
  try {
    if (readFileSync(lockfile, "utf8") === record) unlinkSync(lockfile);
  } catch {
    // Already gone: nothing to release.
  }
}

/** Take `lockfile` exclusively (O_EXCL), run `fn`, release. Stale locks (dead pid, too old) are broken. */
export function withLock<T>(lockfile: string, fn: () => T, options: LockOptions = {}): T {
  const unlock = acquireLock(lockfile, options);
  try {
    return fn();
  } finally {
    unlock();
  }
}

/** Take `lockfile` exclusively, as `withLock` does; returns the function that releases it. */
export function acquireLock(lockfile: string, options: LockOptions = {}): () => void {
  const { timeoutMs = 10_000, staleMs = 60_000, retryMs = 25 } = options;
  const deadline = Date.now() + timeoutMs;
  const record = `${process.pid} ${new Date().toISOString()}\n`;
  for (;;) {
    try {
      const fd = openSync(lockfile, "wx");
      writeSync(fd, record);
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        throw new InputError(
          `${lockfile}: cannot create the lock file: ${(error as Error).message}`,
          { cause: error },
        );
      }
    }
    const holder = readHolder(lockfile);
    // An empty record is a lock being created right now: only its age can make it stale.
    // A record that is not ours (not empty, not `pid time`) holds no live ssot process.
    const dead =
      holder !== undefined &&
      (holder.pid !== undefined ? !processAlive(holder.pid) : holder.text !== "");
    if (holder && (dead || holder.ageMs > staleMs)) {
      breakStaleLock(lockfile, holder.text);
      continue;
    }
    if (Date.now() > deadline) {
      throw new InputError(
        `${lockfile}: ${holderText(holder)} for over ${timeoutMs / 1000} s; remove the file if no ssot command is running`,
      );
    }
    sleep(retryMs);
  }
  return () => release(lockfile, record);
}
