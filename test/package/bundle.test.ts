import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/action.js";

// npm test builds dist/ (and the bundle) before the tests run.
const bundle = path.join(repoRoot, "dist/bundle");
const bin = path.join(repoRoot, "bin/ssot.js");
const example = path.join(repoRoot, "examples/websocket-ssot");

/** The files a bundled chunk starts as threads: `new URL("./<name>.js", import.meta.url)`. */
function threadFiles(): string[] {
  const found = new Set<string>();
  for (const name of readdirSync(bundle).filter((n) => n.endsWith(".js"))) {
    const text = readFileSync(path.join(bundle, name), "latin1");
    for (const m of text.matchAll(/new URL\([`"']\.\/([\w-]+\.js)[`"'],\s*import\.meta\.url\)/g))
      found.add(m[1] as string);
  }
  return [...found].sort();
}

describe("the CLI's bundle (scripts/bundle.js)", () => {
  it("holds every thread file its chunks start, next to them", () => {
    // A missing worker file is not an error: the scan would quietly run on one thread.
    expect(threadFiles()).toEqual(["read-worker.js", "scan-worker.js"]);
    for (const file of threadFiles()) expect(existsSync(path.join(bundle, file)), file).toBe(true);
  });

  it("gives the same result on scanning threads as on the main thread", () => {
    const run = (workers: string) =>
      spawnSync(process.execPath, [bin, "analyze", "--no-cache", "--format", "json"], {
        cwd: example,
        encoding: "utf8",
        env: { ...process.env, SSOT_WORKERS: workers },
      });
    const [single, pooled] = [run("0"), run("2")];
    expect([single.status, pooled.status, pooled.stderr]).toEqual([0, 0, ""]);
    expect(pooled.stdout).toBe(single.stdout);
    expect(JSON.parse(pooled.stdout).consolidations[0].totals.statements).toBe(16);
  });

  it("finds the package's files from dist/bundle/: version and report templates", () => {
    const version = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")).version;
    const run = spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8" });
    expect(run.stdout.trim()).toBe(version);
    const out = mkdtempSync(path.join(os.tmpdir(), "ssot-bundle-"));
    const report = spawnSync(process.execPath, [bin, "report", "--no-cache", "--out", out], {
      cwd: example,
      encoding: "utf8",
    });
    expect(report.status, report.stderr).toBe(0);
    // The page inlines templates/report.css (its first line).
    expect(readFileSync(path.join(out, "report.html"), "utf8")).toContain(
      "ssot-tracker report: one self-contained page",
    );
  });
});
