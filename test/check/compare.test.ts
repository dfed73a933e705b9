import { describe, expect, it } from "vitest";
import type { Baseline } from "../../src/check/baseline.js";
import { checkBaseline, gatesFailed, updatedBaseline } from "../../src/check/compare.js";
import { deprecatedEdges, identityOf } from "../../src/check/identity.js";
import { type CheckReport, checkFailed } from "../../src/check/report.js";
import { consolidation, type EdgeSpec, gate, result } from "./results.js";

/** The baseline that records exactly the deprecated edges of these specs. */
function baselineOf(specs: EdgeSpec[]): Baseline {
  return { entries: deprecatedEdges(result(consolidation(specs))).map(identityOf) };
}

const brief = (e: { file: string; path: string; names: string[]; occurrence: number }) =>
  `${e.file} ${e.path} [${e.names.join(",")}] #${e.occurrence}`;

describe("edge identity", () => {
  it("numbers identical imports of a file by occurrence, in file order, ignoring canonical edges", () => {
    const edges = deprecatedEdges(
      result(
        consolidation([
          ["app/a.py", 9, "shim", ["Manager"]],
          ["app/a.py", 3, "shim", ["Manager"]],
          ["app/a.py", 5, "canonical", ["Manager"]],
          ["app/a.py", 7, "impl"],
          ["app/b.py", 1, "shim", ["Manager"]],
        ]),
      ),
    );
    expect(edges.map((e) => `${e.line} ${brief(e)}`)).toEqual([
      "3 app/a.py shim [Manager] #0",
      "7 app/a.py impl [] #0",
      "9 app/a.py shim [Manager] #1",
      "1 app/b.py shim [Manager] #0",
    ]);
  });

  it("keeps an import known when it moves to another line or lists its names in another order", () => {
    const before = baselineOf([
      ["app/a.py", 1, "shim", ["A", "B"]],
      ["app/a.py", 2, "impl"],
    ]);
    const after = result(
      consolidation([
        ["app/a.py", 14, "impl"],
        ["app/a.py", 20, "shim", ["B", "A"]],
      ]),
    );
    const outcome = checkBaseline(after, before);
    expect([outcome.newEdges.length, outcome.fixed.length, outcome.known.length]).toEqual([
      0, 0, 2,
    ]);
  });

  it("suggests the canonical import: from-imports (with symbols), plain imports, submodules", () => {
    const edges = deprecatedEdges(
      result(
        consolidation([
          ["a.py", 1, "shim", ["OldManager", "helper"]],
          ["a.py", 2, "impl"],
          ["a.py", 3, "shim", ["shim"]],
          ["a.py", 4, "package", ["Manager"]],
        ]),
      ),
      { mgr: { OldManager: "Manager" } },
    );
    expect(edges.map((e) => [e.statement, e.suggestion])).toEqual([
      ["from pkg.shim import OldManager, helper", "from pkg.canon import Manager, helper"],
      ["import pkg.impl", "import pkg.canon"],
      ["from pkg import shim", "from pkg import canon as shim"],
      ["from pkg import Manager", "from pkg.canon import Manager"],
    ]);
  });
});

