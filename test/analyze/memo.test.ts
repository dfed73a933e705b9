import { mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyze, type ProgressEvent } from "../../src/analyze/index.js";
import { loadConfig } from "../../src/config/load.js";
import { runCli } from "../helpers/cli.js";
import { tempRepo } from "../helpers/temp.js";

const config = (shimShare: number) => `consolidations:
  - id: text
    paths:
      - { id: new, module: pkg.new, role: canonical }
      - { id: old, module: pkg.old, role: shim }
    phases:
      - id: done
        criteria:
          - { metric: deprecated-share, max: ${shimShare} }
`;

const repo = () =>
  tempRepo({
    "ssot.config.yaml": config(0.1),
    "pkg/__init__.py": "",
    "pkg/new.py": "def f():\n    pass\n",
    "pkg/old.py": "from pkg.new import f\n",
    "app/a.py": "from pkg.old import f\n",
    "app/b.py": "from pkg.new import f\n",
    "app/c.py": "import os\n",
  });

/** One analysis; `scanned` tells whether it went past the memo (classification ran). */
async function run(root: string, cacheDir: string) {
  const stages: ProgressEvent["stage"][] = [];
  const result = await analyze(loadConfig(root), {
    cacheDir,
    workers: 0,
    onProgress: (e) => stages.push(e.stage),
  });
  return { json: JSON.stringify(result, null, 2), scanned: stages.includes("classify") };
}

/** A new mtime, a second later than any run so far (the version includes mtime). */
function touch(file: string, seconds: number) {
  const when = new Date(Date.now() + seconds * 1000);
  utimesSync(file, when, when);
}

describe("the whole-result memo", () => {
  it("returns the same result without scanning when nothing changed", async () => {
    const root = repo();
    const cacheDir = tempRepo({});
    const cold = await run(root, cacheDir);
    expect(cold.scanned).toBe(true);
    expect(readdirSync(cacheDir).filter((f) => f.startsWith("result-"))).toHaveLength(1);
    const warm = await run(root, cacheDir);
    expect(warm.scanned).toBe(false);
    expect(warm.json).toBe(cold.json);
    const noCache = await analyze(loadConfig(root), { cache: false, workers: 0 });
    expect(JSON.stringify(noCache, null, 2)).toBe(cold.json);
  });

  it("is invalidated by a change to any one file, a new or deleted file, or the config", async () => {
    const root = repo();
    const cacheDir = tempRepo({});
    const first = await run(root, cacheDir);

    // Same content, new mtime: analysed again, same result.
    touch(path.join(root, "app/c.py"), 5);
    const touched = await run(root, cacheDir);
    expect(touched.scanned).toBe(true);
    expect(touched.json).toBe(first.json);
    expect((await run(root, cacheDir)).scanned).toBe(false);

    // One file moves to the canonical path: the result changes.
    writeFileSync(path.join(root, "app/a.py"), "from pkg.new import f\n");
    touch(path.join(root, "app/a.py"), 10);
    const changed = await run(root, cacheDir);
    expect(changed.scanned).toBe(true);
    const totals = (json: string) => JSON.parse(json).consolidations[0].totals;
    expect(totals(first.json)).toMatchObject({ statements: 2, deprecatedStatements: 1 });
    expect(totals(changed.json)).toMatchObject({ statements: 2, deprecatedStatements: 0 });

    writeFileSync(path.join(root, "app/d.py"), "from pkg.old import f\n");
    const added = await run(root, cacheDir);
    expect(added.scanned).toBe(true);
    rmSync(path.join(root, "app/d.py"));
    const removed = await run(root, cacheDir);
    expect(removed.scanned).toBe(true);
    expect(removed.json).toBe(changed.json);

    writeFileSync(path.join(root, "ssot.config.yaml"), config(0.9));
    const reconfigured = await run(root, cacheDir);
    expect(reconfigured.scanned).toBe(true);
    expect(JSON.parse(reconfigured.json).source.configHash).not.toBe(
      JSON.parse(changed.json).source.configHash,
    );
  });

  it("ignores a corrupt memo and is neither read nor written with --no-cache", async () => {
    const root = repo();
    const cacheDir = tempRepo({});
    const first = await run(root, cacheDir);
    const [memo] = readdirSync(cacheDir).filter((f) => f.startsWith("result-"));
    writeFileSync(path.join(cacheDir, memo ?? ""), "not a memo");
    const again = await run(root, cacheDir);
    expect(again.scanned).toBe(true);
    expect(again.json).toBe(first.json);

    const unused = tempRepo({});
    await analyze(loadConfig(root), { cache: false, cacheDir: unused, workers: 0 });
    expect(readdirSync(unused)).toEqual([]);
  });

  it("warns on stderr when the cache or the memo cannot be written", async () => {
    const root = repo();
    const cacheDir = tempRepo({});
    const args = ["analyze", "--format", "json", "--cache-dir", cacheDir];
    const ok = await runCli(args, root);
    expect(ok.stderr).not.toContain("warning");
    // Folders where the two files go: neither can be replaced by a file.
    for (const name of readdirSync(cacheDir)) {
      rmSync(path.join(cacheDir, name));
      mkdirSync(path.join(cacheDir, name));
    }
    const failed = await runCli(args, root);
    expect(failed.code).toBe(0);
    expect(failed.stdout).toBe(ok.stdout);
    expect(failed.stderr).toMatch(/ssot: warning: scan cache not saved: .*python-\w+\.jsonl/);
    expect(failed.stderr).toMatch(/ssot: warning: result memo not saved: .*result-\w+\.json/);
  });
});
