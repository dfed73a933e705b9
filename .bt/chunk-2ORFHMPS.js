import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  InputError
} from "./chunk-XGZIY2SH.js";

// dist/workspace/lock.js
import { closeSync, linkSync, lstatSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
var sleepCell = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms) {
  Atomics.wait(sleepCell, 0, 0, ms);
}
function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
var recordPattern = /^([1-9]\d{0,9}) \S+\n$/;
function readHolder(lockfile) {
  const st = lstatSync(lockfile, { throwIfNoEntry: false });
  if (st === void 0)
    return void 0;
  if (!st.isFile()) {
    const kind = st.isSymbolicLink() ? "a symbolic link" : st.isDirectory() ? "a folder" : "not a regular file";
    throw new InputError(`${lockfile}: the lock file is ${kind}, not a lock ssot made; remove it and run again`);
  }
  try {
    const text = readFileSync(lockfile, "utf8");
    const match = recordPattern.exec(text);
    return { text, pid: match ? Number(match[1]) : void 0, ageMs: Date.now() - st.mtimeMs };
  } catch {
    return void 0;
  }
}
function holderText(holder) {
  if (holder === void 0)
    return "locked";
  if (holder.pid !== void 0)
    return `locked by process ${holder.pid}`;
  return holder.text === "" ? "locked by an empty lock file (a process that is starting, or one that died before writing its id)" : "locked by a lock file that names no process";
}
function breakStaleLock(lockfile, staleText) {
  const aside = `${lockfile}.${process.pid}.stale`;
  try {
    renameSync(lockfile, aside);
  } catch {
    return;
  }
  try {
    if (readFileSync(aside, "utf8") !== staleText)
      linkSync(aside, lockfile);
  } catch {
  } finally {
    unlinkSync(aside);
  }
}
function release(lockfile, record) {
  try {
    if (readFileSync(lockfile, "utf8") === record)
      unlinkSync(lockfile);
  } catch {
  }
}
function withLock(lockfile, fn, options = {}) {
  const unlock = acquireLock(lockfile, options);
  try {
    return fn();
  } finally {
    unlock();
  }
}
function acquireLock(lockfile, options = {}) {
  const { timeoutMs = 1e4, staleMs = 6e4, retryMs = 25 } = options;
  const deadline = Date.now() + timeoutMs;
  const record = `${process.pid} ${(/* @__PURE__ */ new Date()).toISOString()}
`;
  for (; ; ) {
    try {
      const fd = openSync(lockfile, "wx");
      writeSync(fd, record);
      closeSync(fd);
      break;
    } catch (error) {
      if (error.code !== "EEXIST") {
        throw new InputError(`${lockfile}: cannot create the lock file: ${error.message}`, { cause: error });
      }
    }
    const holder = readHolder(lockfile);
    const dead = holder !== void 0 && (holder.pid !== void 0 ? !processAlive(holder.pid) : holder.text !== "");
    if (holder && (dead || holder.ageMs > staleMs)) {
      breakStaleLock(lockfile, holder.text);
      continue;
    }
    if (Date.now() > deadline) {
      throw new InputError(`${lockfile}: ${holderText(holder)} for over ${timeoutMs / 1e3} s; remove the file if no ssot command is running`);
    }
    sleep(retryMs);
  }
  return () => release(lockfile, record);
}

export {
  withLock,
  acquireLock
};
