/**
 * The scanner against CPython's ast on the standard library of the python3 on PATH, and on
 * any folders named in SSOT_DIFF_CORPUS (comma-separated), e.g.
 *   SSOT_DIFF_CORPUS=/work/corpora/ansible npx vitest run test/differential
 * SSOT_DIFF_PYTHON picks another interpreter (e.g. python3.12 for PEP 701 f-strings).
 */
import { describe, expect, it } from "vitest";
import { describeReport, findPython, listPythonFiles, runAstDiff, stdlibDir } from "./ast-diff.js";

const python = findPython(process.env.SSOT_DIFF_PYTHON);
const corpora = (process.env.SSOT_DIFF_CORPUS ?? "")
  .split(",")
  .map((dir) => dir.trim())
  .filter((dir) => dir.length > 0);

if (python === undefined) {
  console.warn("python3 not found: the differential tests against CPython's ast are skipped");
}

async function expectAgreement(name: string, root: string): Promise<void> {
  const files = listPythonFiles(root, ["site-packages"]);
  const report = await runAstDiff(files, { python });
  console.log(describeReport(name, report));
  expect(report.files).toBeGreaterThan(0);
  expect(report.differences).toEqual([]);
  expect(report.diffCount).toBe(0);
  expect(report.falseErrors).toEqual([]);
  // The other outputs (contexts, classes, names, __all__, warnings) agree with ast too.
  expect(report.otherDifferences).toEqual([]);
}

describe.skipIf(python === undefined)("scanner vs CPython ast", () => {
  it("agrees on every import of the standard library, with no false errors", async () => {
    await expectAgreement("stdlib", stdlibDir(python ?? "python3"));
  }, 600_000);

  for (const root of corpora) {
    it(`agrees on every import of ${root}`, async () => {
      await expectAgreement(root, root);
    }, 1_800_000);
  }
});
