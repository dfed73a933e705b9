import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseBaseline, serializeBaseline } from "../../src/check/baseline.js";
import { checkBaseline } from "../../src/check/compare.js";
import { deprecatedEdges, identityOf } from "../../src/check/identity.js";
import {
  baselineUpdate,
  blindCheckError,
  canonicalModules,
  gateDueDates,
  missingBaselineError,
} from "../../src/check/policy.js";
import { resolveConfig, validateConfig } from "../../src/config/load.js";
import { InputError } from "../../src/util/errors.js";
import { consolidation, type EdgeSpec, result } from "./results.js";

const today: EdgeSpec[] = [
  ["app/a.py", 1, "shim", ["Manager"]],
  ["app/b.py", 2, "impl"],
  ["app/c.py", 3, "canonical", ["Manager"]],
];

/** The baseline file as `ssot check` wrote it for these edges. */
function loadedOf(specs: EdgeSpec[]) {
  const baseline = { entries: deprecatedEdges(result(consolidation(specs))).map(identityOf) };
  const text = serializeBaseline(baseline);
  return { baseline: parseBaseline(text, "b.json"), text };
}

describe("the ratchet's missing-baseline rule", () => {
  it("asks for --update-baseline, and refuses a first baseline of only the changed files", () => {
    const plain = missingBaselineError(".ssot/baseline.json", { updateBaseline: false });
    expect(plain).toBeInstanceOf(InputError);
    expect(plain?.message).toMatch(/^\.ssot\/baseline\.json: no baseline yet\. Run `ssot check/);
    const pr = missingBaselineError("b.json", { updateBaseline: true, changedSince: "main" });
    expect(pr?.message).toContain("--changed-since would record only the changed files");
    expect(missingBaselineError("b.json", { updateBaseline: true })).toBeUndefined();
  });
});

describe("--update-baseline", () => {
  it("records every deprecated edge in a first baseline (2 of 3 edges: canonical is not)", () => {
    const outcome = checkBaseline(result(consolidation(today)), { entries: [] });
    const { write, update } = baselineUpdate(undefined, outcome, false);
    expect(write?.entries.map((e) => e.file)).toEqual(["app/a.py", "app/b.py"]);
    expect(update).toEqual({ created: true, changed: true, added: 2, removed: 0, entries: 2 });
  });

  it("drops fixed entries but adds new ones only with allowGrowth", () => {
    const loaded = loadedOf(today);
    // app/b.py fixed, app/d.py new.
    const now = result(consolidation([today[0] as EdgeSpec, ["app/d.py", 4, "shim", ["Manager"]]]));
    const outcome = checkBaseline(now, loaded.baseline);
    const strict = baselineUpdate(loaded, outcome, false);
    expect(strict.write?.entries.map((e) => e.file)).toEqual(["app/a.py"]);
    expect(strict.update).toEqual({
      created: false,
      changed: true,
      added: 0,
      removed: 1,
      entries: 1,
    });
    const growing = baselineUpdate(loaded, outcome, true);
    expect(growing.write?.entries.map((e) => e.file)).toEqual(["app/a.py", "app/d.py"]);
    expect(growing.update.added).toBe(1);
  });

  it("leaves an unchanged baseline unwritten", () => {
    const loaded = loadedOf(today);
    const outcome = checkBaseline(result(consolidation(today)), loaded.baseline);
    const { write, update } = baselineUpdate(loaded, outcome, true);
    expect(write).toBeUndefined();
    expect(update).toEqual({ created: false, changed: false, added: 0, removed: 0, entries: 2 });
  });
});

describe("what the check reads of the config and the result", () => {
  it("refuses a blind check: a missing module is an error naming it", () => {
    const c = consolidation(today);
    expect(blindCheckError(result(c))).toBeUndefined();
    const blind = {
      ...c,
      problems: [
        {
          kind: "missing-module" as const,
          subject: "pkg.shimm",
          message: "pkg.shimm: no such module",
        },
      ],
    };
    expect(blindCheckError(result(blind))?.message).toBe("pkg.shimm: no such module");
  });

  it("collects gate due dates per consolidation and phase, and the canonical modules", () => {
    const yaml = `consolidations:
  - id: mgr
    paths:
      - { id: canonical, module: pkg.canon, role: canonical }
      - { id: shim, module: pkg.shim, role: shim }
    phases:
      - { id: paths, gate: { due: 2026-03-31 }, criteria: [{ metric: deprecated-share, max: 0.1 }] }
      - { id: strict, gate: true, criteria: [{ metric: deprecated-share, max: 0 }] }
  - id: other
    paths:
      - { id: canonical, module: other.canon, role: canonical }
`;
    const config = resolveConfig(
      "/r/ssot.config.yaml",
      validateConfig("ssot.config.yaml", parse(yaml)),
    );
    expect(gateDueDates(config)).toEqual({ mgr: { paths: "2026-03-31" } });
    expect(canonicalModules(result(consolidation(today)))).toEqual({ mgr: "pkg.canon" });
  });
});
