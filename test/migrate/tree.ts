import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { type MigrateOptions, type MigrateRun, migrate } from "../../src/migrate/index.js";
import { fixturePath } from "../helpers/fixture.js";
import { tempRepo } from "../helpers/temp.js";

export const exampleDir = fileURLToPath(new URL("../../examples/websocket-ssot/", import.meta.url));

/** A fresh temp copy of a folder (fixtures and the example are never written to). */
export function copyTree(from: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ssot-migrate-test-"));
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** A temp copy of test/fixtures/migrate/<name>/before. */
export function copyCase(name: string): string {
  return copyTree(fixturePath(`migrate/${name}/before`));
}

/** Every file under `dir` (posix relative path -> bytes), optionally without `.ssot/`. */
export function treeFiles(dir: string, withState = false): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = path
      .relative(dir, path.join(entry.parentPath, entry.name))
      .split(path.sep)
      .join("/");
    if (!withState && rel.startsWith(".ssot/")) continue;
    out.set(rel, readFileSync(path.join(dir, rel)));
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** One hash over every path and byte of the tree, `.ssot/` included unless `withState` is false. */
export function treeHash(dir: string, withState = true): string {
  const hash = createHash("sha256");
  for (const [file, bytes] of treeFiles(dir, withState))
    hash.update(`${file}\u0000`).update(bytes).update("\u0000");
  return hash.digest("hex");
}

/** The tree (outside `.ssot/`) equals test/fixtures/migrate/<name>/after (or before) byte for byte. */
export function expectTree(dir: string, name: string, side = "after"): void {
  const actual = treeFiles(dir);
  const expected = treeFiles(fixturePath(`migrate/${name}/${side}`));
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [file, bytes] of expected) {
    expect(actual.get(file)?.toString("utf8"), `${name}: ${file}`).toBe(bytes.toString("utf8"));
    expect(actual.get(file)?.equals(bytes), `${name}: ${file} bytes`).toBe(true);
  }
}

/** Run the library's migrate on a folder with its own ssot.config.yaml (no scan cache). */
export function migrateDir(dir: string, options: MigrateOptions = {}): Promise<MigrateRun> {
  return migrate(loadConfig(dir), { analyze: { cache: false }, ...options });
}

/** `file:line [path] reason` per refusal. */
export function refusals(run: MigrateRun): string[] {
  return run.outcome.refused.map((r) => `${r.file}:${r.line} [${r.path}] ${r.reason}`);
}

/** CPython is there to import the migrated modules (the behaviour checks are skipped without it). */
export const hasPython = spawnSync("python3", ["--version"]).status === 0;

/**
 * Runs test/fixtures/migrate/<name>/probe.py with CPython in `dir` (importing its modules,
 * printing what they do): its output, to compare before and after a migration. No bytecode
 * is written, so the tree stays comparable byte for byte.
 */
export function probe(name: string, dir: string): string {
  const run = spawnSync("python3", [fixturePath(`migrate/${name}/probe.py`)], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, PYTHONPATH: dir, PYTHONDONTWRITEBYTECODE: "1", PYTHONWARNINGS: "" },
  });
  if (run.status !== 0) throw new Error(`probe ${name} failed:\n${run.stderr}`);
  return run.stdout;
}

/**
 * A temp repository with one consolidation `m`: `pkg.canon` (canonical, path `c`) and
 * `pkg.shim` (shim, path `s`), defining and re-exporting `X` unless `files` says otherwise.
 */
export function shimRepo(files: Record<string, string | Uint8Array>): string {
  return tempRepo({
    "ssot.config.yaml": `consolidations:\n  - id: m\n    paths:\n      - { id: c, module: pkg.canon, role: canonical }\n      - { id: s, module: pkg.shim, role: shim }\n`,
    "pkg/__init__.py": "",
    "pkg/canon.py": "X = 1\n",
    "pkg/shim.py": "from pkg.canon import X\n",
    ...files,
  });
}
