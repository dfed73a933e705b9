import { describe, expect, it } from "vitest";
import type { ConsolidationResult } from "../../src/result/schema.js";
import { analyzeFixture, edgeLines, pathCounts } from "../helpers/fixture.js";

/** `file:line path kind [names]`, plus marks for nested and type-only statements. */
function statements(c: ConsolidationResult | undefined): string[] {
  return (c?.edges ?? []).map(
    (e) =>
      `${e.file}:${e.line} ${e.path} ${e.kind} [${e.names.join(",")}]${e.nested ? " nested" : ""}${e.typeChecking ? " type-only" : ""}`,
  );
}

const internal = (c: ConsolidationResult | undefined) =>
  (c?.internalEdges ?? []).map((e) => `${e.file}:${e.line} ${e.from}->${e.path} ${e.kind}`);

describe("JS/TS: tsconfig aliases, barrels, type-only imports, export … from (javascript/aliases-barrels)", async () => {
  const result = await analyzeFixture("javascript/aliases-barrels");
  const c = result.consolidations[0];

  it("resolves `@/…` through the root tsconfig and index.ts barrels through their folder", () => {
    expect(result.files).toEqual({
      scanned: 7,
      python: 0,
      javascript: 7,
      skipped: [],
      parseErrors: [],
    });
    expect(statements(c)).toEqual([
      "src/features/chat.ts:1 canonical import [WebSocketManager]",
      "src/features/chat.ts:2 manager import [WebSocketManager]",
      "src/features/chat.ts:3 barrel import-type [ManagerOptions] type-only",
      "src/features/chat.ts:4 manager import-type [WebSocketManager] type-only",
      "src/features/chat.ts:5 barrel export-from [createManager]",
      "src/features/chat.ts:6 canonical export-from [*]",
      "src/features/notify.tsx:1 barrel import [*]",
      "src/features/notify.tsx:2 canonical import [default,createManager]",
    ]);
    expect(c?.edges.map((e) => e.level)).toEqual([0, 0, 0, 2, 0, 2, 0, 0]);
  });

  it("counts per path, keeps the path files' own imports internal", () => {
    expect(
      c?.paths.map((p) => [p.id, p.file, p.files, p.statements, p.typeCheckingStatements]),
    ).toEqual([
      ["canonical", "src/ws/websocket-manager.ts", 2, 3, 0],
      ["manager", "src/ws/manager.ts", 1, 2, 1],
      ["barrel", "src/ws/index.ts", 2, 3, 1],
    ]);
    expect(internal(c)).toEqual([
      "src/ws/index.ts:1 barrel->canonical export-from",
      "src/ws/manager.ts:2 manager->canonical export-from",
    ]);
    expect(c?.totals).toEqual({
      statements: 8,
      deprecatedStatements: 5,
      files: 2,
      deprecatedFiles: 2,
      unrelatedStatements: 0,
      allowedStatements: 0,
    });
    expect(c?.deprecatedShare).toEqual({ statements: 0.625, files: 1 });
    expect(c?.batches).toEqual([
      { id: "ui", files: 1, statements: 2, deprecatedStatements: 1 },
      { id: "other", files: 1, statements: 6, deprecatedStatements: 4 },
    ]);
  });

  it("finds implementations by class pattern, in files that import nothing too, and evaluates the criteria", () => {
    expect(c?.implementations).toEqual([
      { name: "ThirdWebSocketManager", file: "src/legacy/third.ts", line: 3 },
      { name: "LegacyWebSocketManager", file: "src/ws/manager.ts", line: 4 },
      { name: "WebSocketManager", file: "src/ws/websocket-manager.ts", line: 3 },
    ]);
    expect(c?.phases[0]?.criteria.map((k) => [k.metric, k.status, k.actual])).toEqual([
      ["deprecated-share", "not-met", 0.625],
      ["implementations", "not-met", 3],
      ["deprecated-modules-present", "not-met", 1],
    ]);
  });
});

