import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
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

/** The holder's record, `pid timestamp`; undefined when the lock vanished meanwhile. */
function readHolder(lockfile: string): { text: string; pid: number; ageMs: number } | undefined {
  try {
    const text = readFileSync(lockfile, "utf8");
    const ageMs = Date.now() - statSync(lockfile).mtimeMs;
    return { text, pid: Number(text.split(" ")[0]), ageMs };
  } catch {
    return undefined;
  }
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
    const dead =
      holder !== undefined &&
      Number.isInteger(holder.pid) &&
      holder.pid > 0 &&
      !processAlive(holder.pid);
    if (holder && (dead || holder.ageMs > staleMs)) {
      breakStaleLock(lockfile, holder.text);
      continue;
    }
    if (Date.now() > deadline) {
      throw new InputError(
        `${lockfile}: locked by process ${holder?.pid ?? "?"} for over ${timeoutMs / 1000} s; remove the file if no ssot command is running`,
      );
    }
    sleep(retryMs);
  }
  return () => release(lockfile, record);
}
