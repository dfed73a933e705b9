import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeDir, pathCounts } from "../helpers/fixture.js";
import { copyTree, exampleDir, hasPython, migrateDir, refusals, treeHash } from "./tree.js";

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
const patchString = (line: number) =>
  `tests/test_websocket_manager.py:${line} [manager] the string "netra_backend.app.websocket_core.manager.WebSocketManager" (line 18) names netra_backend.app.websocket_core.manager: rewrite strings too with --strings`;
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), "utf8");

/** The bundled example (issue #1182), copied to a temp folder: from its "before" state towards phase 3. */
describe("migrate on examples/websocket-ssot", () => {
  it("dry run (the default): prints what would change and writes nothing", async () => {
    const dir = copyTree(exampleDir);
    const before = treeHash(dir);
    const run = await migrateDir(dir);
    expect(counts(run)).toEqual([12, 9, 0.75]);
    // The test module's imports name the shim as an object, which a mock.patch string names too.
    expect(refusals(run)).toEqual([brokenScript, patchString(3), patchString(4)]);
    expect(run.outcome.dryRun).toBe(true);
    expect(run.outcome.files).toHaveLength(6);
    expect(run.recorded).toBe(false);
    expect(treeHash(dir)).toBe(before);
  });

  it("one --write --backup --strings run: every statement but the broken script's moves, factory calls included", async () => {
    const dir = copyTree(exampleDir);
    const run = await migrateDir(dir, {
      write: true,
      backup: true,
      strings: true,
      now: new Date("2025-09-14T10:00:00Z"),
    });
    expect(counts(run)).toEqual([13, 12, 0.9231]);
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
    const backups = path.join(dir, ".ssot/backups/20250914T100000000Z");
    expect(
      readdirSync(backups, { recursive: true }).filter((f) => String(f).endsWith(".py")),
    ).toHaveLength(6);
    expect(read(backups, "tests/mocks/mock_manager.py")).toBe(
      read(exampleDir, "tests/mocks/mock_manager.py"),
    );
    const manifest = JSON.parse(read(backups, "manifest.json"));
    expect(manifest.files.map((f: { file: string }) => f.file)).toEqual(run.outcome.files);
    const record = JSON.parse(read(dir, ".ssot/last-migration.json"));
    expect(record).toMatchObject({
      schemaVersion: 2,
      tool: { name: "ssot-tracker" },
      planned: 13,
      applied: 12,
      refused: 1,
      rolledBack: 0,
      successRate: 0.9231,
      batches: [
        { consolidation: "websocket-manager", batch: "critical", planned: 1, applied: 1 },
        { consolidation: "websocket-manager", batch: "other", planned: 7, applied: 6, refused: 1 },
        { consolidation: "websocket-manager", batch: "tests", planned: 5, applied: 5 },
      ],
      runs: [
        { run: "20250914T100000000Z", scope: {}, backup: ".ssot/backups/20250914T100000000Z" },
      ],
    });

    const route = read(dir, "netra_backend/app/routes/websocket.py");
    expect(route).toContain(
      "from netra_backend.app.websocket_core.websocket_manager import get_websocket_manager\n",
    );
    expect(route).toContain("    manager = get_websocket_manager(user_context)\n");
    const test = read(dir, "tests/test_websocket_manager.py");
    expect(test).toContain(
      "from netra_backend.app.websocket_core import websocket_manager as manager\n",
    );
    expect(test).toContain(
      '@mock.patch("netra_backend.app.websocket_core.websocket_manager.WebSocketManager")',
    );
    // The shim module itself is a path module: never rewritten.
    expect(read(dir, "netra_backend/app/websocket_core/manager.py")).toBe(
      read(exampleDir, "netra_backend/app/websocket_core/manager.py"),
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
            ["migration-success-rate", 0.9231],
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

  it("is idempotent: a second run changes no file, and the whole migration keeps its figures", async () => {
    const dir = copyTree(exampleDir);
    await migrateDir(dir, { write: true, backup: true, strings: true });
    const after = treeHash(dir, false);
    const again = await migrateDir(dir, { write: true, backup: true, strings: true });
    expect(counts(again)).toEqual([1, 0, 0]);
    expect(refusals(again)).toEqual([brokenScript]);
    expect(treeHash(dir, false)).toBe(after);
    expect([again.record?.planned, again.record?.applied, again.record?.successRate]).toEqual([
      13, 12, 0.9231,
    ]);
  });

  it("batch by batch (tests, other, critical): the whole migration's rate, not the last batch's, decides phase 2", async () => {
    const dir = copyTree(exampleDir);
    const batch = async (id: string) =>
      counts(await migrateDir(dir, { write: true, strings: true, batch: id }));
    expect(await batch("tests")).toEqual([5, 5, 1]);
    expect(await batch("other")).toEqual([7, 6, 0.8571]);
    expect(await batch("critical")).toEqual([1, 1, 1]); // a clean last batch hides nothing
    let after = await phases(dir);
    expect(after.share).toEqual({ statements: 0.0625, files: 0.125 });
    expect(after.phases?.[1]).toEqual([
      "phase-2",
      "not-met",
      [
        ["deprecated-share", 0.0625],
        ["migration-success-rate", 0.9231],
      ],
    ]);
    // Fix the broken script, run its batch again: the migration is complete.
    const script = path.join(dir, "scripts/broken_migration.py");
    writeFileSync(
      script,
      read(dir, "scripts/broken_migration.py").replace(
        '    ("manager", "websocket_manager"),\n',
        '    ("manager", "websocket_manager"),\n]\n',
      ),
    );
    expect(await batch("other")).toEqual([1, 1, 1]);
    after = await phases(dir);
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
    expect(read(dir, "tests/test_websocket_manager.py")).toContain(
      '@mock.patch("netra_backend.app.websocket_core.websocket_manager.WebSocketManager")',
    );
    const refs = (await analyzeDir(dir)).consolidations[0]?.stringReferences ?? [];
    expect(refs.map((r) => `${r.file}:${r.line} ${r.path}`)).toEqual([
      "tests/test_websocket_manager.py:18 canonical",
    ]);
  });

  it.skipIf(!hasPython)(
    "CPython: the migrated example imports and its tests pass, as before",
    async () => {
      const check = (dir: string) =>
        spawnSync(
          "python3",
          [
            "-c",
            [
              "import asyncio, importlib, types",
              "t = importlib.import_module('tests.test_websocket_manager')",
              "t.test_three_paths_are_one_class(); t.test_patched(); t.test_factory_returns_one_manager_per_user()",
              "from netra_backend.app.agents.supervisor import Supervisor",
              "from netra_backend.app.routes.websocket import websocket_endpoint",
              "s = Supervisor('u'); print(type(s.legacy).__name__, s.legacy is s.primary)",
              "class Socket:\n    async def send_json(self, e): print('sent', e)",
              "asyncio.run(websocket_endpoint(Socket(), types.SimpleNamespace(user_id='u')))",
            ].join("\n"),
          ],
          {
            cwd: dir,
            encoding: "utf8",
            env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1", PYTHONWARNINGS: "ignore" },
          },
        );
      const before = check(copyTree(exampleDir));
      const dir = copyTree(exampleDir);
      await migrateDir(dir, { write: true, strings: true });
      const after = check(dir);
      expect([before.status, before.stderr]).toEqual([0, ""]);
      expect([after.status, after.stderr]).toEqual([0, ""]);
      // The factory call sites now share the user's one manager, as the plan intends.
      expect(before.stdout).toBe("WebSocketManager False\nsent {'type': 'connected'}\n");
      expect(after.stdout).toBe("WebSocketManager True\nsent {'type': 'connected'}\n");
    },
  );
});
