import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, expectTypeOf, it } from "vitest";
import { type Command, defineCommand } from "../../src/cli/command.js";
import { ExitCode } from "../../src/cli/exit.js";
import { commandTable } from "../../src/cli/main.js";
import { runCli } from "../helpers/cli.js";
import { tempRepo } from "../helpers/temp.js";

const commandsDir = fileURLToPath(new URL("../../src/cli/commands", import.meta.url));

describe("one registration style", () => {
  it("registers every module of cli/commands/ under its own name and description", async () => {
    const files = readdirSync(commandsDir)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => f.slice(0, -3))
      .sort();
    expect(files).toEqual(Object.keys(commandTable).sort());
    expect(files).toHaveLength(9);
    for (const [name, entry] of Object.entries(commandTable)) {
      const { command } = await entry.load();
      expect(command.name.split(" ")[0], name).toBe(name);
      expect(command.description, name).toBe(entry.describe);
      expect(typeof command.options, name).toBe("function");
      expect(typeof command.run, name).toBe("function");
    }
  });

  it("types every run as returning an ExitCode (tsc checks these lines)", () => {
    expectTypeOf<ReturnType<Command["run"]>>().toEqualTypeOf<Promise<ExitCode>>();
    expectTypeOf<ExitCode>().toEqualTypeOf<0 | 1 | 2>();
    const anyNumber = Number("3");
    const bad = {
      name: "bad",
      description: "returns a bare number",
      options: <T>(y: T) => y,
      run: async () => anyNumber,
    };
    // @ts-expect-error a number is not an ExitCode
    expect(() => defineCommand(bad)).not.toThrow();
  });
});

/** A repository with one shim import, for `ssot check`. */
function repo(): string {
  return tempRepo({
    "ssot.config.yaml": `consolidations:
  - id: mgr
    title: Manager SSOT
    paths:
      - { id: canonical, module: pkg.canon, role: canonical }
      - { id: shim, module: pkg.shim, role: shim }
`,
    "pkg/__init__.py": "",
    "pkg/canon.py": "class Manager:\n    pass\n",
    "pkg/shim.py": "from pkg.canon import Manager\n",
    "app/__init__.py": "",
    "app/a.py": "from pkg.shim import Manager\n",
  });
}

describe("the documented exit codes (README: 0 success, 1 found something, 2 any error)", () => {
  it("are the numbers the README states", () => {
    expect(ExitCode).toEqual({ ok: 0, failed: 1, badInput: 2 });
  });

  it("check: 2 without a baseline, 0 once recorded, 1 on a new deprecated import", async () => {
    const dir = repo();
    const none = await runCli(["check", "--no-cache"], dir);
    expect(none.code).toBe(ExitCode.badInput);
    expect(none.stderr).toContain(".ssot/baseline.json: no baseline yet");
    const created = await runCli(["check", "--update-baseline", "--no-cache"], dir);
    expect(created.code).toBe(ExitCode.ok);
    expect((await runCli(["check", "--no-cache"], dir)).code).toBe(ExitCode.ok);
    writeFileSync(path.join(dir, "app/b.py"), "import pkg.shim\n");
    const grown = await runCli(["check", "--no-cache"], dir);
    expect(grown.code).toBe(ExitCode.failed);
    expect(grown.stdout).toContain("app/b.py:1");
  });

  it("a bad flag is 2 with one message, from any command", async () => {
    const run = await runCli(["snapshot", "--date", "2026-13-01", "--no-cache"], repo());
    expect(run.code).toBe(ExitCode.badInput);
    expect(run.stderr).toContain("--date");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
