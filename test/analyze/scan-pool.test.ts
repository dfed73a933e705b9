import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { tempRepo } from "../helpers/temp.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const example = `${repoRoot}examples/websocket-ssot`;

// The worker threads run compiled JavaScript, so this test drives the built library.
describe("scanning on worker threads", () => {
  beforeAll(() => {
    if (!existsSync(`${repoRoot}dist/analyze/scan/scan-worker.js`)) {
      execFileSync("npm", ["run", "build"], { cwd: repoRoot });
    }
  });

  it("gives exactly the single-thread result", async () => {
    const lib = await import(`${repoRoot}dist/index.js`);
    const config = lib.loadConfig(example);
    const single = await lib.analyze(config, { cache: false, workers: 0 });
    const pooled = await lib.analyze(config, { cache: false, workers: 2 });
    expect(pooled).toEqual(single);
    expect(pooled.consolidations[0].totals.statements).toBe(16);
  });

  it("reports binary files from a thread as it does in the main thread", async () => {
    const lib = await import(`${repoRoot}dist/index.js`);
    const dir = tempRepo({
      "ssot.config.yaml":
        "consolidations:\n  - id: c\n    paths:\n      - { id: new, module: pkg.new, role: canonical }\n",
      "pkg/__init__.py": "",
      "pkg/new.py": "X = 1\n",
      "a.py": "from pkg.new import X\n",
      "b.py": new Uint8Array([105, 109, 0, 0]),
    });
    const config = lib.loadConfig(dir);
    const pooled = await lib.analyze(config, { cache: false, workers: 2 });
    expect(pooled).toEqual(await lib.analyze(config, { cache: false, workers: 0 }));
    expect(pooled.files.skipped).toEqual([{ file: "b.py", reason: "binary file" }]);
    expect(pooled.consolidations[0].edges.map((e: { file: string }) => e.file)).toEqual(["a.py"]);
  });

  it("scans a commit's blobs on threads exactly as in the main thread", async () => {
    const lib = await import(`${repoRoot}dist/index.js`);
    const dir = tempRepo({
      "ssot.config.yaml":
        "consolidations:\n  - id: c\n    paths:\n      - { id: new, module: pkg.new, role: canonical }\n      - { id: old, module: pkg.old, role: shim }\n",
      "pkg/__init__.py": "",
      "pkg/new.py": "X = 1\n",
      "pkg/old.py": "from pkg.new import X\n",
      "a.py": "from pkg.old import X\n",
      "b.py": "import pkg.new\nfrom pkg import old\n",
      "c.py": "from pkg.old import X\n",
    });
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], {
        cwd: dir,
        stdio: "pipe",
      });
    git("init", "-q");
    git("add", "-A");
    git("commit", "-qm", "one");
    const config = lib.loadConfig(dir);
    const pooled = await lib.analyzeCommit(config, "HEAD", { workers: 2 });
    expect(pooled).toEqual(await lib.analyzeCommit(config, "HEAD", { workers: 0 }));
    expect(pooled.consolidations[0].totals).toEqual({
      statements: 4,
      deprecatedStatements: 3,
      files: 3,
      deprecatedFiles: 3,
      unrelatedStatements: 0,
      allowedStatements: 0,
    });
  });
});
