import { chmodSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { restoreMigration } from "../../src/migrate/index.js";
import { runCli } from "../helpers/cli.js";
import { copyCase, expectTree, migrateDir, treeFiles } from "./tree.js";

const record = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, ".ssot/last-migration.json"), "utf8"));
const when = new Date("2025-09-14T10:00:00Z");
const run = "20250914T100000000Z";

describe("migrate runs the plan: --verify, --restore, --runs", () => {
  it("--restore puts the last run's files back byte for byte, mode included", async () => {
    const dir = copyCase("from-symbol");
    chmodSync(path.join(dir, "app/service.py"), 0o751);
    await migrateDir(dir, { write: true, backup: true, now: when });
    expectTree(dir, "from-symbol");
    const { code, stdout } = await runCli(["migrate", "--restore"], dir);
    expect([code, stdout]).toEqual([
      0,
      `run ${run}: 1 of 1 file(s) restored\n  app/service.py: restored\n`,
    ]);
    expectTree(dir, "from-symbol", "before");
    expect(statSync(path.join(dir, "app/service.py")).mode & 0o777).toBe(0o751);
    const r = record(dir);
    expect(r.runs[0].restored).toEqual({ at: expect.any(String), files: 1, of: 1 });
    expect([r.planned, r.applied, r.rolledBack, r.successRate]).toEqual([5, 0, 5, 0]);
  });

  it("--restore refuses a file changed since the run unless --force; --dry-run lists and changes nothing", async () => {
    const dir = copyCase("from-symbol");
    await migrateDir(dir, { write: true, backup: true, now: when });
    const file = path.join(dir, "app/service.py");
    writeFileSync(file, `${readFileSync(file, "utf8")}# edited after the run\n`);
    const edited = readFileSync(file, "utf8");
    const dry = await runCli(["migrate", "--restore", run, "--dry-run"], dir);
    expect(dry.stdout).toBe(
      `run ${run}: 1 file(s); --dry-run: nothing restored\n  app/service.py: changed since the run\n1 file(s) not restored; --force restores files changed since the run\n`,
    );
    const refused = await runCli(["migrate", "--restore", run], dir);
    expect(refused.code).toBe(1);
    expect(readFileSync(file, "utf8")).toBe(edited);
    const forced = await runCli(["migrate", "--restore", run, "--force"], dir);
    expect(forced.code).toBe(0);
    expectTree(dir, "from-symbol", "before");
  });

  it("--restore names the runs when there is none to restore; --force needs --restore", async () => {
    const dir = copyCase("from-symbol");
    expect(await runCli(["migrate", "--restore"], dir)).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "ssot: --restore: no run with backups under .ssot/backups; runs with backups: none (back up with --write --backup)\n",
    });
    expect((await runCli(["migrate", "--force"], dir)).stderr).toBe(
      "ssot: --force only applies with --restore\n",
    );
    expect((await runCli(["migrate", "--verify", "true"], dir)).stderr).toBe(
      "ssot: --verify only applies with --write (it checks the applied batch)\n",
    );
  });

  it("--verify runs the command on the applied batch; when it passes the batch stays", async () => {
    const dir = copyCase("from-symbol");
    const { code, stdout } = await runCli(
      ["migrate", "--no-cache", "--write", "--verify", "grep -q pkg.canon app/service.py"],
      dir,
    );
    expect(code).toBe(0);
    expect(stdout).toContain("verify: grep -q pkg.canon app/service.py passed\n");
    expectTree(dir, "from-symbol");
    expect(record(dir).runs[0].verify).toEqual({
      command: "grep -q pkg.canon app/service.py",
      passed: true,
      exit: "exit code 0",
    });
    expect(readdirOf(dir)).toContain(".ssot/backups/"); // --verify implies --backup
  });

  it("--verify that fails: every file of the batch is restored from its backups, recorded as rolled back, exit 1", async () => {
    const dir = copyCase("from-symbol");
    const { code, stdout } = await runCli(
      [
        "migrate",
        "--no-cache",
        "--write",
        "--verify",
        "echo 2 mission critical tests failed >&2; exit 3",
      ],
      dir,
    );
    expect(code).toBe(1);
    expect(stdout).toContain("5 planned, 0 applied, 0 refused, 5 rolled back; success rate 0\n");
    expect(stdout).toContain(
      "verify: echo 2 mission critical tests failed >&2; exit 3 failed (exit code 3); the batch was rolled back\nrestored app/service.py\nits output ended with:\n  2 mission critical tests failed\n",
    );
    expectTree(dir, "from-symbol", "before");
    const r = record(dir);
    expect(r.runs[0].totals).toEqual({
      planned: 5,
      applied: 0,
      refused: 0,
      rolledBack: 5,
      successRate: 0,
    });
    expect([r.planned, r.applied, r.rolledBack, r.successRate]).toEqual([5, 0, 5, 0]);
  });

  it("--runs lists the runs with their figures and the whole migration per batch", async () => {
    const dir = copyCase("from-symbol");
    await migrateDir(dir, { write: true, backup: true, now: when });
    const config = loadConfig(dir);
    restoreMigration(config, { dryRun: true });
    const { stdout } = await runCli(["migrate", "--runs"], dir);
    expect(stdout).toBe(
      [
        `${run}  (all)  5 planned, 5 applied, 0 refused (1); backups`,
        "whole migration: 5 of 5 applied (1)",
        "  manager / other: 5 of 5 applied (1)",
        "",
      ].join("\n"),
    );
  });
});

function readdirOf(dir: string): string[] {
  return [...treeFiles(dir, true).keys()].map((f) =>
    f.replace(/^(\.ssot\/backups\/)[^/]+.*$/, "$1"),
  );
}
