import { execFileSync } from "node:child_process";
import { cpSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/action.js";
import {
  freshMachine,
  installSuite,
  installTestsEnabled,
  installTimeout,
  run,
  sourceCopy,
} from "../helpers/install.js";
import { tempRepo } from "../helpers/temp.js";

const { version } = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8"));

describe.skipIf(!installTestsEnabled)(installSuite("an install from git"), () => {
  it(
    "builds dist/ (prepare) and runs: npx --package=git+file://… ssot in a Python repository",
    () => {
      const npmCache = execFileSync("npm", ["config", "get", "cache"], { encoding: "utf8" }).trim();
      const machine = freshMachine({ npmCache });
      const env = machine.afterInstall;
      // This commit as a git repository (the working tree's files, committed).
      const source = sourceCopy("ssot-tracker");
      for (const args of [
        ["init", "-q", "-b", "main"],
        ["add", "-A"],
        ["commit", "-q", "-m", "x"],
      ])
        expect(run("git", args, { cwd: source, env }).status).toBe(0);
      const repo = tempRepo({});
      cpSync(path.join(repoRoot, "examples/websocket-ssot"), repo, { recursive: true });
      const npx = (...args: string[]) =>
        run("npx", ["--yes", `--package=git+file://${source}#main`, "ssot", ...args], {
          cwd: repo,
          env,
        });
      const first = npx("--version");
      console.log(
        `install from git: ${(first.ms / 1000).toFixed(0)} s (development dependencies and the build)`,
      );
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).toBe(`${version}\n`);
      const analyze = npx("analyze");
      expect(analyze.status, analyze.stderr).toBe(0);
      expect(analyze.stdout.split("\n")[0]).toMatch(/ 18 Python files scanned, /);
    },
    installTimeout,
  );
});
