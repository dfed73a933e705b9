import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { analysisResultSchema } from "../../src/result/schema.js";
import { runCli } from "../helpers/cli.js";
import { tempRepo } from "../helpers/temp.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const example = path.join(repoRoot, "examples/websocket-ssot");

describe("ssot analyze", () => {
  it("prints a readable summary per consolidation", async () => {
    const run = await runCli(["analyze", "--no-cache"], example);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("ssot-tracker");
    expect(run.stdout).toContain("18 Python files scanned, 1 parse error, 0 skipped");
    expect(run.stdout).toContain("WebSocket Manager SSOT (websocket-manager)");
    expect(run.stdout).toMatch(
      /manager\s+shim\s+netra_backend\.app\.websocket_core\.manager\s+4\s+8\s+0\s+1/,
    );
    expect(run.stdout).toContain(
      "deprecated share: 75.0% of statements (12/16), 87.5% of files (7/8)",
    );
    expect(run.stdout).toContain("✗ deprecation-warnings: 0.5 (expected >= 1)");
    expect(run.stdout).toContain("? migration-success-rate: unknown (expected >= 0.95)");
    expect(run.stdout).toContain("scripts/broken_migration.py:5");
  });

  it("writes deterministic JSON that validates against the result schema", async () => {
    const out = tempRepo({});
    const a = await runCli(
      ["analyze", "--format", "json", "--out", path.join(out, "a.json"), "--no-cache"],
      example,
    );
    const b = await runCli(
      ["analyze", "--format", "json", "--out", path.join(out, "b.json"), "--cache-dir", out],
      example,
    );
    expect([a.code, b.code]).toEqual([0, 0]);
    const first = readFileSync(path.join(out, "a.json"), "utf8");
    expect(readFileSync(path.join(out, "b.json"), "utf8")).toBe(first);
    const parsed = analysisResultSchema.parse(JSON.parse(first));
    expect(parsed.schemaVersion).toBe(2);
    expect(first).not.toContain(repoRoot); // repository-relative paths only
  });

  it("reuses the cache on a second run and gives the same result", async () => {
    const cacheDir = tempRepo({});
    const cold = await runCli(["analyze", "--format", "json", "--cache-dir", cacheDir], example);
    const warm = await runCli(["analyze", "--format", "json", "--cache-dir", cacheDir], example);
    expect(warm.stdout).toBe(cold.stdout);
    expect(existsSync(cacheDir)).toBe(true);
  });

  it("exits 2 with one message, no stack, for a bad config or flag", async () => {
    const dir = tempRepo({ "ssot.config.yaml": "consolidations:\n  - id: x\n    pathz: []\n" });
    const run = await runCli(["analyze"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ssot: .*ssot\.config\.yaml: invalid configuration\n/);
    expect(run.stderr).toContain(
      'consolidations[0].pathz: unknown key "pathz" (did you mean "paths"?)',
    );
    expect(run.stderr).not.toContain("    at ");
    const flag = await runCli(["analyze", "--format", "xml"], example);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("Invalid values");
    const none = await runCli([], example);
    expect(none.code).toBe(2);
  });

  it("shows the stack with --debug", async () => {
    const run = await runCli(["analyze", "--debug", "--config", "missing.yaml"], example);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("ConfigError: missing.yaml: config file not found\n    at ");
  });
});

describe("ssot init", () => {
  it("writes a valid, commented starter config prefilled with detected shims", async () => {
    const dir = tempRepo({
      "pkg/__init__.py": "",
      "pkg/old.py": 'import warnings\nwarnings.warn("pkg.old is deprecated", DeprecationWarning)\n',
      "tests/test_x.py": "import pkg.old\n",
    });
    const run = await runCli(["init"], dir);
    expect(run.code).toBe(0);
    const text = readFileSync(path.join(dir, "ssot.config.yaml"), "utf8");
    expect(text).toContain('module: "pkg.old", role: shim');
    expect(text).toContain("# ssot-tracker configuration");
    const analyzed = await runCli(["analyze", "--no-cache"], dir);
    expect(analyzed.code).toBe(0);
    expect(analyzed.stdout).toMatch(/old\s+shim\s+pkg\.old\s+1\s+1/);
    const again = await runCli(["init"], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exists; pass --force to overwrite it");
  });
});

describe("the built binary", () => {
  const bin = path.join(repoRoot, "bin/ssot.js");
  beforeAll(() => {
    if (!existsSync(path.join(repoRoot, "dist/bundle/main.js")))
      execFileSync("npm", ["run", "build"], { cwd: repoRoot });
  });

  it("runs end to end and sets the exit code", () => {
    const ok = spawnSync(process.execPath, [bin, "analyze", "--no-cache", "--format", "json"], {
      cwd: example,
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).consolidations[0].totals.statements).toBe(16);
    const bad = spawnSync(process.execPath, [bin, "analyze", "--config", "nope.yaml"], {
      cwd: example,
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("ssot: nope.yaml: config file not found\n");
  });
});

describe("ssot analyze on a Python + TypeScript repository", () => {
  it("says how many files of each language it scanned", async () => {
    const run = await runCli(
      ["analyze", "--no-cache"],
      path.join(repoRoot, "test/fixtures/javascript/mixed-python"),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("8 files (4 Python, 4 JS/TS) scanned");
  });
});

describe("file-system trouble on paths the user gives", () => {
  it("an output that cannot be written is one clear error, exit 2", async () => {
    const run = await runCli(["analyze", "--no-cache", "--out", "/dev/null/x/result.txt"], example);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "ssot: /dev/null/x: cannot mkdir: a part of the path is not a folder\n",
    );
  });

  it("a --cache-dir that cannot be a folder is refused before any work, exit 2", async () => {
    const run = await runCli(["analyze", "--cache-dir", "/dev/null/cache"], example);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "ssot: --cache-dir /dev/null/cache: not a folder that can be used: /dev/null/cache: cannot mkdir: a part of the path is not a folder\n",
    );
  });
});
