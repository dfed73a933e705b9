import { describe, expect, it } from "vitest";
import type { BaselineEntry } from "../../src/check/baseline.js";
import { beforeFromBaseline, beforeState } from "../../src/report/before.js";
import { reportDiagrams } from "../../src/reporters/report/diagram-set.js";
import { beforeDiagram } from "../../src/reporters/report/mermaid/before-diagram.js";
import { fixtureContext, fixtureHistory, fixtureResult } from "../helpers/report.js";

const result = fixtureResult(); // websocket-manager: canonical, manager, unified-manager, package, legacy

const entry = (
  file: string,
  path: string,
  names: string[] = [],
  occurrence = 0,
): BaselineEntry => ({
  consolidation: "websocket-manager",
  file,
  path,
  names,
  occurrence,
});

const entries: BaselineEntry[] = [
  entry("a.py", "manager"),
  entry("a.py", "manager", ["X"]),
  entry("b.py", "manager", ["X"]),
  entry("b.py", "manager", ["X"], 1),
  entry("c.py", "package"),
  entry("d.py", "old-alias"),
  entry("e.py", "aaa-gone"),
  { ...entry("z.py", "manager"), consolidation: "another" },
];

describe("before state from the check baseline", () => {
  it("counts deprecated statements and files per path; canonical counts are not recorded", () => {
    expect(beforeFromBaseline(entries, result, ".ssot/baseline.json")).toEqual({
      kind: "baseline",
      source: ".ssot/baseline.json",
      consolidations: [
        {
          id: "websocket-manager",
          paths: [
            { id: "canonical", files: null, statements: null },
            { id: "manager", files: 2, statements: 4 },
            { id: "unified-manager", files: 0, statements: 0 },
            { id: "package", files: 1, statements: 1 },
            { id: "legacy", files: 0, statements: 0 },
            // Paths the config no longer lists, sorted, after the configured ones.
            { id: "aaa-gone", files: 1, statements: 1 },
            { id: "old-alias", files: 1, statements: 1 },
          ],
        },
      ],
    });
  });

  it("leaves out a consolidation the baseline holds no entry for", () => {
    const before = beforeFromBaseline(entries.slice(-1), result, ".ssot/baseline.json");
    expect(before.consolidations).toEqual([]);
    const set = reportDiagrams(result, { ...fixtureContext(result, { history: false }), before });
    expect(set.diagrams.map((d) => d.kind)).toEqual(["current", "target"]);
    expect(set.notes["websocket-manager"]).toEqual([
      "No before diagram: .ssot/baseline.json holds no entry for websocket-manager.",
    ]);
  });

  it("prefers the oldest history line, falls back to the baseline, else has none", () => {
    const baseline = { entries, source: ".ssot/baseline.json" };
    const history = fixtureHistory();
    expect(beforeState(history, ".ssot/history.jsonl", baseline, result)).toMatchObject({
      kind: "history",
      source: ".ssot/history.jsonl",
      date: "2025-06-02",
    });
    expect(beforeState([], ".ssot/history.jsonl", baseline, result)?.kind).toBe("baseline");
    expect(beforeState([], ".ssot/history.jsonl", undefined, result)).toBeUndefined();
  });

  it("draws unrecorded paths without importers and says so in the caption", () => {
    const before = beforeFromBaseline(entries, result, ".ssot/baseline.json");
    const c = result.consolidations[0];
    if (!c || !before.consolidations[0]) throw new Error("fixture");
    const mermaid = beforeDiagram(c, before.consolidations[0]).toString();
    expect(mermaid.split("\n").slice(0, 16)).toEqual([
      "flowchart LR",
      '  n0["canonical<br/>netra_backend.app.websocket_core.websocket_manager<br/>importers not recorded"]',
      '  n1["manager: deprecated shim<br/>netra_backend.app.websocket_core.manager"]',
      '  n2["unified-manager: deprecated direct use<br/>netra_backend.app.websocket_core.unified_manager"]',
      '  n3["package: deprecated re-export<br/>netra_backend.app.websocket_core"]',
      '  n4["legacy: deprecated shim<br/>netra_backend.websocket"]',
      '  n5["aaa-gone: no longer configured"]',
      '  n6["old-alias: no longer configured"]',
      '  n7("2 files")',
      '  n8("1 file")',
      '  n9("1 file")',
      '  n10("1 file")',
      '  n7 -->|"4 imports"| n1',
      '  n8 -->|"1 import"| n3',
      '  n9 -->|"1 import"| n5',
      '  n10 -->|"1 import"| n6',
    ]);
    const set = reportDiagrams(result, { ...fixtureContext(result, { history: false }), before });
    const drawn = set.diagrams.find((d) => d.kind === "before");
    expect(drawn?.caption).toBe(
      "Deprecated importers per path in the check baseline .ssot/baseline.json: the deprecated imports accepted when it was last updated (there is no history yet). A baseline records deprecated imports only, so the canonical path's importers are not known for this state.",
    );
    expect(drawn?.mermaid).toBe(mermaid);
  });
});

