import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeDir, pathCounts } from "../helpers/fixture.js";
import { copyTree, exampleDir, migrateDir, refusals, treeHash } from "./tree.js";

type Run = Awaited<ReturnType<typeof migrateDir>>;
const counts = (run: Run) => [run.outcome.planned, run.outcome.applied, run.outcome.successRate];

async function phases(dir: string) {
  const c = (await analyzeDir(dir)).consolidations[0];
  return {
    share: c?.deprecatedShare,
    paths: pathCounts(c),
    phases: c?.phases.map((p) => [p.id, p.status, p.criteria.map((k) => [k.metric, k.actual])]),
  };
}

const brokenScript =
  "scripts/broken_migration.py:3 [manager] syntax error in the file (line 5: '[' was never closed)";

/** The bundled example (issue #1182), copied to a temp folder: from its "before" state towards phase 3. */
describe("migrate on examples/websocket-ssot", () => {
  it("dry run (the default): prints what would change and writes nothing", async () => {
    const dir = copyTree(exampleDir);
    const before = treeHash(dir);
    const run = await migrateDir(dir);
    expect(counts(run)).toEqual([12, 11, 0.9167]);
    expect(refusals(run)).toEqual([brokenScript]);
    expect(run.outcome.dryRun).toBe(true);
    expect(run.outcome.files).toHaveLength(6);
    expect(run.recorded).toBe(false);
    expect(treeHash(dir)).toBe(before);
  });

  it("one --write --backup run: every statement but the broken script's moves to the canonical module", async () => {
    const dir = copyTree(exampleDir);
    const run = await migrateDir(dir, {
      write: true,
      backup: true,
      now: new Date("2025-09-14T10:00:00Z"),
    });
    expect(counts(run)).toEqual([12, 11, 0.9167]);
    expect(refusals(run)).toEqual([brokenScript]);
    expect(run.outcome.files).toEqual([
      "netra_backend/app/agents/supervisor.py",
      "netra_backend/app/routes/websocket.py",
      "netra_backend/app/services/agent_service.py",
      "netra_backend/app/services/notifier.py",
      "tests/mocks/mock_manager.py",
      "tests/test_websocket_manager.py",
    ]);
    expect(run.outcome.backup).toBe(".ssot/backups/20250914T100000000Z");
    const backups = path.join(dir, ".ssot/backups");
    expect(
      readdirSync(path.join(backups, "20250914T100000000Z"), { recursive: true }).filter((f) =>
        String(f).endsWith(".py"),
      ),
    ).toHaveLength(6);
    expect(
      readFileSync(path.join(backups, "20250914T100000000Z/tests/mocks/mock_manager.py"), "utf8"),
    ).toBe(readFileSync(path.join(exampleDir, "tests/mocks/mock_manager.py"), "utf8"));
    expect(JSON.parse(readFileSync(path.join(dir, ".ssot/last-migration.json"), "utf8"))).toEqual({
      schemaVersion: 1,
      tool: { name: "ssot-tracker", version: expect.any(String) },
      planned: 12,
      applied: 11,
      refused: 1,
      successRate: 0.9167,
    });

    const test = readFileSync(path.join(dir, "tests/test_websocket_manager.py"), "utf8");
    expect(test).toContain(
      "from netra_backend.app.websocket_core import websocket_manager as manager\n",
    );
    expect(test).toContain(
      "assert netra_backend.app.websocket_core.websocket_manager.WebSocketManager is",
    );
    expect(test).toContain(
      '@mock.patch("netra_backend.app.websocket_core.manager.WebSocketManager")',
    ); // no --strings
    // The shim module itself is internal: never rewritten.
    expect(
      readFileSync(path.join(dir, "netra_backend/app/websocket_core/manager.py"), "utf8"),
    ).toBe(
      readFileSync(path.join(exampleDir, "netra_backend/app/websocket_core/manager.py"), "utf8"),
    );

    // Backups are not analysed: the counts are those of the rewritten tree alone.
    expect(await phases(dir)).toEqual({
      share: { statements: 0.0625, files: 0.125 },
      paths: { canonical: [7, 15], manager: [1, 1], "unified-manager": [0, 0], package: [0, 0] },
      phases: [
        [
          "phase-1",
          "not-met",
          [
            ["deprecation-warnings", 0.5],
            ["canonical-defines", 1],
          ],
        ],
        [
          "phase-2",
          "not-met",
          [
            ["deprecated-share", 0.0625],
            ["migration-success-rate", 0.9167],
          ],
        ],
        [
          "phase-3",
          "not-met",
          [
            ["implementations", 2],
            ["deprecated-modules-present", 2],
            ["deprecated-doc-mentions", 1],
          ],
        ],
      ],
    });
  });

  it("is idempotent: a second run changes nothing, the record of the first run included", async () => {
    const dir = copyTree(exampleDir);
    await migrateDir(dir, { write: true, backup: true });
    const after = treeHash(dir);
    const again = await migrateDir(dir, { write: true, backup: true });
    expect(counts(again)).toEqual([1, 0, 0]);
    expect(refusals(again)).toEqual([brokenScript]);
    expect(again.recorded).toBe(false);
    expect(treeHash(dir)).toBe(after);
  });

  it("batch by batch as the plan orders it (tests, other, critical) meets phase 2", async () => {
    const dir = copyTree(exampleDir);
    expect(counts(await migrateDir(dir, { write: true, batch: "tests" }))).toEqual([4, 4, 1]);
    expect(counts(await migrateDir(dir, { write: true, batch: "other" }))).toEqual([7, 6, 0.8571]);
    expect(counts(await migrateDir(dir, { write: true, batch: "critical" }))).toEqual([1, 1, 1]);
    const after = await phases(dir);
    expect(after.share).toEqual({ statements: 0.0625, files: 0.125 });
    expect(after.phases?.map(([id, status]) => [id, status])).toEqual([
      ["phase-1", "not-met"],
      ["phase-2", "met"],
      ["phase-3", "not-met"],
    ]);
  });

  it("--path and --strings narrow and widen the run", async () => {
    const dir = copyTree(exampleDir);
    expect(counts(await migrateDir(dir, { path: "unified-manager" }))).toEqual([3, 3, 1]);
    const withStrings = await migrateDir(dir, { write: true, strings: true });
    expect(counts(withStrings)).toEqual([13, 12, 0.9231]);
    expect(readFileSync(path.join(dir, "tests/test_websocket_manager.py"), "utf8")).toContain(
      '@mock.patch("netra_backend.app.websocket_core.websocket_manager.WebSocketManager")',
    );
    const refs = (await analyzeDir(dir)).consolidations[0]?.stringReferences ?? [];
    expect(refs.map((r) => `${r.file}:${r.line} ${r.path}`)).toEqual([
      "tests/test_websocket_manager.py:18 canonical",
    ]);
  });
});
