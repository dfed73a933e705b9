import { spawn } from "node:child_process";

/** What `--verify CMD` reports: whether it passed, how it ended, and the end of its output. */
export interface VerifyResult {
  passed: boolean;
  exit: string;
  output: string;
}

const tailLines = 40;

/** The last `n` lines of `text`. */
function tail(text: string, n: number): string {
  const lines = text.replace(/\n$/, "").split("\n");
  return lines.slice(-n).join("\n");
}

/**
 * Runs `command` through the shell in `cwd` (the repository root), its output (stdout and
 * stderr, in arrival order) kept for the report. Never throws: a command that cannot start
 * has failed.
 */
export function runVerify(command: string, cwd: string): Promise<VerifyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const keep = (b: Buffer) => {
      chunks.push(b);
      size += b.length;
      while (size > 1 << 20 && chunks.length > 1) size -= (chunks.shift() as Buffer).length;
    };
    const child = spawn(command, { cwd, shell: true, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error) =>
      resolve({ passed: false, exit: `could not start (${error.message})`, output: "" }),
    );
    child.on("close", (code, signal) => {
      const output = tail(Buffer.concat(chunks).toString("utf8"), tailLines);
      if (signal !== null) resolve({ passed: false, exit: `killed by ${signal}`, output });
      else resolve({ passed: code === 0, exit: `exit code ${code}`, output });
    });
  });
}
