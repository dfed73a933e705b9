import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);

// dist/util/errors.js
var SsotError = class extends Error {
  name = "SsotError";
  constructor(message, options) {
    super(message, options);
  }
};
var ConfigError = class extends SsotError {
  name = "ConfigError";
};
var InputError = class extends SsotError {
  name = "InputError";
};
var plainCodes = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "is a folder",
  EROFS: "read-only file system",
  ENOSPC: "no space left on device",
  EEXIST: "already exists"
};
function errorCode(error) {
  const code = error?.code;
  if (code === void 0)
    return error instanceof SsotError ? error.message : String(error);
  return plainCodes[code] ?? code;
}

export {
  SsotError,
  ConfigError,
  InputError,
  errorCode
};
