import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { commit, copyRepo, git, initRepo, writeFiles } from "../check/git-repo.js";
import { runCli } from "../helpers/cli.js";
import { tempRepo } from "../helpers/temp.js";

/**
 * The repository of these tests, generated in a temp folder:
 *
 *   main     c0 2024-01-01  code below
 *            c1 2024-01-02  .ssot/baseline.json written by `ssot check --update-baseline` (5 entries)
 *            c2 2024-01-03  app/old.py deleted (the baseline is left alone)
 *   feature  c3 2024-01-04  app/a.py: its two imports move from lines 1-2 to 4-5 and a second,
 *                           identical shim import is added on line 6 (occurrence 1: new);
 *                           app/c.py: the nested duplicate is removed (occurrence 1: fixed);
 *                           app/d.py: a new shim import
 *            untracked      app/e.py: a new direct import
 */
const config = `consolidations:
  - id: mgr
    title: Manager SSOT
    paths:
      - { id: canonical, module: pkg.canon, role: canonical }
      - { id: shim, module: pkg.shim, role: shim }
      - { id: impl, module: pkg.impl, role: direct }
    symbols: { OldManager: Manager }
`;

const c0: Record<string, string> = {
  "ssot.config.yaml": config,
  "pkg/__init__.py": "",
  "pkg/canon.py": "class Manager:\n    pass\n",
  "pkg/shim.py": "from pkg.canon import Manager as OldManager\n",
  "pkg/impl.py": "class Manager:\n    pass\n",
  "app/__init__.py": "",
  "app/a.py": "from pkg.shim import OldManager\nimport pkg.impl\n",
  "app/b.py": "from pkg.canon import Manager\n",
  "app/c.py":
    "from pkg.shim import OldManager\n\n\ndef f():\n    from pkg.shim import OldManager\n    return OldManager\n",
  "app/old.py": "import pkg.shim\n",
};

const c3: Record<string, string> = {
  "app/a.py":
    "# the imports moved down\n\n\nfrom pkg.shim import OldManager\nimport pkg.impl\nfrom pkg.shim import OldManager\n",
  "app/c.py": "from pkg.shim import OldManager\n\n\ndef f():\n    return OldManager\n",
  "app/d.py": "from pkg.shim import OldManager\n",
};

const entry = (file: string, pathId: string, names: string[], occurrence = 0) =>
  `    {"consolidation":"mgr","file":"${file}","path":"${pathId}","names":${JSON.stringify(names)},"occurrence":${occurrence}}`;

/** The entry lines of a baseline file. */
function entries(dir: string): string[] {
  return readFileSync(path.join(dir, ".ssot/baseline.json"), "utf8")
    .split("\n")
    .filter((l) => l.startsWith("    {"))
    .map((l) => l.replace(/,$/, ""));
}

const check = (dir: string, ...args: string[]) => runCli(["check", "--no-cache", ...args], dir);

const c1Entries = [
  entry("app/a.py", "impl", []),
  entry("app/a.py", "shim", ["OldManager"]),
  entry("app/c.py", "shim", ["OldManager"]),
  entry("app/c.py", "shim", ["OldManager"], 1),
  entry("app/old.py", "shim", []),
];

let initial: string; // c0 only, no baseline
let feature: string; // c0..c3 on branch feature, plus untracked app/e.py

beforeAll(async () => {
  initial = initRepo();
  commit(initial, c0, "c0: code", "2024-01-01T10:00:00Z");
  feature = copyRepo(initial);
  const created = await check(feature, "--update-baseline");
  if (created.code !== 0) throw new Error(`creating the baseline failed: ${created.stderr}`);
  commit(feature, {}, "c1: baseline", "2024-01-02T10:00:00Z");
  commit(feature, { "app/old.py": null }, "c2: drop old.py", "2024-01-03T10:00:00Z");
  git(feature, ["checkout", "-q", "-b", "feature"]);
  commit(feature, c3, "c3: move, add, remove imports", "2024-01-04T10:00:00Z");
  writeFiles(feature, { "app/e.py": "from pkg.impl import Manager\n" });
});

describe("ssot check: the first baseline", () => {
  it("exits 2 without a baseline and says how to create one; --update-baseline creates it", async () => {
    const dir = copyRepo(initial);
    const missing = await check(dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      "ssot: .ssot/baseline.json: no baseline yet. Run `ssot check --update-baseline` once to record the deprecated imports that exist today, and commit .ssot/baseline.json\n",
    );
    expect(existsSync(path.join(dir, ".ssot/baseline.json"))).toBe(false);

    const created = await check(dir, "--update-baseline");
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(
      "baseline .ssot/baseline.json created: 5 entries (5 added, 0 removed)",
    );
    expect(entries(dir)).toEqual(c1Entries);

    const clean = await check(dir);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain(
      "0 new deprecated imports, 0 fixed, 5 known; baseline .ssot/baseline.json",
    );
    expect(clean.stdout).toContain("passed: no new deprecated imports, no gate failing");
  });
});

