import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { startCommitsProgress } from "../../src/cli/progress.js";

/** A stderr that looks like a terminal (or not) and records what is written. */
function io(isTTY: boolean, env: Record<string, string> = {}): { io: CliIo; text: () => string } {
  let out = "";
  const terminal = {
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
    on() {},
    removeListener() {},
  };
  const stderr = {
    isTTY,
    columns: 120,
    write: (t: string) => {
      out += t;
      return true;
    },
    ...terminal,
  };
  return { io: { cwd: "/", stdout: { write: () => true }, stderr, env }, text: () => out };
}

const halfOfFirst = {
  commitsDone: 0,
  commits: 5,
  filesDone: 50,
  filesTotal: 100,
  blobsScanned: 50,
};

describe("the backfill progress bar", () => {
  it("shows commits done and files scanned, advancing within a commit", () => {
    const tty = io(true);
    const bar = startCommitsProgress(tty.io, "backfill");
    bar.update(halfOfFirst); // half of the first of five commits: 10% of the bar
    bar.update({ commitsDone: 2, commits: 5, filesDone: 0, filesTotal: 0, blobsScanned: 120 });
    bar.stop();
    expect(tty.text()).toContain(
      `backfill ${"█".repeat(4)}${"░".repeat(36)} 0/5 commits | 50 files scanned |`,
    );
    expect(tty.text()).toContain(
      `backfill ${"█".repeat(16)}${"░".repeat(24)} 2/5 commits | 120 files scanned |`,
    );
  });

  it("is silent when stderr is not a terminal, and in CI", () => {
    for (const quiet of [io(false), io(true, { CI: "true" })]) {
      const bar = startCommitsProgress(quiet.io, "backfill");
      bar.update(halfOfFirst);
      bar.stop();
      expect(quiet.text()).toBe("");
    }
  });
});
