import { accessSync, constants, existsSync, readFileSync } from "node:fs";

/**
 * The file reads the analysis's stages need (a tsconfig, a JS/TS file, the compiled scan
 * worker): analyze/ touches the file system only through workspace/.
 */
export const pathExists = (abs: string): boolean => existsSync(abs);

/** Throws the system error (EACCES, ENOENT…) when the file cannot be read. */
export function assertReadable(abs: string): void {
  accessSync(abs, constants.R_OK);
}

export const readBytes = (abs: string): Uint8Array => readFileSync(abs);
