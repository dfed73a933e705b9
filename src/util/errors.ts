/**
 * Expected failures. The CLI prints their message (no stack unless --debug) and exits 2;
 * anything else is a bug and is re-thrown.
 */
export class SsotError extends Error {
  override name = "SsotError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The configuration file is missing, unreadable or invalid. */
export class ConfigError extends SsotError {
  override name = "ConfigError";
}

/** An input other than the config (repository, baseline, history, flag value) is unusable. */
export class InputError extends SsotError {
  override name = "InputError";
}

const plainCodes: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "is a folder",
  EROFS: "read-only file system",
  ENOSPC: "no space left on device",
  EEXIST: "already exists",
};

/** A file-system error as a user reads it: "permission denied" rather than EACCES. */
export function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) return error instanceof SsotError ? error.message : String(error);
  return plainCodes[code] ?? code;
}
