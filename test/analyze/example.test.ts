import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeDir, edgeLines, pathCounts } from "../helpers/fixture.js";

const example = fileURLToPath(new URL("../../examples/websocket-ssot/", import.meta.url));

const result = await analyzeDir(example);
const c = result.consolidations[0];

describe("the bundled example (issue #1182's situation)", () => {
  it("finds every import style of the plan, nested and TYPE_CHECKING ones included", () => {
    expect(edgeLines(c)).toEqual([
      "netra_backend/app/agents/supervisor.py:1 manager []",
      "netra_backend/app/agents/supervisor.py:2 manager [manager]",
      "netra_backend/app/agents/supervisor.py:4 canonical [get_websocket_manager]",
      "netra_backend/app/agents/supervisor.py:6 manager [get_websocket_manager]",
      "netra_backend/app/routes/health.py:1 canonical [get_websocket_manager]",
      "netra_backend/app/routes/websocket.py:2 manager [WebSocketManager]",
      "netra_backend/app/services/agent_service.py:3 canonical [get_websocket_manager]",
      "netra_backend/app/services/agent_service.py:6 unified-manager [_UnifiedWebSocketManagerImplementation]",
      "netra_backend/app/services/agent_service.py:17 unified-manager [_UnifiedWebSocketManagerImplementation]",
      "netra_backend/app/services/notifier.py:1 package [WebSocketManager,get_websocket_manager]",
      "scripts/broken_migration.py:3 manager [WebSocketManager]",
      "tests/mocks/mock_manager.py:1 unified-manager [_UnifiedWebSocketManagerImplementation]",
      "tests/test_websocket_manager.py:3 manager []",
      "tests/test_websocket_manager.py:4 manager [manager]",
      "tests/test_websocket_manager.py:5 manager [WebSocketManager]",
      "tests/test_websocket_manager.py:6 canonical [WebSocketManager,get_websocket_manager]",
    ]);
    expect(pathCounts(c)).toEqual({
      canonical: [4, 4],
      manager: [4, 8],
      "unified-manager": [2, 3],
      package: [1, 1],
    });
    expect(c?.deprecatedShare).toEqual({ statements: 0.75, files: 0.875 });
    expect(c?.stringReferences.map((r) => `${r.file}:${r.line} ${r.path}`)).toEqual([
      "tests/test_websocket_manager.py:18 manager",
    ]);
    expect(c?.internalEdges).toHaveLength(4);
  });

  it("breaks down by batch and finds both implementations", () => {
    expect(c?.batches).toEqual([
      { id: "tests", files: 2, statements: 5, deprecatedStatements: 4 },
      { id: "critical", files: 2, statements: 2, deprecatedStatements: 1 },
      { id: "other", files: 4, statements: 9, deprecatedStatements: 7 },
    ]);
    expect(c?.implementations.map((i) => i.name)).toEqual([
      "_UnifiedWebSocketManagerImplementation",
      "WebSocketManager",
    ]);
  });

  it("reports the half-written script as a parse error and still counts its import", () => {
    expect(result.files.parseErrors).toEqual([
      {
        file: "scripts/broken_migration.py",
        line: 5,
        message: expect.stringContaining("never closed"),
      },
    ]);
    expect(result.files.scanned).toBe(18);
  });

  it("evaluates the plan's three phases", () => {
    expect(
      c?.phases.map((p) => [p.id, p.status, p.criteria.map((k) => [k.metric, k.actual, k.status])]),
    ).toEqual([
      [
        "phase-1",
        "not-met",
        [
          ["deprecation-warnings", 0.5, "not-met"],
          ["canonical-defines", 1, "met"],
        ],
      ],
      [
        "phase-2",
        "not-met",
        [
          ["deprecated-share", 0.75, "not-met"],
          ["migration-success-rate", null, "unknown"],
        ],
      ],
      [
        "phase-3",
        "not-met",
        [
          ["implementations", 2, "not-met"],
          ["deprecated-modules-present", 2, "not-met"],
          ["deprecated-doc-mentions", 1, "not-met"],
        ],
      ],
    ]);
  });
});
