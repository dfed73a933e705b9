import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  InputError,
  errorCode
} from "./chunk-XGZIY2SH.js";

// dist/workspace/safe-write.js
import { randomBytes } from "node:crypto";
import { closeSync, constants, fchmodSync, fsyncSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
function kindOf(st) {
  if (st.isSymbolicLink())
    return "a symbolic link";
  if (st.isDirectory())
    return "a folder";
  if (st.isFIFO())
    return "a named pipe";
  if (st.isSocket())
    return "a socket";
  if (st.isCharacterDevice() || st.isBlockDevice())
    return "a device";
  return "not a regular file";
}
var within = (base, abs) => {
  const rel = path.relative(base, abs);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : void 0;
};
function ensureFolder(dir, base) {
  const abs = path.resolve(dir);
  const rel = base === void 0 ? void 0 : within(path.resolve(base), abs);
  if (rel === void 0 || base === void 0) {
    makeFolders(abs);
    if (base !== void 0 && lstatSync(abs).isSymbolicLink()) {
      throw new InputError(`${abs}: is a symbolic link, not a folder; refusing to write through it (remove it or choose another output)`);
    }
    return;
  }
  let at = path.resolve(base);
  for (const part of rel === "" ? [] : rel.split(path.sep)) {
    at = path.join(at, part);
    const st = lstatSync(at, { throwIfNoEntry: false });
    if (st === void 0) {
      try {
        mkdirSync(at);
      } catch (error) {
        if (error.code !== "EEXIST")
          throw error;
      }
      continue;
    }
    if (!st.isDirectory()) {
      throw new InputError(`${at}: is ${kindOf(st)}, not a folder; refusing to write through it (remove it or choose another output)`);
    }
  }
}
function makeFolders(abs) {
  const missing = [];
  let at = abs;
  const stat = (p) => {
    try {
      return statSync(p, { throwIfNoEntry: false });
    } catch (error) {
      throw new InputError(`${abs}: cannot mkdir: ${errorCode(error)}`, { cause: error });
    }
  };
  let st = stat(at);
  while (st === void 0 && path.dirname(at) !== at) {
    missing.push(at);
    at = path.dirname(at);
    st = stat(at);
  }
  if (st !== void 0 && !st.isDirectory())
    throw new InputError(`${at}: is ${kindOf(st)}, not a folder`);
  for (const part of missing.reverse()) {
    try {
      mkdirSync(part);
    } catch (error) {
      if (error.code === "EEXIST")
        continue;
      throw new InputError(`${part}: cannot create the folder: ${errorCode(error)}`, {
        cause: error
      });
    }
  }
}
function existingMode(abs) {
  const st = lstatSync(abs, { throwIfNoEntry: false });
  if (st === void 0)
    return void 0;
  if (!st.isFile()) {
    throw new InputError(`${abs}: is ${kindOf(st)}; refusing to write through it (remove it or choose another output)`);
  }
  return st.mode & 4095;
}
function writeAll(fd, data) {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  let at = 0;
  while (at < bytes.length)
    at += writeSync(fd, bytes, at, bytes.length - at);
}
function writeFileSafely(file, data, options = {}) {
  const abs = path.resolve(file);
  ensureFolder(path.dirname(abs), options.base);
  const existing = existingMode(abs);
  const mode = options.mode ?? existing;
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  let created = false;
  try {
    const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
    const fd = openSync(tmp, flags, 438);
    created = true;
    try {
      if (typeof data === "string" || data instanceof Uint8Array)
        writeAll(fd, data);
      else
        for (const chunk of data)
          writeAll(fd, chunk);
      if (mode !== void 0)
        fchmodSync(fd, mode);
      if (options.fsync)
        fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, abs);
  } catch (error) {
    if (created) {
      try {
        unlinkSync(tmp);
      } catch {
      }
    }
    throw new InputError(`${abs}: cannot write: ${errorCode(error)}`, { cause: error });
  }
}
function ensureFolderInside(root, dir) {
  if (within(path.resolve(root), path.resolve(dir)) === void 0)
    throw new InputError(`${dir} is outside the repository root`);
  ensureFolder(dir, root);
}
function fileMode(abs) {
  return lstatSync(abs).mode & 4095;
}
function writableProblem(root, abs) {
  let st;
  try {
    st = lstatSync(abs);
  } catch (error) {
    return `the file cannot be read (${errorCode(error)})`;
  }
  if (st.isSymbolicLink())
    return "a symbolic link: migrate never writes through one";
  if (!st.isFile())
    return "not a regular file";
  let realRoot;
  let real;
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
  return void 0;
}

export {
  ensureFolder,
  writeAll,
  writeFileSafely,
  ensureFolderInside,
  fileMode,
  writableProblem
};
