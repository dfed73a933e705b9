import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { commandOf } from "../../src/cli/main.js";
import { runCli } from "../helpers/cli.js";

const bin = fileURLToPath(new URL("../../bin/ssot.js", import.meta.url));
const example = fileURLToPath(new URL("../../examples/websocket-ssot", import.meta.url));

describe("commands loaded on demand", () => {
  it("finds the command word past flags and the value of --config", () => {
    expect(commandOf(["--config", "check", "analyze", "--format", "json"])).toBe("analyze");
    expect(commandOf(["--debug", "--config=x.yaml", "report", "--out", "r"])).toBe("report");
    expect(commandOf(["--help"])).toBeUndefined();
  });

  it("lists every command in --help", () => {
    // yargs prints help to the process's stdout: run the real binary.
    const run = spawnSync(process.execPath, [bin, "--help"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    const names = [...run.stdout.matchAll(/^ {2}ssot (\w+)/gm)].map((m) => m[1]);
    expect(names).toEqual([
      "analyze",
      "init",
      "check",
      "snapshot",
      "backfill",
      "progress",
      "report",
      "migrate",
      "merge",
    ]);
  });

  it("still runs a command whose word it did not find first (flags before it)", async () => {
    const usual = await runCli(["analyze", "--format", "json", "--no-cache"], example);
    // `json` looks like the command word here; yargs knows `--format` takes it.
    const odd = await runCli(["--format", "json", "analyze", "--no-cache"], example);
    expect(odd.code).toBe(0);
    expect(odd.stdout).toBe(usual.stdout);
    expect(JSON.parse(odd.stdout).files.python).toBe(18);
    expect(path.isAbsolute(example)).toBe(true);
  });
});
