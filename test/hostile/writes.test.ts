import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeFileSafely } from "../../src/workspace/safe-write.js";
import { runCli } from "../helpers/cli.js";
import { commitAll, listTree, pythonRepo } from "./repo.js";

/** A file outside the repository that a committed link points at. */
function victim(): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ssot-victim-"));
  const file = path.join(dir, "precious.txt");
  writeFileSync(file, "precious\n");
  return { dir, file };
}

const untouched = (v: { dir: string; file: string }) => {
  expect(readFileSync(v.file, "utf8")).toBe("precious\n");
  expect(listTree(v.dir)).toEqual(["precious.txt"]);
};

describe("outputs never follow a link", () => {
  it("report: a committed out/report.md -> /anywhere is refused, exit 2", async () => {
    const v = victim();
    const repo = pythonRepo();
    mkdirSync(path.join(repo, "out"));
    symlinkSync(v.file, path.join(repo, "out/report.md"));
    const run = await runCli(["report", "--no-svg", "--no-cache"], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/out\/report\.md: is a symbolic link; refusing to write through it/);
    untouched(v);
  });

  it("report: an out folder that is a link is refused", async () => {
    const v = victim();
    const repo = pythonRepo();
    symlinkSync(v.dir, path.join(repo, "out"));
    const run = await runCli(["report", "--no-svg", "--no-cache"], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /out: is a symbolic link, not a folder; refusing to write through it/,
    );
    untouched(v);
  });

  it("report --out naming a linked folder from elsewhere is refused too", async () => {
    const v = victim();
    const repo = pythonRepo();
    symlinkSync(v.dir, path.join(repo, "out"));
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), "ssot-cwd-"));
    const run = await runCli(
      [
        "report",
        "--no-svg",
        "--no-cache",
        "--config",
        path.join(repo, "ssot.config.yaml"),
        "--out",
        path.join(repo, "out"),
      ],
      elsewhere,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /out: is a symbolic link, not a folder; refusing to write through it/,
    );
    untouched(v);
  });

  it("analyze --out and progress --out refuse a link", async () => {
    const v = victim();
    const repo = pythonRepo();
    symlinkSync(v.file, path.join(repo, "result.json"));
    const run = await runCli(
      ["analyze", "--no-cache", "--format", "json", "--out", "result.json"],
      repo,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("refusing to write through it");
    untouched(v);
  });

  it("check --update-baseline, snapshot and the history lock do not write through .ssot -> elsewhere", async () => {
    const v = victim();
    const repo = pythonRepo();
    symlinkSync(v.dir, path.join(repo, ".ssot"));
    const check = await runCli(["check", "--update-baseline", "--no-cache"], repo);
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/\.ssot: is a symbolic link, not a folder/);
    const snapshot = await runCli(["snapshot", "--no-cache", "--date", "2025-01-06"], repo);
    expect(snapshot.code).toBe(2);
    expect(snapshot.stderr).toMatch(/\.ssot: is a symbolic link, not a folder/);
    untouched(v);
  });

  it("migrate --write --backup does not copy files or record through .ssot -> elsewhere", async () => {
    const v = victim();
    const repo = pythonRepo();
    symlinkSync(v.dir, path.join(repo, ".ssot"));
    const run = await runCli(["migrate", "--write", "--backup", "--no-cache"], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.ssot: is a symbolic link, not a folder/);
    untouched(v);
  });

  it("a baseline or history file that is a link is refused", async () => {
    const v = victim();
    const repo = pythonRepo();
    mkdirSync(path.join(repo, ".ssot"));
    symlinkSync(v.file, path.join(repo, ".ssot/history.jsonl"));
    const snapshot = await runCli(["snapshot", "--no-cache", "--date", "2025-01-06"], repo);
    expect(snapshot.code).toBe(2);
    untouched(v);
    // A baseline link to a valid baseline outside: read, but never rewritten through.
    const outside = path.join(v.dir, "baseline.json");
    writeFileSync(
      outside,
      '{"schemaVersion":1,"entries":[{"consolidation":"c","file":"app/uses.py","path":"shim","names":["Manager"],"occurrence":0},{"consolidation":"c","file":"gone.py","path":"shim","names":[],"occurrence":0}]}\n',
    );
    symlinkSync(outside, path.join(repo, ".ssot/baseline.json"));
    const check = await runCli(["check", "--update-baseline", "--no-cache"], repo);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain("refusing to write through it");
    expect(readFileSync(outside, "utf8")).toContain("gone.py");
  });

  it("the scan cache is not written through a link in the cache folder", async () => {
    const v = victim();
    const repo = pythonRepo();
    commitAll(repo);
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), "ssot-cache-"));
    // Find the cache file's name with a first run, then replace it with a link.
    expect((await runCli(["analyze", "--cache-dir", cacheDir], repo)).code).toBe(0);
    const [name] = listTree(cacheDir);
    writeFileSync(path.join(repo, "app/new.py"), "import pkg.shim\n");
    const file = path.join(cacheDir, name as string);
    const { rmSync } = await import("node:fs");
    rmSync(file);
    symlinkSync(v.file, file);
    const run = await runCli(["analyze", "--cache-dir", cacheDir], repo);
    expect(run.code).toBe(0); // the cache only saves time: a warning
    expect(run.stderr).toMatch(/warning: scan cache not saved: .*symbolic link/);
    untouched(v);
  });

  it("writes by temporary file and rename, keeping an existing file's mode", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ssot-write-"));
    const file = path.join(dir, "out.txt");
    writeFileSync(file, "old\n");
    chmodSync(file, 0o640);
    writeFileSafely(file, "new\n", { base: dir });
    expect(readFileSync(file, "utf8")).toBe("new\n");
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(listTree(dir)).toEqual(["out.txt"]);
    mkdirSync(path.join(dir, "a-folder"));
    expect(() => writeFileSafely(path.join(dir, "a-folder"), "x")).toThrow(/is a folder/);
  });
});