describe("ssot check: a change that adds, moves and removes deprecated imports", () => {
  it("reports exactly the new imports (by occurrence) and the fixed entries; moved imports stay known", async () => {
    const run = await check(copyRepo(feature));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("3 new deprecated imports, 2 fixed, 3 known;");
    const newLines = run.stdout.split("\n").filter((l) => /^ {2}app\/\S+:\d+ {2}/.test(l));
    expect(newLines).toEqual([
      "  app/a.py:6  use: from pkg.canon import Manager",
      "  app/d.py:1  use: from pkg.canon import Manager",
      "  app/e.py:1  use: from pkg.canon import Manager",
    ]);
    expect(run.stdout).toContain(
      "  app/a.py:6  use: from pkg.canon import Manager\n    instead of: from pkg.shim import OldManager  [mgr: shim, shim; batch other]\n",
    );
    expect(run.stdout).toContain(
      "Fixed since the baseline (run `ssot check --update-baseline` to shrink it):\n" +
        "  app/c.py  mgr: shim [OldManager] (identical import #2)\n" +
        "  app/old.py  mgr: shim\n",
    );
  });

  it("--update-baseline only shrinks (exit 1 while new imports remain); --allow-growth accepts them", async () => {
    const dir = copyRepo(feature);
    const shrink = await check(dir, "--update-baseline");
    expect(shrink.code).toBe(1);
    expect(shrink.stdout).toContain(
      "baseline .ssot/baseline.json updated: 3 entries (0 added, 2 removed)",
    );
    expect(entries(dir)).toEqual([
      entry("app/a.py", "impl", []),
      entry("app/a.py", "shim", ["OldManager"]),
      entry("app/c.py", "shim", ["OldManager"]),
    ]);
    const grow = await check(dir, "--update-baseline", "--allow-growth");
    expect(grow.code).toBe(0);
    expect(grow.stdout).toContain("New deprecated imports (added to the baseline):");
    expect(grow.stdout).toContain(
      "baseline .ssot/baseline.json updated: 6 entries (3 added, 0 removed)",
    );
    expect(entries(dir)).toEqual([
      entry("app/a.py", "impl", []),
      entry("app/a.py", "shim", ["OldManager"]),
      entry("app/a.py", "shim", ["OldManager"], 1),
      entry("app/c.py", "shim", ["OldManager"]),
      entry("app/d.py", "shim", ["OldManager"]),
      entry("app/e.py", "impl", ["Manager"]),
    ]);
    const after = await check(dir);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain("0 new deprecated imports, 0 fixed, 6 known;");
    const again = await check(dir, "--update-baseline");
    expect(again.stdout).toContain("baseline .ssot/baseline.json unchanged (6 entries)");
  });

  it("--changed-since checks only the branch's files: other files' entries are neither fixed nor dropped", async () => {
    const dir = copyRepo(feature);
    const scoped = await check(dir, "--changed-since", "main");
    expect(scoped.code).toBe(1);
    // app/a.py, app/c.py, app/d.py (committed) and app/e.py (untracked); app/old.py went on main.
    expect(scoped.stdout).toContain(
      "3 new deprecated imports, 1 fixed, 3 known in 4 files changed since main;",
    );
    expect(scoped.stdout).not.toContain("app/old.py");

    const grow = await check(dir, "--changed-since", "main", "--update-baseline", "--allow-growth");
    expect(grow.code).toBe(0);
    expect(entries(dir)).toHaveLength(7);
    expect(entries(dir)).toContain(entry("app/old.py", "shim", []));
    expect((await check(dir, "--changed-since", "main")).code).toBe(0);
    const full = await check(dir);
    expect(full.code).toBe(0); // a fixed entry is an improvement, never a failure
    expect(full.stdout).toContain("0 new deprecated imports, 1 fixed, 6 known;");
  });

  it("--changed-since with an unknown revision exits 2 naming it", async () => {
    const run = await check(copyRepo(feature), "--changed-since", "no-such-ref");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^ssot: --changed-since no-such-ref: "no-such-ref" is not a commit known in /,
    );
  });

  it("machine formats carry the same 3 new imports", async () => {
    const dir = copyRepo(feature);
    const github = await check(dir, "--format", "github");
    expect(github.code).toBe(1);
    const errors = github.stdout.split("\n").filter((l) => l.startsWith("::error file="));
    expect(errors.map((l) => l.split("::")[1])).toEqual([
      "error file=app/a.py,line=6,title=ssot%3A new deprecated import (shim)",
      "error file=app/d.py,line=1,title=ssot%3A new deprecated import (shim)",
      "error file=app/e.py,line=1,title=ssot%3A new deprecated import (direct)",
    ]);
    const sarif = JSON.parse((await check(dir, "--format", "sarif")).stdout);
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual([
      "ssot/shim",
      "ssot/shim",
      "ssot/direct",
    ]);
    const junit = (await check(dir, "--format", "junit")).stdout;
    expect(junit).toContain(
      '<testsuites name="ssot check" tests="3" failures="3" errors="0" skipped="0">',
    );
    const markdown = (await check(dir, "--format", "markdown")).stdout;
    expect(markdown).toContain(
      "| from pkg.canon import Manager | app/d.py:1 | other | from pkg.shim import OldManager | mgr/shim (shim) |",
    );
  });

  it("--baseline names another file, relative to the working directory", async () => {
    const dir = copyRepo(feature);
    const run = await check(dir, "--baseline", "ci/known.json", "--update-baseline");
    expect(run.code).toBe(0); // a first baseline records everything
    expect(run.stdout).toContain("baseline ci/known.json created: 6 entries (6 added, 0 removed)");
    expect(existsSync(path.join(dir, "ci/known.json"))).toBe(true);
  });
});

