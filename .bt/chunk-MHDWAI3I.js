import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  InputError,
  errorCode
} from "./chunk-XGZIY2SH.js";

// dist/workspace/read-file.js
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
var defaultMaxBytes = 256 * 1024 * 1024;
function readRegularFile(file, options) {
  const Err = options.error ?? InputError;
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if (error.code === "ENOENT")
      return void 0;
    throw new Err(`${file}: cannot read ${options.what}: ${errorCode(error)}`, { cause: error });
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      const kind = st.isDirectory() ? "a folder" : st.isFIFO() ? "a named pipe" : st.isCharacterDevice() || st.isBlockDevice() ? "a device" : "not a regular file";
      throw new Err(`${file}: ${options.what} must be a regular file, but this is ${kind}`);
    }
    const max = options.maxBytes ?? defaultMaxBytes;
    if (st.size > max) {
      throw new Err(`${file}: ${options.what} is ${st.size} bytes, more than the ${max} bytes ssot reads`);
    }
    return readFileSync(fd);
  } catch (error) {
    if (error instanceof Err)
      throw error;
    throw new Err(`${file}: cannot read ${options.what}: ${errorCode(error)}`, { cause: error });
  } finally {
    closeSync(fd);
  }
}
function readRegularText(file, options) {
  const bytes = readRegularFile(file, options);
  return bytes === void 0 ? void 0 : withoutBom(bytes.toString("utf8"));
}
function withoutBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}

export {
  readRegularFile,
  readRegularText,
  withoutBom
};
