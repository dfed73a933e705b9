import { describe, expect, it } from "vitest";
import { codeownersMatcher, ownersOf, parseCodeowners } from "../../src/report/codeowners.js";

describe("CODEOWNERS patterns (GitHub's documented examples)", () => {
  const cases: [string, string, boolean][] = [
    ["*", "a.py", true],
    ["*", "deep/down/a.py", true],
    ["*.js", "src/app.js", true],
    ["*.js", "src/app.jsx", false],
    ["/build/logs/", "build/logs/x.log", true],
    ["/build/logs/", "src/build/logs/x.log", false],
    ["docs/*", "docs/getting-started.md", true],
    ["docs/*", "docs/build-app/troubleshooting.md", false],
    ["apps/", "apps/x.py", true],
    ["apps/", "src/apps/deep/x.py", true],
    ["apps/", "apps", false],
    ["/docs/", "docs/a.md", true],
    ["/docs/", "src/docs/a.md", false],
    ["**/logs", "logs/a", true],
    ["**/logs", "a/b/logs/c.txt", true],
    ["**/logs", "a/catalogs/c.txt", false],
    ["/scripts/", "scripts/<img src=x onerror=alert(1)>.py", true],
    ["tools/**", "tools/a/b.py", true],
    ["tools/**", "x/tools/a.py", false],
    ["docs", "docs/a/b.md", true],
    ["docs", "x/docs", true],
    ["/apps/github", "apps/github/x.py", true],
    ["/apps/github", "apps/githubber.py", false],
    ["a?.py", "ab.py", true],
    ["a?.py", "a/.py", false],
    ["\\#notes.md", "#notes.md", true],
    ["file(1).py", "file(1).py", true],
    ["file(1).py", "file1.py", false],
  ];
  it.each(cases)("%s on %s -> %s", (pattern, file, expected) => {
    expect(codeownersMatcher(pattern)(file)).toBe(expected);
  });
});

describe("CODEOWNERS rules", () => {
  const rules = parseCodeowners(
    [
      "# comment",
      "*        @org/platform",
      "",
      "/tests/  @org/qa   # inline comment",
      "tests/unit/legacy.py",
      "!negation-is-not-supported @x",
      "  docs/*  @docs  user@example.com  ",
    ].join("\r\n"),
  );

  it("parses patterns, owners and lines; skips comments, blanks and negations", () => {
    expect(rules.map((r) => [r.pattern, r.owners, r.line])).toEqual([
      ["*", ["@org/platform"], 2],
      ["/tests/", ["@org/qa"], 4],
      ["tests/unit/legacy.py", [], 5],
      ["docs/*", ["@docs", "user@example.com"], 7],
    ]);
  });

  it("gives a file the owners of the last matching rule, none when that rule lists none", () => {
    expect(ownersOf(rules, "app/x.py")).toEqual(["@org/platform"]);
    expect(ownersOf(rules, "tests/unit/test_a.py")).toEqual(["@org/qa"]);
    expect(ownersOf(rules, "tests/unit/legacy.py")).toEqual([]);
    expect(ownersOf(rules, "docs/a.md")).toEqual(["@docs", "user@example.com"]);
    expect(ownersOf([], "a.py")).toEqual([]);
  });
});
