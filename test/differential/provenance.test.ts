/**
 * The outputs provenance and pragmas read (import end lines, class bases, warn calls,
 * defined names, `__getattr__` targets, pragmas) against CPython's ast and tokenize, on a
 * corpus written for them (`provenance/`: the standard library has few module-level warn
 * calls and no pragmas) and on seeded mutants of it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { describeReport, findPython, runAstDiff } from "./ast-diff.js";
import { EDITS as GENERIC, mutate, random } from "./mutate.js";

const python = findPython(process.env.SSOT_DIFF_PYTHON);
const corpus = fileURLToPath(new URL("./provenance/", import.meta.url));
const files = readdirSync(corpus)
  .filter((name) => name.endsWith(".py"))
  .map((name) => join(corpus, name));

/** Edits that make or break what these outputs read, beside the generic ones. */
const EDITS = [
  ...GENERIC,
  "warn(",
  "warnings.warn(",
  "_w.warn(",
  "getattr(",
  "def __getattr__(name):\n    ",
  "import warnings as _w\n",
  "from warnings import warn as _warn\n",
  "  # ssot: allow -- r",
  "# ssot: allow\n",
  "class K(",
  "DeprecationWarning",
  "=",
  ".",
  "lambda x: ",
];

describe.skipIf(python === undefined)("provenance outputs vs CPython ast and tokenize", () => {
  const dir = mkdtempSync(join(tmpdir(), "scanner-provenance-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("agree on the corpus written for them", async () => {
    const report = await runAstDiff(files, { python });
    console.log(describeReport("provenance", report));
    expect(report.files).toBe(files.length);
    expect(report.diffCount).toBe(0);
    expect(report.falseErrors).toEqual([]);
    expect(report.otherDifferences).toEqual([]);
    for (const kind of ["warnings", "bases", "defined", "getattrTargets", "pragmas"] as const)
      expect(report.otherTotals[kind]).toBeGreaterThan(5);
  });

  it("agree on mutants of it wherever CPython still accepts them", async () => {
    const rand = random(562);
    const mutants: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "latin1");
      for (let k = 0; k < 250; k++) {
        const path = join(dir, `${mutants.length}.py`);
        writeFileSync(path, mutate(text, rand, EDITS), "latin1");
        mutants.push(path);
      }
    }
    const report = await runAstDiff(mutants, { python });
    console.log(describeReport("provenance mutants", report));
    expect(report.files).toBeGreaterThan(100);
    expect(report.differences).toEqual([]);
    expect(report.falseErrors).toEqual([]);
    expect(report.otherDifferences).toEqual([]);
  }, 180_000);
});
