import { describe, expect, it } from "vitest";
import type { BaselineEntry } from "../../src/check/baseline.js";
import { beforeFromBaseline, beforeState } from "../../src/report/before.js";
import { reportDiagrams } from "../../src/reporters/report/diagram-set.js";
import { beforeDiagram } from "../../src/reporters/report/mermaid/diagrams.js";
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
    const mermaid = beforeDiagram(c, before.consolidations[0]);
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
