/**
 * Mutation check against CPython's ast: standard library files with a few random edits
 * (quotes, brackets, line breaks, backslashes, tabs, keywords…). Whatever CPython still
 * accepts must give the same imports and no scanner error; nothing may throw.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeReport, findPython, listPythonFiles, runAstDiff, stdlibDir } from "./ast-diff.js";
import { mutate, random } from "./mutate.js";

const python = findPython(process.env.SSOT_DIFF_PYTHON);

describe.skipIf(python === undefined)("scanner vs CPython ast on mutated files", () => {
  const dir = mkdtempSync(join(tmpdir(), "scanner-mutants-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("agrees wherever CPython still accepts the file", async () => {
    const rand = random(1182);
    const sources = listPythonFiles(stdlibDir(python ?? "python3"), ["site-packages"]).filter(
      (file) => statSync(file).size < 20_000 && rand() < 0.25,
    );
    const mutants: string[] = [];
    for (const file of sources.slice(0, 300)) {
      const text = readFileSync(file, "latin1"); // byte-preserving; CPython decodes it
      for (let k = 0; k < 4; k++) {
        const path = join(dir, `${mutants.length}.py`);
        writeFileSync(path, mutate(text, rand), "latin1");
        mutants.push(path);
      }
    }
    const report = await runAstDiff(mutants, { python });
    console.log(describeReport("mutants", report));
    expect(report.files).toBeGreaterThan(100);
    expect(report.differences).toEqual([]);
    expect(report.falseErrors).toEqual([]);
    expect(report.otherDifferences).toEqual([]);
  }, 600_000);
});
