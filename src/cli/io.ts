import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** What a command may touch: its streams and the working directory. Tests pass their own. */
export interface CliIo {
  cwd: string;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
}

export function useColor(io: CliIo): boolean {
  return Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
}

/** Write an output file, creating its folder. */
export function writeOutput(cwd: string, file: string, text: string): string {
  const abs = path.resolve(cwd, file);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, text);
  return abs;
}