describe("checkBaseline", () => {
  const base: EdgeSpec[] = [
    ["app/a.py", 1, "shim", ["Manager"]],
    ["app/b.py", 1, "shim", ["Manager"]],
    ["app/b.py", 4, "shim", ["Manager"]],
    ["app/c.py", 2, "impl"],
  ];

  it("reports new edges (by occurrence) and fixed entries", () => {
    const now = result(
      consolidation([
        ["app/a.py", 1, "shim", ["Manager"]],
        ["app/a.py", 6, "shim", ["Manager"]], // a second identical import: occurrence 1 is new
        ["app/b.py", 4, "shim", ["Manager"]], // one of two removed: occurrence 1 is fixed
        ["app/d.py", 1, "package", ["Manager"]],
        ["app/d.py", 2, "canonical", ["Manager"]],
      ]),
    );
    const outcome = checkBaseline(now, baselineOf(base));
    expect(outcome.newEdges.map((e) => `${e.line} ${brief(e)}`)).toEqual([
      "6 app/a.py shim [Manager] #1",
      "1 app/d.py package [Manager] #0",
    ]);
    expect(outcome.fixed.map(brief)).toEqual(["app/b.py shim [Manager] #1", "app/c.py impl [] #0"]);
    expect(outcome.known.map(brief)).toEqual([
      "app/a.py shim [Manager] #0",
      "app/b.py shim [Manager] #0",
    ]);
    expect(outcome.scopeFiles).toBeUndefined();
  });

  it("with files: ignores other files' new edges and keeps their baseline entries", () => {
    const now = result(
      consolidation([
        ["app/a.py", 1, "shim", ["Manager"]],
        ["app/a.py", 2, "impl"], // new, in scope
        ["app/e.py", 1, "impl"], // new, out of scope
      ]),
    );
    const baseline = baselineOf(base);
    const outcome = checkBaseline(now, baseline, { files: ["app/a.py", "app/b.py"] });
    expect(outcome.newEdges.map(brief)).toEqual(["app/a.py impl [] #0"]);
    expect(outcome.fixed.map(brief)).toEqual([
      "app/b.py shim [Manager] #0",
      "app/b.py shim [Manager] #1",
    ]);
    expect(outcome.known.map(brief)).toEqual(["app/a.py shim [Manager] #0"]);
    expect(outcome.scopeFiles).toBe(2);
    // app/c.py is out of scope: its entry stays although the import is gone.
    const next = updatedBaseline(baseline, outcome, { allowGrowth: false });
    expect(next.entries.map(brief)).toEqual(["app/a.py shim [Manager] #0", "app/c.py impl [] #0"]);
  });

  it("--update-baseline shrinks only; growth needs allowGrowth", () => {
    const now = result(
      consolidation([
        ["app/a.py", 1, "shim", ["Manager"]],
        ["app/z.py", 1, "shim", ["Manager"]],
      ]),
    );
    const baseline = baselineOf(base);
    const outcome = checkBaseline(now, baseline);
    expect(updatedBaseline(baseline, outcome, { allowGrowth: false }).entries.map(brief)).toEqual([
      "app/a.py shim [Manager] #0",
    ]);
    expect(updatedBaseline(baseline, outcome, { allowGrowth: true }).entries.map(brief)).toEqual([
      "app/a.py shim [Manager] #0",
      "app/z.py shim [Manager] #0",
    ]);
  });
});

describe("gates and the verdict", () => {
  const report = (outcome: ReturnType<typeof checkBaseline>, added?: number): CheckReport => ({
    outcome,
    baselineFile: ".ssot/baseline.json",
    toolVersion: "0.0.0-test",
    ...(added !== undefined
      ? { update: { created: false, changed: true, added, removed: 0, entries: 1 } }
      : {}),
  });

  it("fails on a gate that is not met, not on an unknown one", () => {
    const edges: EdgeSpec[] = [["a.py", 1, "shim", ["Manager"]]];
    const baseline = baselineOf(edges);
    const notMet = checkBaseline(
      result(consolidation(edges, [gate("phase-2", "not-met"), gate("phase-3", "met")])),
      baseline,
    );
    expect(gatesFailed(notMet).map((g) => g.phase)).toEqual(["phase-2"]);
    expect(notMet.gates.map((g) => g.status)).toEqual(["not-met", "met"]);
    expect(checkFailed(report(notMet))).toBe(true);

    const unknown = checkBaseline(
      result(consolidation(edges, [gate("phase-2", "unknown")])),
      baseline,
    );
    expect(gatesFailed(unknown)).toEqual([]);
    expect(unknown.gates[0]?.unknown.map((k) => k.metric)).toEqual(["migration-success-rate"]);
    expect(checkFailed(report(unknown))).toBe(false);
  });

  it("fails on new edges unless they went into the baseline", () => {
    const outcome = checkBaseline(result(consolidation([["a.py", 1, "impl"]])), { entries: [] });
    expect(checkFailed(report(outcome))).toBe(true);
    expect(checkFailed(report(outcome, 0))).toBe(true);
    expect(checkFailed(report(outcome, 1))).toBe(false);
  });
});
