import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { loadConfig } from "../../src/config/load.js";
import { applyPlan, planMigration } from "../../src/migrate/index.js";
import { copyCase, expectTree, migrateDir, refusals, shimRepo, treeHash } from "./tree.js";

/** Each refusal reason: the file is left as it was (or only its safe part moves) and the item is refused. */
describe("migrate --write: refusals", () => {
  it("syntax error in the file (scan errors): the whole file is refused, a clean file beside it migrates", async () => {
    const dir = copyCase("syntax-error");
    const run = await migrateDir(dir, { write: true });
    expect(refusals(run)).toEqual([
      "app/broken.py:1 [shim] syntax error in the file (line 4: '[' was never closed)",
      "app/broken.py:2 [shim] syntax error in the file (line 4: '[' was never closed)",
    ]);
    expect([run.outcome.planned, run.outcome.applied, run.outcome.successRate]).toEqual([
      3, 1, 0.3333,
    ]);
    expectTree(dir, "syntax-error");
  });

  it("a name the canonical module does not bind is refused, never guessed; the other names still move", async () => {
    const dir = copyCase("not-bound");
    const run = await migrateDir(dir, { write: true });
    // `only_in_pkg` is the package's own, unrelated to the consolidation: it stays on pkg
    // (as the result's fix says), and Manager moves.
    expect(refusals(run)).toEqual([
      "app/shim_only.py:1 [shim] blocked: the canonical module does not define only_in_shim",
      "app/star.py:1 [shim] a star import: the names it binds cannot be checked",
    ]);
    expect([run.outcome.planned, run.outcome.applied]).toEqual([3, 1]);
    expectTree(dir, "not-bound");
  });

  it("ambiguous use of the module's local name: every use must read name.attr with a bound attribute", async () => {
    const dir = copyCase("ambiguous");
    const run = await migrateDir(dir, { write: true });
    expect(refusals(run)).toEqual([
      "app/as_value.py:1 [shim] shim is used other than as shim.<name> (line 5)",
      "app/assigned.py:1 [shim] s.Manager is assigned to (line 3)",
      "app/beyond.py:1 [package] blocked: the canonical module does not define helpers (pkg.helpers, line 3)",
      "app/dotted_value.py:1 [shim] pkg.shim is used other than as pkg.shim.<name> (line 3)",
      "app/fstring.py:1 [shim] pkg appears inside an f-string (line 3)",
      "app/rebound.py:1 [shim] shim is rebound (line 4)",
      "app/twice.py:4 [shim] mod is also bound by the import on line 2",
      "app/unbound_attr.py:1 [shim] blocked: the canonical module does not define only_in_shim (m.only_in_shim, line 3)",
    ]);
    expect([run.outcome.planned, run.outcome.applied, run.outcome.files]).toEqual([8, 0, []]);
    expectTree(dir, "ambiguous");
  });

  it("a file CPython does not compile before the rewrite is refused (the scanner saw no error)", async () => {
    const dir = copyCase("compile-before");
    const run = await migrateDir(dir, { write: true });
    expect(refusals(run)).toEqual([
      "app/service.py:1 [shim] the file does not compile before the rewrite ('return' outside function (line 3))",
    ]);
    expectTree(dir, "compile-before");
  });

  it("a statement that must be split but holds a comment is refused", async () => {
    const dir = copyCase("split-comment");
    const run = await migrateDir(dir, { write: true });
    expect(refusals(run)).toEqual([
      "app/service.py:1 [package] the statement must be split but holds a comment",
    ]);
    expectTree(dir, "split-comment");
  });

  it("JS/TS: names the canonical file does not export, whole-module uses, renames and syntax errors", async () => {
    const dir = copyCase("js-refusals");
    const run = await migrateDir(dir, { write: true });
    expect(refusals(run)).toEqual([
      "src/app/broken.ts:1 [legacy] syntax error in the file (line 3: ')' expected.)",
      "src/app/names.ts:1 [legacy] LegacyOnly is not exported by src/ws/websocket-manager.ts",
      "src/app/renamed.ts:1 [shim] OldManager is renamed in `symbols`: JS/TS renames are not rewritten",
      "src/app/whole.ts:1 [legacy] the whole module is used and src/ws/legacy.ts exports LegacyOnly, which src/ws/websocket-manager.ts does not",
    ]);
    expect([run.outcome.planned, run.outcome.applied]).toEqual([4, 0]);
    expectTree(dir, "js-refusals");
  });

  it("a file changed since the plan (content hash checked right before applying) is refused and kept", async () => {
    const dir = copyCase("from-symbol");
    const config = loadConfig(dir);
    const plan = planMigration(config, await analyze(config, { cache: false }));
    const file = path.join(dir, "app/service.py");
    const changed = `# edited by someone else\n${readFileSync(file, "utf8")}`;
    writeFileSync(file, changed);
    const outcome = applyPlan(plan, { write: true });
    expect(outcome.refused.map((r) => `${r.file}:${r.line} ${r.reason}`)).toEqual([
      "app/service.py:1 the file changed since the plan",
      "app/service.py:2 the file changed since the plan",
      "app/service.py:3 the file changed since the plan",
      "app/service.py:4 the file changed since the plan",
      "app/service.py:8 the file changed since the plan",
    ]);
    expect([outcome.planned, outcome.applied, outcome.successRate]).toEqual([5, 0, 0]);
    expect(readFileSync(file, "utf8")).toBe(changed);
  });

  it("a rewrite that would not compile, not scan cleanly or bind other module-level names leaves the file as it was", async () => {
    const dir = copyCase("from-symbol");
    const config = loadConfig(dir);
    const plan = planMigration(config, await analyze(config, { cache: false }));
    const before = treeHash(dir);
    const planned = plan.files[0];
    if (!planned) throw new Error("no planned file");
    const first = planned.edits[0];
    if (!first) throw new Error("no edit");
    // Hand-made edits: the planner never makes these; the safety net must catch them anyway.
    const original = planned.text.slice(first.start, first.end);
    const compileBroken = {
      ...plan,
      files: [{ ...planned, edits: [{ ...first, replacement: `${original}; return 1` }] }],
    };
    expect(applyPlan(compileBroken, { write: true }).refused[0]?.reason).toBe(
      "the rewritten file would not compile ('return' outside function (line 1))",
    );
    const scanBroken = {
      ...plan,
      files: [{ ...planned, edits: [{ ...first, replacement: "x = (" }] }],
    };
    expect(applyPlan(scanBroken, { write: true }).refused[0]?.reason).toBe(
      "the rewritten file does not scan cleanly (line 1: '(' was never closed)",
    );
    const namesChanged = {
      ...plan,
      files: [
        {
          ...planned,
          edits: [{ ...first, replacement: "from pkg.canon import Manager as Other" }],
        },
      ],
    };
    expect(applyPlan(namesChanged, { write: true }).refused[0]?.reason).toBe(
      "the rewritten file no longer binds Manager and now binds Other at module level",
    );
    expect(treeHash(dir)).toBe(before);
  });

  it("JS/TS: a rewrite that would not parse, or would change the imports, leaves the file as it was", async () => {
    const dir = copyCase("js-specifiers");
    const config = loadConfig(dir);
    const plan = planMigration(config, await analyze(config, { cache: false }));
    const before = treeHash(dir);
    const planned = plan.files.find((f) => f.file === "src/app/relative.ts");
    const first = planned?.edits[0];
    if (!planned || !first) throw new Error("no planned edit");
    const apply = (replacement: string) =>
      applyPlan(
        { ...plan, files: [{ ...planned, edits: [{ ...first, replacement }] }] },
        { write: true },
      ).refused[0]?.reason;
    expect(apply('x"; const q = (;//')).toBe(
      "the rewritten file does not parse cleanly (line 1: Expression expected.)",
    );
    expect(apply('../ws/websocket-manager"; import "./other')).toBe(
      "the rewritten file has 6 import statements instead of 5",
    );
    expect(treeHash(dir)).toBe(before);
  });

  it("a file that is not valid UTF-8 is refused (its bytes could not be written back unchanged)", async () => {
    const dir = shimRepo({
      "app.py": Buffer.concat([
        Buffer.from("from pkg.shim import X\nNAME = '"),
        Buffer.from([0xe9]),
        Buffer.from("'\n"),
      ]),
    });
    const run = await migrateDir(dir, { write: true });
    expect(refusals(run)).toEqual(["app.py:1 [s] the file is not valid UTF-8"]);
  });
});
