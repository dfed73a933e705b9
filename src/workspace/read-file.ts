import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import { errorCode, InputError, type SsotError } from "../util/errors.js";

/**
 * Inputs that come from the repository or the command line (config, baseline, history,
 * caches, CODEOWNERS, `.gitignore`) are read only when they are regular files: a named pipe
 * or `/dev/zero` would hang the command or fill the memory. The file is opened without
 * blocking and checked on the open descriptor, so nothing can be swapped in between.
 */

export interface ReadOptions {
  /** What the file is, for messages ("the baseline"). */
  what: string;
  /** Refuse larger files (default 256 MiB). */
  maxBytes?: number;
  /** The error class to throw (default InputError). */
  error?: new (
    message: string,
    options?: { cause?: unknown },
  ) => SsotError;
}

const defaultMaxBytes = 256 * 1024 * 1024;

/** A regular file's bytes; undefined when it does not exist; a typed error for anything else. */
export function readRegularFile(file: string, options: ReadOptions): Buffer | undefined {
  const Err = options.error ?? InputError;
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new Err(`${file}: cannot read ${options.what}: ${errorCode(error)}`, { cause: error });
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      const kind = st.isDirectory()
        ? "a folder"
        : st.isFIFO()
          ? "a named pipe"
          : st.isCharacterDevice() || st.isBlockDevice()
            ? "a device"
            : "not a regular file";
      throw new Err(`${file}: ${options.what} must be a regular file, but this is ${kind}`);
    }
    const max = options.maxBytes ?? defaultMaxBytes;
    if (st.size > max) {
      throw new Err(
        `${file}: ${options.what} is ${st.size} bytes, more than the ${max} bytes ssot reads`,
      );
    }
    return readFileSync(fd);
  } catch (error) {
    if (error instanceof Err) throw error;
    throw new Err(`${file}: cannot read ${options.what}: ${errorCode(error)}`, { cause: error });
  } finally {
    closeSync(fd);
  }
}

/** The text of a regular file (UTF-8, a leading byte order mark dropped); undefined when missing. */
export function readRegularText(file: string, options: ReadOptions): string | undefined {
  const bytes = readRegularFile(file, options);
  return bytes === undefined ? undefined : withoutBom(bytes.toString("utf8"));
}

/** Editors on Windows start UTF-8 files with U+FEFF: it is not content, in any of our formats. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
