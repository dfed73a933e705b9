import { describe, expect, it } from "vitest";
import { analyzeFixture, edgeLines, pathCounts } from "../helpers/fixture.js";

const result = await analyzeFixture("python/counting-phases");
const c = result.consolidations[0];

describe("counting and phase criteria (fixture python/counting-phases)", () => {
  it("counts statements per path, nested and TYPE_CHECKING ones, and string references", () => {
    expect(edgeLines(c)).toEqual([
      "app/service.py:3 canonical [get_manager]",
      "app/service.py:4 legacy [Manager]",
      "app/service.py:7 impl [ManagerImpl]",
      "app/service.py:11 legacy [get_manager]",
      "app/service.py:12 impl []",
      "tests/test_service.py:3 legacy [Manager]",
      "tests/test_service.py:4 canonical [get_manager]",
    ]);
    expect(pathCounts(c)).toEqual({ canonical: [2, 2], legacy: [2, 3], impl: [1, 2] });
    expect(
      c?.paths.map((p) => [p.id, p.nestedStatements, p.typeCheckingStatements, p.stringReferences]),
    ).toEqual([
      ["canonical", 0, 0, 0],
      ["legacy", 1, 0, 1],
      ["impl", 1, 1, 1],
    ]);
    expect(c?.stringReferences).toEqual([
      { file: "app/service.py", line: 16, path: "legacy", value: "core.legacy.Manager" },
      { file: "tests/test_service.py", line: 11, path: "impl", value: "core.impl.ManagerImpl" },
    ]);
    expect(c?.totals).toEqual({
      statements: 7,
      deprecatedStatements: 5,
      files: 2,
      deprecatedFiles: 2,
      unrelatedStatements: 0,
      allowedStatements: 0,
    });
    expect(c?.deprecatedShare).toEqual({ statements: 0.7143, files: 1 });
  });

  it("keeps imports between the path modules apart as internal edges", () => {
    expect(c?.internalEdges.map((e) => `${e.file}:${e.line} ${e.from}->${e.path}`)).toEqual([
      "core/legacy.py:3 legacy->canonical",
      "core/manager.py:1 canonical->impl",
    ]);
  });

  it("finds implementations by class pattern outside excluded files, and fills batches", () => {
    expect(c?.implementations).toEqual([
      { name: "Manager", file: "core/impl.py", line: 5 },
      { name: "Manager", file: "core/manager.py", line: 6 },
    ]);
    expect(c?.batches).toEqual([
      { id: "tests", files: 1, statements: 2, deprecatedStatements: 1 },
      { id: "app", files: 1, statements: 5, deprecatedStatements: 4 },
      { id: "other", files: 0, statements: 0, deprecatedStatements: 0 },
    ]);
  });

  it("evaluates every criterion against its bound, with evidence", () => {
    const summary = c?.phases.map((p) => ({
      id: p.id,
      status: p.status,
      criteria: p.criteria.map((k) => `${k.metric} ${k.actual} ${k.expected} ${k.status}`),
    }));
    expect(summary).toEqual([
      {
        id: "warnings",
        status: "not-met",
        criteria: [
          "deprecation-warnings 0.5 >= 1 not-met",
          "deprecation-warnings 0.5 >= 1 not-met",
          "canonical-defines 0.6667 >= 1 not-met",
        ],
      },
      {
        id: "migrated",
        status: "not-met",
        criteria: [
          "deprecated-share 0.7143 <= 0.5 not-met",
          "deprecated-statements 2 <= 0 not-met",
          "batch-deprecated-statements 1 <= 0 not-met",
          "migration-success-rate 0.95 >= 0.95 met",
        ],
      },
      {
        id: "removed",
        status: "not-met",
        criteria: [
          "implementations 2 <= 1 not-met",
          "deprecated-modules-present 2 <= 0 not-met",
          "deprecated-doc-mentions 2 <= 0 not-met",
        ],
      },
    ]);
    const warnings = c?.phases[0]?.criteria[0]?.evidence;
    expect(warnings).toEqual([
      "core/legacy.py:5 warns",
      "core/impl.py: no module-level DeprecationWarning",
    ]);
    // `from core.impl import ManagerImpl`: the canonical module binds it only as `_Impl`.
    expect(c?.phases[0]?.criteria[2]?.evidence).toEqual([
      "core/manager.py does not bind missing_name",
      "blocked: the canonical module does not define ManagerImpl (1 deprecated statement in 1 file import it)",
    ]);
    expect(c?.blockers).toEqual([{ name: "ManagerImpl", statements: 1, files: 1 }]);
    expect(c?.phases[2]?.criteria[2]?.evidence).toEqual([
      "docs/migration.md:3 mentions core.legacy",
      "docs/migration.md:3 mentions core.impl",
    ]);
    expect(c?.phases[1]?.gate).toBe(true);
  });
});
