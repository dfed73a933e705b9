import { describe, expect, it } from "vitest";
import { copyCase, expectTree, migrateDir, refusals } from "./tree.js";

/**
 * One fixture per rewrite form: test/fixtures/migrate/<case>/before is copied to a temp
 * folder, migrated with --write, and compared byte for byte with <case>/after.
 */
const cases: {
  name: string;
  form: string;
  planned: number;
  strings?: boolean;
  refused?: string[];
}[] = [
  {
    name: "from-symbol",
    form: "from shim/direct import X -> from canon import X; symbols rename as X",
    planned: 5,
  },
  {
    name: "module-import",
    form: "from pkg import shim [as m] -> from pkg import canon as shim; m.Old -> m.New",
    planned: 3,
  },
  {
    name: "import-forms",
    form: "import pkg.shim [as m] -> import pkg.canon [as m]; pkg.shim.X code uses",
    planned: 3,
  },
  {
    name: "relative",
    form: "relative at the same level when reachable, else absolute",
    planned: 7,
  },
  {
    name: "split",
    form: "multi-name statements split, indentation, parentheses, `;` bodies",
    planned: 6,
  },
  {
    name: "reexport",
    form: "from pkg import X -> from pkg.canon import X; import pkg + pkg.X",
    planned: 3,
  },
  {
    name: "strings",
    form: '--strings: mock.patch("pkg.shim.X") -> "pkg.canon.X"',
    planned: 5,
    strings: true,
    refused: [
      "tests/test_service.py:7 [shim] blocked: the canonical module does not define only_in_shim",
    ],
  },
  {
    name: "js-specifiers",
    form: "JS/TS specifiers: relative, @/ alias, .js for .ts, folder barrel, export-from, require(`…`), import(), jest.mock",
    planned: 10,
    strings: true,
  },
];

describe("migrate --write: rewrite forms", () => {
  for (const c of cases) {
    it(`${c.name}: ${c.form}`, async () => {
      const dir = copyCase(c.name);
      const run = await migrateDir(dir, { write: true, ...(c.strings ? { strings: true } : {}) });
      const refused = c.refused ?? [];
      expect(refusals(run)).toEqual(refused);
      expect(run.outcome.planned).toBe(c.planned);
      expect(run.outcome.applied).toBe(c.planned - refused.length);
      expect(run.outcome.compileCheck).toBeUndefined(); // python3 compiled every file
      expectTree(dir, c.name);
    });
  }

  it("without python3 the files are re-scanned, not compiled, and the output says so", async () => {
    const dir = copyCase("from-symbol");
    const run = await migrateDir(dir, { write: true, python: "ssot-test-no-such-python" });
    expect([run.outcome.planned, run.outcome.applied]).toEqual([5, 5]);
    expect(run.outcome.compileCheck).toBe(
      "ssot-test-no-such-python not found: the rewritten files were re-scanned but not compiled",
    );
    expectTree(dir, "from-symbol");
  });

  it("leaves string references alone without --strings", async () => {
    const dir = copyCase("strings");
    const run = await migrateDir(dir, { write: true });
    expect(run.outcome.planned).toBe(0);
    expect(run.outcome.files).toEqual([]);
    expectTree(dir, "strings", "before");
  });
});