describe("before state from the history", () => {
  const history = fixtureHistory(); // 2025-06-02 (commit a1b2c3d4e5f6…), -09, -16
  const [first, second] = history;
  if (!first || !second) throw new Error("fixture");
  const empty = (line: typeof first) => ({
    ...line,
    consolidations: line.consolidations.map((c) => ({
      ...c,
      deprecatedShare: { statements: null, files: null },
      paths: c.paths.map((p) => ({ ...p, files: 0, statements: 0 })),
    })),
  });

  it("takes each consolidation's first point with imports, not an empty earlier one", () => {
    const before = beforeState([empty(first), second], ".ssot/history.jsonl", undefined, result);
    expect(before?.date).toBe("2025-06-09");
    expect(before?.consolidations.map((c) => [c.id, c.date, c.commit])).toEqual([
      ["websocket-manager", "2025-06-09", undefined],
    ]);
    const drawn = reportDiagrams(result, {
      ...fixtureContext(result),
      ...(before ? { before } : {}),
    }).diagrams.find((d) => d.kind === "before");
    expect(drawn?.title).toBe("Before (2025-06-09)");
    const dated = beforeState(history, ".ssot/history.jsonl", undefined, result);
    const title = reportDiagrams(result, {
      ...fixtureContext(result),
      ...(dated ? { before: dated } : {}),
    }).diagrams.find((d) => d.kind === "before")?.title;
    expect(title).toBe("Before (2025-06-02, commit a1b2c3d4e5f6)");
  });

  it("draws the batches of then connected to the canonical path and the deprecated paths", () => {
    const c = result.consolidations[0];
    const line = first.consolidations[0];
    if (!c || !line) throw new Error("fixture");
    // 38 statements then (2 canonical, 36 deprecated), split into two batches and the rest.
    const batches = [
      { id: "critical", statements: 20, deprecatedStatements: 19 },
      { id: "tests", statements: 10, deprecatedStatements: 10 },
      { id: "other", statements: 8, deprecatedStatements: 7 },
    ];
    const mermaid = beforeDiagram(c, { paths: line.paths, batches }).toString();
    expect(mermaid.split("\n").slice(0, 24)).toEqual([
      "flowchart LR",
      '  n0["canonical<br/>netra_backend.app.websocket_core.websocket_manager<br/>2 imports in 2 files"]',
      '  n1["manager: deprecated shim<br/>netra_backend.app.websocket_core.manager<br/>22 imports in 14 files"]',
      '  n2["unified-manager: deprecated direct use<br/>netra_backend.app.websocket_core.unified_manager<br/>6 imports in 5 files"]',
      '  n3["package: deprecated re-export<br/>netra_backend.app.websocket_core<br/>3 imports in 3 files"]',
      '  n4["legacy: deprecated shim<br/>netra_backend.websocket<br/>5 imports in 4 files"]',
      '  n5["old-alias: no longer configured<br/>2 imports in 2 files"]',
      '  n6("deprecated paths<br/>36 imports")',
      '  n7("batch critical<br/>20 imports")',
      '  n8("batch tests<br/>10 imports")',
      '  n9("files in no batch<br/>8 imports")',
      '  n6 -->|"22 imports"| n1',
      '  n6 -->|"6 imports"| n2',
      '  n6 -->|"3 imports"| n3',
      '  n6 -->|"5 imports"| n4',
      '  n6 -->|"2 imports"| n5',
      '  n7 -->|"1 import"| n0',
      '  n7 -->|"19 imports"| n6',
      '  n8 -->|"10 imports"| n6',
      '  n9 -->|"1 import"| n0',
      '  n9 -->|"7 imports"| n6',
      "  classDef canonical fill:#e6f4ea,stroke:#1e7b34,stroke-width:2px,color:#0d3318",
      "  class n0 canonical",
      "  classDef deprecated fill:#fdecea,stroke:#b3261e,color:#4a0f0b",
    ]);
  });
});