describe("JS/TS: CommonJS, dynamic import, .mjs/.cjs/.jsx, no tsconfig (javascript/commonjs-dynamic)", async () => {
  const result = await analyzeFixture("javascript/commonjs-dynamic");
  const c = result.consolidations[0];

  it("counts require() and import() with literals, top level or nested, and not .d.ts files", () => {
    expect(result.files.javascript).toBe(6);
    expect(statements(c)).toEqual([
      "app/main.mjs:1 store import [Store]",
      "app/main.mjs:2 legacy require []",
      "app/main.mjs:5 store dynamic-import [] nested",
      "app/main.mjs:6 legacy require [] nested",
      "app/service.ts:1 typed import [TypedStore]",
      "app/service.ts:2 legacy require []",
      "app/service.ts:4 typed dynamic-import []",
      "app/view.jsx:1 typed require []",
    ]);
    expect(internal(c)).toEqual(["lib/legacy-store.cjs:1 legacy->store require"]);
    expect(pathCounts(c)).toEqual({ store: [1, 2], legacy: [2, 3], typed: [2, 3] });
    expect(c?.paths.map((p) => p.nestedStatements)).toEqual([1, 1, 0]);
    expect(c?.deprecatedShare).toEqual({ statements: 0.75, files: 1 });
  });
});

describe("JS/TS: mocks, comments and strings, unresolvable imports (javascript/mocks-and-text)", async () => {
  const result = await analyzeFixture("javascript/mocks-and-text");
  const c = result.consolidations[0];

  it("counts only real statements; a missing package, a core module and a missing file are left out", () => {
    expect(edgeLines(c)).toEqual([
      "test/client.test.ts:3 client [Client]",
      "test/client.test.ts:16 legacy []",
    ]);
    expect(pathCounts(c)).toEqual({ client: [1, 1], legacy: [1, 1] });
    expect(result.files.skipped).toEqual([]);
  });

  it("reports jest.mock and vi.mock as string references, not inside the path modules", () => {
    expect(c?.stringReferences).toEqual([
      { file: "test/client.test.ts", line: 8, path: "legacy", value: "../src/api/legacy-client" },
      { file: "test/client.test.ts", line: 9, path: "client", value: "../src/api/client" },
      {
        file: "test/only-mock.test.ts",
        line: 1,
        path: "legacy",
        value: "../src/api/legacy-client",
      },
    ]);
    expect(c?.paths.map((p) => p.stringReferences)).toEqual([1, 2]);
    expect(result.files.javascript).toBe(4);
    expect(internal(c)).toEqual(["src/api/legacy-client.ts:1 legacy->client export-from"]);
  });
});

describe("Python and TypeScript in one run (javascript/mixed-python)", async () => {
  const result = await analyzeFixture("javascript/mixed-python");
  const [backend, frontend] = result.consolidations;

  it("counts both languages' files and keeps each consolidation to its own", () => {
    expect(result.files).toEqual({
      scanned: 8,
      python: 4,
      javascript: 4,
      skipped: [],
      parseErrors: [],
    });
    expect(edgeLines(backend)).toEqual([
      "backend/app.py:1 legacy [WebSocketManager]",
      "backend/app.py:2 canonical [WebSocketManager]",
    ]);
    expect(statements(frontend)).toEqual([
      "frontend/src/app.ts:1 canonical import [WebSocketManager]",
      "frontend/src/pages/chat.tsx:1 legacy import [WebSocketManager]",
      "frontend/src/pages/chat.tsx:2 canonical import-type [WebSocketManager] type-only",
    ]);
    expect(internal(frontend)).toEqual([
      "frontend/src/ws/manager.ts:1 legacy->canonical export-from",
    ]);
    expect(frontend?.deprecatedShare).toEqual({ statements: 0.3333, files: 0.5 });
    expect(frontend?.batches[0]).toEqual({
      id: "pages",
      files: 1,
      statements: 2,
      deprecatedStatements: 1,
    });
  });

  it("finds documentation mentions of deprecated paths in either language", () => {
    expect(result.consolidations.map((c) => c.phases[0]?.criteria[0]?.evidence)).toEqual([
      ["docs/migration.md:3 mentions ws.manager"],
      ["docs/migration.md:4 mentions frontend/src/ws/manager.ts"],
    ]);
  });

  it("leaves Python-only results as they were: no `javascript` count", async () => {
    const python = await analyzeFixture("python/counting-phases");
    expect(Object.keys(python.files)).toEqual(["scanned", "python", "skipped", "parseErrors"]);
    expect(python.files.scanned).toBe(python.files.python);
  });
});
