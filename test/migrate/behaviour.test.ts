import { describe, expect, it } from "vitest";
import { copyCase, expectTree, hasPython, migrateDir, probe, refusals } from "./tree.js";

/**
 * The cases that once changed what a program does: each fixture's before is migrated with
 * --write and compared byte for byte with its after; then CPython imports the modules of
 * both trees (test/fixtures/migrate/<case>/probe.py) and they must behave the same (the
 * call sites deliberately call the factory instead).
 */
const cases: {
  name: string;
  what: string;
  strings?: boolean;
  planned: number;
  refused: string[];
  skipped?: string[];
  behaviour?: { before: string; after: string };
}[] = [
  {
    name: "keep-alive",
    what: "a package's keep-alive import of its deprecated submodule, and the path modules, are never rewritten",
    planned: 1,
    refused: [],
    skipped: [
      "other/canon.py:1 [base] inside the path module other.canon: path modules are never rewritten",
      "pkg/__init__.py:2 [base] keep-alive: pkg/__init__.py imports its own deprecated submodule pkg.base, which keeps it importable",
    ],
  },
  {
    name: "shadowing",
    what: "a parameter, local, class attribute, comprehension variable or lambda parameter shadowing the bound name",
    planned: 6,
    refused: [
      "app/class_attribute.py:1 [shim] shim is shadowed by a class attribute (line 5)",
      "app/comprehension.py:1 [shim] m is shadowed by a comprehension variable (line 3)",
      "app/lambda_parameter.py:1 [shim] pkg is shadowed by a parameter (line 3)",
      "app/local.py:3 [shim] pkg is shadowed by a local variable (line 7)",
      "app/parameter.py:1 [shim] pkg is shadowed by a parameter (line 4)",
    ],
  },
  {
    name: "root-uses",
    what: "getattr on the root, a.other the shim loaded, string annotations, sys.modules checks, joined literals",
    planned: 7,
    refused: [
      'app/annotation.py:1 [shim] the string "pkg.shim.Manager" (line 4) names pkg.shim: rewrite strings too with --strings',
      "app/extra_from.py:2 [shim] pkg.extra is used (line 4) but not imported by this file: only the import from pkg.shim may load it",
      "app/extra_use.py:1 [shim] pkg.extra is used (line 4) but not imported by this file: only the import of pkg.shim may load it",
      "app/getattr_use.py:1 [shim] pkg is used other than as pkg.<name> (line 3)",
      "app/joined.py:1 [shim] an implicitly concatenated string names pkg.shim (line 3): its pieces are never rewritten",
      'app/loaded.py:3 [shim] the string "pkg.shim" (line 5) names pkg.shim: rewrite strings too with --strings',
    ],
  },
  {
    name: "strings-consistent",
    what: "--strings: annotation and sys.modules key rewritten with the import, or neither",
    strings: true,
    planned: 9,
    refused: [
      "app/blocked_string.py:1 [shim] rewritten together with the string on line 3, which is refused",
      "app/blocked_string.py:3 [shim] blocked: the canonical module does not define only_here",
      "app/joined.py:1 [shim] an implicitly concatenated string names pkg.shim (line 3): its pieces are never rewritten",
      "app/joined_reference.py:1 [shim] an implicitly concatenated string names pkg.shim (line 3): its pieces are never rewritten",
      "app/joined_reference.py:3 [shim] part of an implicitly concatenated string: its pieces are never rewritten",
    ],
  },
  {
    name: "call-sites",
    what: "factories: Class(...) -> factory(...), arguments verbatim; the class kept where it is a type",
    planned: 6,
    refused: [
      "app/as_value.py:1 [shim] WebSocketManager is passed on as a value (line 3): a call through it cannot be rewritten to get_websocket_manager",
    ],
    behaviour: {
      before: "one manager per user: False",
      after: "one manager per user: True",
    },
  },
  {
    name: "two-consolidations",
    what: "one statement two consolidations touch is planned once, split by the module binding each name",
    planned: 3,
    refused: [],
    // The analysis lists that statement as unrelated to beta (provenance), so it is never planned.
    skipped: [],
  },
];

describe("migrate never changes behaviour", () => {
  for (const c of cases) {
    it(`${c.name}: ${c.what}`, async () => {
      const dir = copyCase(c.name);
      const run = await migrateDir(dir, { write: true, ...(c.strings ? { strings: true } : {}) });
      expect(refusals(run)).toEqual(c.refused);
      expect(run.outcome.skipped.map((s) => `${s.file}:${s.line} [${s.path}] ${s.reason}`)).toEqual(
        c.skipped ?? [],
      );
      expect([run.outcome.planned, run.outcome.applied]).toEqual([
        c.planned,
        c.planned - c.refused.length,
      ]);
      expectTree(dir, c.name);
    });

    it.skipIf(!hasPython)(
      `${c.name}: CPython imports the migrated modules and they behave as before`,
      async () => {
        const before = probe(c.name, copyCase(c.name));
        const dir = copyCase(c.name);
        await migrateDir(dir, { write: true, ...(c.strings ? { strings: true } : {}) });
        const after = probe(c.name, dir);
        if (c.behaviour) {
          expect(before).toContain(c.behaviour.before);
          expect(after).not.toContain(c.behaviour.before);
          expect(after.split(c.behaviour.after).join(c.behaviour.before)).toBe(before);
        } else expect(after).toBe(before);
      },
    );
  }
});
