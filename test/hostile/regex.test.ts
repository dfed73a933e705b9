import { describe, expect, it } from "vitest";
import { codeownersMatcher } from "../../src/report/codeowners.js";
import { runCli } from "../helpers/cli.js";
import { pythonConfig, pythonRepo } from "./repo.js";

/** Backtracking regexes take exponential time on these; RE2 takes linear time. */
const evilName = `${"a".repeat(40_000)}b`;

describe("regular expressions from the repository run in linear time", () => {
  it('classPattern "^(a+)+$" against a class named aaaa…b finishes at once', async () => {
    const repo = pythonRepo({
      "ssot.config.yaml": `${pythonConfig}    implementation:\n      classPattern: "^(a+)+$"\n    phases:\n      - id: one\n        criteria:\n          - { metric: implementations, max: 1 }\n`,
      "pkg/evil.py": `class ${evilName}:\n    pass\n\nclass aaaa:\n    pass\n`,
    });
    const run = await runCli(["analyze", "--no-cache", "--format", "json"], repo);
    expect(run.code).toBe(0);
    const c = JSON.parse(run.stdout).consolidations[0];
    expect(c.implementations.map((i: { name: string }) => i.name)).toEqual(["aaaa"]);
  });

  it("keeps classPattern a search, and refuses syntax RE2 does not accept with a clear message", async () => {
    const repo = pythonRepo({
      "ssot.config.yaml": `${pythonConfig}    implementation:\n      classPattern: "(?<=Web)Socket"\n`,
    });
    const run = await runCli(["analyze", "--no-cache"], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /consolidations\[0\]\.implementation\.classPattern: not a regular expression ssot accepts \(RE2 syntax, matched in linear time; no lookaround or backreferences\): invalid named capture/,
    );
    const search = pythonRepo({
      "ssot.config.yaml": `${pythonConfig}    implementation:\n      classPattern: "Manag"\n`,
    });
    const found = await runCli(["analyze", "--no-cache", "--format", "json"], search);
    expect(JSON.parse(found.stdout).consolidations[0].implementations).toEqual([
      { name: "Manager", file: "pkg/canon.py", line: 1 },
    ]);
  });

  it("CODEOWNERS patterns cannot backtrack either", () => {
    const match = codeownersMatcher(`${"*a".repeat(30)}*b`);
    expect(match(`${"a".repeat(2000)}.py`)).toBe(false);
    expect(match("ab")).toBe(false);
    expect(codeownersMatcher("*.py")("src/x.py")).toBe(true);
  });
});
