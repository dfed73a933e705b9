import { describe, expect, it } from "vitest";
import { analyzeFixture, edgeLines, pathCounts } from "../helpers/fixture.js";

describe("module resolution", () => {
  it("from P import n reaches P.n when it is a module, P otherwise; only exact modules count", async () => {
    const c = (await analyzeFixture("python/resolution-from-import")).consolidations[0];
    expect(edgeLines(c)).toEqual([
      "app/main.py:1 shim [shim]",
      "app/main.py:2 pkg [Thing]",
      "app/main.py:2 shim [shim]",
      "app/main.py:3 shim []",
      "app/main.py:6 canon [Thing]",
      "app/main.py:7 canon []",
      "app/main.py:7 pkg []",
      "app/main.py:8 pkg [*]",
    ]);
    expect(pathCounts(c)).toEqual({ canon: [1, 2], shim: [1, 3], pkg: [1, 3] });
    expect(c?.deprecatedShare).toEqual({ statements: 0.75, files: 1 });
    expect(c?.internalEdges.map((e) => `${e.file}:${e.line} ${e.from}->${e.path}`)).toEqual([
      "pkg/__init__.py:1 pkg->canon",
      "pkg/shim.py:1 shim->canon",
    ]);
  });

  it("relative imports resolve against the importing file's package, not past the top", async () => {
    const c = (await analyzeFixture("python/resolution-relative")).consolidations[0];
    expect(edgeLines(c)).toEqual([
      "pkg/sub/__init__.py:1 canon [X]",
      "pkg/sub/deep.py:1 shim [shim]",
      "pkg/sub/deep.py:2 shim [X]",
      "pkg/user.py:1 shim [shim]",
      "pkg/user.py:2 shim [X]",
      "pkg/user.py:3 canon [X]",
      "pkg/user.py:4 canon [canon]",
      "pkg/user.py:4 shim [shim]",
    ]);
    expect(c?.edges.map((e) => e.level)).toEqual([2, 2, 2, 1, 1, 1, 1, 1]);
    expect(pathCounts(c)).toEqual({ canon: [2, 3], shim: [2, 5] });
    expect(c?.deprecatedShare).toEqual({ statements: 0.625, files: 0.6667 });
  });

  it("source roots name modules; namespace packages resolve; missing paths are reported", async () => {
    const c = (await analyzeFixture("python/resolution-source-roots")).consolidations[0];
    expect(edgeLines(c)).toEqual([
      "src/ns/app.py:1 shim [shim]",
      "src/ns/app.py:2 canon [canon]",
      "src/ns/app.py:3 shim [X]",
      "tests/test_app.py:1 canon [canon]",
      "tests/test_app.py:1 shim [shim]",
      "tests/test_app.py:2 shim []",
    ]);
    expect(c?.paths.map((p) => [p.id, p.exists, p.file ?? null])).toEqual([
      ["canon", true, "src/ns/inner/canon.py"],
      ["shim", true, "src/ns/inner/shim.py"],
      ["gone", false, null],
    ]);
    expect(c?.deprecatedShare).toEqual({ statements: 0.6667, files: 1 });
  });
});
