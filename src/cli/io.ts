import path from "node:path";
import { writeFileSafely } from "../workspace/safe-write.js";

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

/** Write an output file, creating its folder; never through a link (see safe-write). */
export function writeOutput(cwd: string, file: string, text: string): string {
  const abs = path.resolve(cwd, file);
  writeFileSafely(abs, text, { base: cwd });
  return abs;
}

/** A command's output: to `out` (saying so on stderr), else to stdout. */
export function emitOutput(out: string | undefined, text: string, io: CliIo): void {
  if (out) {
    const file = writeOutput(io.cwd, out, text);
    io.stderr.write(`wrote ${path.relative(io.cwd, file) || file}\n`);
  } else {
    io.stdout.write(text);
  }
}
