import { cpSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { loadConfig } from "../../src/config/load.js";
import { notCountedOf } from "../../src/reporters/report/not-counted.js";
import { analysisResultSchema } from "../../src/result/schema.js";
import { runCli } from "../helpers/cli.js";
import { edgeLines, fixturePath, pathCounts } from "../helpers/fixture.js";
import { tempRepo } from "../helpers/temp.js";

/**
 * test/fixtures/python/provenance: `pkg/__init__.py` re-exports the manager (from the
 * canonical module, through `pkg/chain.py`, and from the direct module inside try/except),
 * and also a router, an event emitter (star import) and a JSON decoder (outside the repo).
 */
const dir = fixturePath("python/provenance");
const result = await analyze(loadConfig(dir), { cache: false });
const [manager, quiet] = result.consolidations;

describe("symbol provenance on reexport paths (fixture python/provenance)", () => {
  it("counts `from pkg import …` only through names whose origin is a path module", () => {
    expect(edgeLines(manager).filter((l) => l.includes(" package "))).toEqual([
      "app/a.py:1 package [Manager]",
      "app/d.py:1 package [Relay]",
      "app/e.py:1 package [ImplManager]",
      "app/f.py:1 package [MessageRouter,get_manager]",
      "app/g.py:1 package []",
      "app/h.py:1 package [*]",
    ]);
    expect(pathCounts(manager)).toEqual({
      canonical: [2, 2],
      shim: [2, 2],
      impl: [1, 1],
      package: [6, 6],
    });
    expect(manager?.totals).toMatchObject({
      statements: 11,
      deprecatedStatements: 9,
      unrelatedStatements: 3,
      allowedStatements: 1,
    });
    expect(manager?.deprecatedShare.statements).toBe(0.8182);
  });

  it("says which names made a statement count, and where they come from", () => {
    const byFile = new Map(manager?.edges.map((e) => [e.file, e.provenance]));
    expect(byFile.get("app/d.py")).toEqual([{ name: "Relay", origin: "pkg.canonical" }]);
    expect(byFile.get("app/e.py")).toEqual([{ name: "ImplManager", origin: "pkg.impl" }]);
    expect(byFile.get("app/f.py")).toEqual([{ name: "get_manager", origin: "pkg.canonical" }]);
    expect(byFile.get("app/g.py")).toBeUndefined(); // `import pkg` counts as before
  });

  it("lists unrelated imports apart: a router, a star-exported emitter, an outside module", () => {
    expect(manager?.unrelatedImports).toEqual([
      { file: "app/b.py", line: 1, path: "package", names: ["MessageRouter"], batch: "other" },
      { file: "app/c.py", line: 1, path: "package", names: ["Emitter"], batch: "other" },
      { file: "app/i.py", line: 1, path: "package", names: ["JSONDecoder"], batch: "other" },
    ]);
    expect(manager?.paths.find((p) => p.id === "package")?.unrelatedStatements).toBe(3);
  });

  it("advises only imports that bind, and blocks what no non-deprecated module defines", () => {
    const fix = (file: string) => manager?.edges.find((e) => e.file === file)?.fix;
    expect(fix("app/k.py")).toEqual({
      imports: [{ module: "pkg.canonical", names: [{ name: "Manager" }] }],
      blocked: [],
    });
    // Helper comes from pkg.util (not deprecated); ImplManager only from the direct module.
    expect(fix("app/l.py")).toEqual({
      imports: [{ module: "pkg.util", names: [{ name: "Helper" }] }],
      blocked: ["ImplManager"],
    });
    // The unrelated MessageRouter may stay on the package.
    expect(fix("app/f.py")).toEqual({
      imports: [
        { module: "pkg.canonical", names: [{ name: "get_manager" }] },
        { module: "pkg", names: [{ name: "MessageRouter" }] },
      ],
      blocked: [],
    });
    expect(manager?.blockers).toEqual([{ name: "ImplManager", statements: 2, files: 2 }]);
    const blockers = manager?.phases[0]?.criteria.find((k) => k.metric === "migration-blockers");
    expect(blockers?.actual).toBe(1);
    expect(blockers?.evidence).toEqual([
      "blocked: the canonical module does not define ImplManager (2 deprecated statements in 2 files import it)",
    ]);
  });

  it("keeps allowed imports apart with their reason, and reports an allow entry that matches nothing", () => {
    expect(
      manager?.allowedEdges.map((a) => `${a.file}:${a.line} ${a.path} ${a.by} ${a.reason}`),
    ).toEqual(["legacy/plugin.py:1 shim config frozen plugin API until v3"]);
    expect(manager?.problems).toEqual([
      {
        kind: "unused-allow",
        subject: "allow[1]",
        message:
          'manager: allow[1] (file "nowhere/**") matches no deprecated import any more: remove it',
      },
    ]);
  });

  it("the report says what it left out and why", () => {
    const n = notCountedOf(manager ?? (undefined as never));
    expect(n.unrelatedSummary).toBe(
      "3 statements on re-export paths import only names unrelated to the consolidation (by path: package 3); not counted",
    );
    expect(n.allowed).toEqual([
      {
        location: "legacy/plugin.py:1",
        path: "shim",
        reason: "frozen plugin API until v3 (config allow)",
      },
    ]);
    expect(n.blockers).toEqual([
      "blocked: the canonical module does not define ImplManager (2 deprecated statements in 2 files)",
    ]);
  });

  it("is a valid result whose keys are in the schema's order (a saved result reads back the same)", () => {
    expect(JSON.stringify(analysisResultSchema.parse(result))).toBe(JSON.stringify(result));
  });

  it("reads a share with no statement at all as not started, never 0%", () => {
    expect(quiet?.totals.statements).toBe(0);
    expect(quiet?.deprecatedShare).toEqual({ statements: null, files: null });
    expect(quiet?.phases[0]?.criteria[0]).toMatchObject({
      status: "unknown",
      unknownReason: "not-started",
    });
  });
});

/**
 * test/fixtures/python/provenance-parent: `lib.api` re-exports `Thing` from the canonical
 * `lib.api.core` and defines `helper` itself; `from lib import api` imports the package itself.
 */
describe("importing a reexport package from its parent (fixture python/provenance-parent)", () => {
  it("counts `from parent import P` as `import P`, never as a name looked up in P", async () => {
    const api = (
      await analyze(loadConfig(fixturePath("python/provenance-parent")), { cache: false })
    ).consolidations[0];
    expect(edgeLines(api)).toEqual([
      "app/a.py:1 package [api]",
      "app/b.py:1 package [api]",
      "app/c.py:1 package [Thing]",
      "lib/user.py:1 package [api]",
    ]);
    expect(api?.unrelatedImports.map((u) => `${u.file}:${u.line} [${u.names.join(",")}]`)).toEqual([
      "app/d.py:1 [helper]",
    ]);
  });
});

/**
 * test/fixtures/python/provenance-bound-twice: `fast` star-imports the canonical `fast.loop`,
 * which defines `run` and imports it again from an outside C module in a try; `fast.compat`
 * lists `Helper` in `__all__` but only re-exports it from `fast.helpers`.
 */
describe("names bound twice, and names only listed (fixture python/provenance-bound-twice)", () => {
  it("keeps a definition's origin beside an import's, and never reads `__all__` as a definition", async () => {
    const loop = (
      await analyze(loadConfig(fixturePath("python/provenance-bound-twice")), { cache: false })
    ).consolidations[0];
    expect(loop?.edges.map((e) => [e.file, e.provenance])).toEqual([
      ["app/a.py", [{ name: "run", origin: "fast.loop" }]],
      ["app/c.py", [{ name: "Loop", origin: "fast.loop" }]],
    ]);
    expect(loop?.unrelatedImports.map((u) => `${u.file}:${u.line} [${u.names.join(",")}]`)).toEqual(
      ["app/b.py:1 [Helper]"],
    );
  });
});

describe("missing data never passes (fixture python/provenance, ssot.typo.yaml)", () => {
  const typo = path.join(dir, "ssot.typo.yaml");

  it("names a misspelt module with the nearest existing one, and makes its criteria unknown", async () => {
    const r = await analyze(loadConfig(dir, typo), { cache: false });
    const c = r.consolidations[0];
    expect(c?.paths.find((p) => p.id === "shim")?.missing).toEqual({ suggestion: "pkg.shim" });
    expect(c?.problems.map((p) => p.kind)).toEqual(["missing-module"]);
    expect(c?.phases[0]?.status).toBe("unknown");
    expect(c?.phases[0]?.criteria.map((k) => `${k.metric} ${k.status} ${k.unknownReason}`)).toEqual(
      [
        "deprecated-modules-present unknown missing-module",
        "deprecation-warnings unknown missing-module",
        "deprecated-share unknown missing-module",
      ],
    );
  });

  it("`check` exits 2 naming the module, never 0", async () => {
    const repo = tempRepo({});
    cpSync(dir, repo, { recursive: true });
    const base = await runCli(
      ["check", "--config", "ssot.typo.yaml", "--update-baseline", "--no-cache"],
      repo,
    );
    expect(base.code).toBe(2);
    writeFileSync(
      path.join(repo, ".ssot-baseline.json"),
      '{"schemaVersion":1,"tool":{"name":"ssot-tracker","version":"0.1.0"},"entries":[]}\n',
    );
    const run = await runCli(
      ["check", "--config", "ssot.typo.yaml", "--baseline", ".ssot-baseline.json", "--no-cache"],
      repo,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("module `pkg.shimm` is not in the repository");
    expect(run.stderr).toContain("did you mean `pkg.shim`?");
  });
});

describe("the `# ssot: allow -- reason` pragma", () => {
  const repo = tempRepo({
    "ssot.config.yaml": [
      "consolidations:",
      "  - id: m",
      "    paths:",
      "      - { id: canonical, module: lib.new, role: canonical }",
      "      - { id: old, module: lib.old, role: shim }",
      "    phases:",
      "      - id: moved",
      "        gate: true",
      "        criteria: [{ metric: deprecated-share, max: 0.5 }]",
      "",
    ].join("\n"),
    "lib/__init__.py": "",
    "lib/new.py": "class Manager: ...\n",
    "lib/old.py": "from lib.new import Manager\n",
    // The package keeps the deprecated namespace importable until v3: allowed, on one line.
    "app/keep.py": "import lib.old  # ssot: allow -- keep-alive until v3\n",
    // A parenthesised import is covered by a pragma on any of its lines.
    "app/multi.py": "from lib.old import (\n    Manager,  # ssot: allow -- vendored copy\n)\n",
    // Not a pragma: another word, and a pragma on the next statement's line only.
    "app/plain.py": "from lib.old import Manager  # ssot: allowed\nimport lib.new\n",
    "app/later.py": "import lib.old\nimport lib.new  # ssot: allow -- not this one\n",
  });

  it("allows exactly the statements whose lines carry it, with the reason, and never fails check", async () => {
    const [m] = (await analyze(loadConfig(repo), { cache: false })).consolidations;
    expect(m?.allowedEdges.map((a) => `${a.file}:${a.line} ${a.path} ${a.by} ${a.reason}`)).toEqual(
      ["app/keep.py:1 old pragma keep-alive until v3", "app/multi.py:1 old pragma vendored copy"],
    );
    expect(edgeLines(m).filter((l) => l.includes(" old "))).toEqual([
      "app/later.py:1 old []",
      "app/plain.py:1 old [Manager]",
    ]);
    // 2 deprecated of 4 counted; were the allowed ones counted, 4 of 6 would fail the gate.
    expect(m?.deprecatedShare.statements).toBe(0.5);
    expect((await runCli(["check", "--update-baseline", "--no-cache"], repo)).code).toBe(0);
    writeFileSync(path.join(repo, "app/new.py"), "import lib.old  # ssot: allow -- shim test\n");
    expect((await runCli(["check", "--no-cache"], repo)).code).toBe(0);
    writeFileSync(path.join(repo, "app/new.py"), "import lib.old\n");
    const failing = await runCli(["check", "--no-cache"], repo);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain("app/new.py:1");
  });
});