describe("ssot check: gates", () => {
  const gated = (criteria: string) =>
    `${config}    phases:\n      - id: migrated\n        title: Migrated\n        gate: true\n        criteria:\n${criteria}`;
  const code = {
    "pkg/__init__.py": "",
    "pkg/canon.py": "",
    "pkg/shim.py": "",
    "pkg/impl.py": "",
    "a.py": "import pkg.shim\n",
  };

  it("exits 1 while a gated phase is not met, even with no new import", async () => {
    const dir = tempRepo({
      ...code,
      "ssot.config.yaml": gated("          - { metric: deprecated-statements, max: 0 }\n"),
    });
    const created = await check(dir, "--update-baseline");
    expect(created.code).toBe(1);
    expect(entries(dir)).toEqual([entry("a.py", "shim", [])]);
    const run = await check(dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("0 new deprecated imports, 0 fixed, 1 known, 1 gate not met;");
    expect(run.stdout).toContain(
      "  ✗ mgr/migrated Migrated: not-met\n      ✗ deprecated-statements: 1 (expected <= 0)\n",
    );
    expect(run.stdout).toContain("failed: gate not met: mgr/migrated");
  });

  it("reports an unknown gate without failing", async () => {
    const dir = tempRepo({
      ...code,
      "ssot.config.yaml": gated("          - { metric: migration-success-rate, min: 0.95 }\n"),
    });
    expect((await check(dir, "--update-baseline")).code).toBe(0);
    const run = await check(dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("  ? mgr/migrated Migrated: unknown (does not fail the check)\n");
  });
});

describe("ssot check: bad input", () => {
  const code = {
    "ssot.config.yaml": config,
    "pkg/__init__.py": "",
    "pkg/shim.py": "",
    "a.py": "import pkg.shim\n",
  };
  const cases: [string, string, string][] = [
    ["bad JSON", '{"schemaVersion": 1, "entries": [', "the baseline is not valid JSON"],
    [
      "another schemaVersion",
      '{"schemaVersion": 2, "entries": []}',
      "schemaVersion: 2 is not supported",
    ],
    [
      "a missing key",
      '{"schemaVersion": 1, "entries": [{"consolidation": "mgr", "file": "a.py", "names": [], "occurrence": 0}]}',
      "invalid baseline\n  entries[0].path: required string is missing",
    ],
  ];
  for (const [what, text, message] of cases) {
    it(`a baseline with ${what} exits 2 with a clear message and is never overwritten`, async () => {
      const dir = tempRepo({ ...code, ".ssot/baseline.json": text });
      for (const args of [[], ["--update-baseline"], ["--update-baseline", "--allow-growth"]]) {
        const run = await check(dir, ...args);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(`ssot: ${path.join(dir, ".ssot/baseline.json")}: `);
        expect(run.stderr).toContain(message);
        expect(run.stderr).not.toContain("    at ");
        expect(readFileSync(path.join(dir, ".ssot/baseline.json"), "utf8")).toBe(text);
      }
    });
  }

  it("--allow-growth without --update-baseline is an error", async () => {
    const dir = tempRepo(code);
    writeFileSync(path.join(dir, "x"), "");
    const run = await check(dir, "--allow-growth");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--allow-growth only applies together with --update-baseline");
  });
});
