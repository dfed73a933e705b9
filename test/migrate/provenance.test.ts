import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { loadConfig } from "../../src/config/load.js";
import type { EdgeFix } from "../../src/result/schema.js";
import { fixturePath } from "../helpers/fixture.js";
import { copyTree, migrateDir, refusals, shimRepo } from "./tree.js";

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), "utf8");

/** The statements a fix asks for, one `from M import a [as b]` per target module. */
const fixLines = (fix: EdgeFix) =>
  fix.imports.map(
    (i) =>
      `from ${i.module} import ${i.names.map((n) => (n.alias ? `${n.name} as ${n.alias}` : n.name)).join(", ")}`,
  );

describe("migrate names only what its target binds (symbol provenance)", () => {
  it("a name the canonical module lacks goes to its origin (renamed re-exports too); one only a deprecated module defines is blocked", async () => {
    const dir = shimRepo({
      "pkg/canon.py": "class Manager:\n    pass\n",
      "pkg/helpers.py": "def helper():\n    return 1\n",
      "pkg/shim.py":
        "from pkg.canon import Manager\nfrom pkg.helpers import helper\nfrom pkg.helpers import helper as assist\n\n\ndef legacy():\n    pass\n",
      "app/__init__.py": "",
      "app/service.py": "from pkg.shim import Manager, helper\n",
      "app/renamed.py": "from pkg.shim import assist\n",
      "app/legacy.py": "from pkg.shim import Manager, legacy\n",
    });
    const run = await migrateDir(dir, { write: true });
    expect([run.outcome.planned, run.outcome.applied, run.outcome.refused.length]).toEqual([
      3, 2, 1,
    ]);
    expect(refusals(run)).toEqual([
      "app/legacy.py:1 [s] blocked: the canonical module does not define legacy",
    ]);
    expect(read(dir, "app/service.py")).toBe(
      "from pkg.canon import Manager\nfrom pkg.helpers import helper\n",
    );
    expect(read(dir, "app/renamed.py")).toBe("from pkg.helpers import helper as assist\n");
    // The refused item's other names still move; legacy stays where it is defined.
    expect(read(dir, "app/legacy.py")).toBe(
      "from pkg.canon import Manager\nfrom pkg.shim import legacy\n",
    );
  });

  it("on test/fixtures/python/provenance the plan is the result's per-edge fix: 9 planned, 5 applied, 4 refused", async () => {
    const dir = copyTree(fixturePath("python/provenance"));
    const result = await analyze(loadConfig(dir), { cache: false });
    const edges = result.consolidations.flatMap((c) => c.edges.filter((e) => e.fix));
    expect(edges.map((e) => e.file)).toEqual([
      "app/a.py",
      "app/d.py",
      "app/e.py",
      "app/f.py",
      "app/k.py",
      "app/l.py",
    ]);
    const run = await migrateDir(dir, { write: true });
    expect([run.outcome.planned, run.outcome.applied, run.outcome.refused.length]).toEqual([
      9, 5, 4,
    ]);
    const refused = new Map(run.outcome.refused.map((r) => [r.file, r.reason]));
    const moduleOf = new Map(result.consolidations[0]?.paths.map((p) => [p.id, p.module]));
    for (const e of edges) {
      const fix = e.fix as EdgeFix;
      // What the fix advises is written; a blocked name stays where it was and refuses the item.
      const stay =
        fix.blocked.length > 0
          ? [`from ${moduleOf.get(e.path)} import ${fix.blocked.join(", ")}`]
          : [];
      expect(read(dir, e.file).trimEnd().split("\n").sort(), e.file).toEqual(
        [...fixLines(fix), ...stay].sort(),
      );
      expect(refused.get(e.file), e.file).toBe(
        fix.blocked.length > 0
          ? fix.blocked.map((n) => `blocked: the canonical module does not define ${n}`).join("; ")
          : undefined,
      );
    }
    // `Relay` is `Manager` re-exported under another name: pkg.canonical binds only Manager.
    expect(read(dir, "app/d.py")).toBe("from pkg.canonical import Manager as Relay\n");
    expect(read(dir, "app/l.py")).toBe(
      "from pkg.impl import ImplManager\nfrom pkg.util import Helper\n",
    );
    expect(read(dir, "app/f.py")).toBe(
      "from pkg import MessageRouter\nfrom pkg.canonical import get_manager\n",
    );
    expect([...refused.keys()]).toEqual(["app/e.py", "app/h.py", "app/l.py", "pkg/stars.py"]);
  });
});
