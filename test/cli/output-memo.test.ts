import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { tempRepo } from "../helpers/temp.js";
import { commitAll, git } from "../hostile/repo.js";

/**
 * The output memo (src/cli/output-memo.ts): `ssot analyze` replays its last output when the
 * config's bytes, the flags and the walked tree are unchanged. Every change that could change
 * the output must miss, and the output must then be byte-identical to a `--no-cache` run.
 */

const config = (extra = "") => `${extra}consolidations:
  - id: text
    paths:
      - { id: new, module: pkg.new, role: canonical }
      - { id: old, module: pkg.old, role: shim }
`;

const repo = () =>
  tempRepo({
    "ssot.config.yaml": config(),
    ".gitignore": "build/\n",
    "pkg/__init__.py": "",
    "pkg/new.py": "def f():\n    pass\n",
    "pkg/old.py": "from pkg.new import f\n",
    "app/a.py": "from pkg.old import f\n",
    "app/b.py": "from pkg.new import f\n",
    "build/gen.py": "from pkg.old import f\n",
  });

/**
 * Stamps changed in the last 2 s prove nothing (a write in the same clock tick leaves them
 * as they were), so no memo is written then: the tests wait that long before a run that
 * should write one. Change times cannot be set back, so waiting is the only way.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2100));

const memoFiles = (cacheDir: string) =>
  readdirSync(cacheDir).filter((f) => f.startsWith("output-"));

/** The memo file's inode: a run that analyses writes it anew (a new file renamed into place). */
function memoInode(cacheDir: string): number | undefined {
  const [file] = memoFiles(cacheDir);
  return file === undefined ? undefined : statSync(path.join(cacheDir, file)).ino;
}

async function analyze(root: string, cacheDir: string, flags: string[] = ["--format", "json"]) {
  const run = await runCli(["analyze", ...flags, "--cache-dir", cacheDir], root);
  expect(run.code, run.stderr).toBe(0);
  return run;
}

async function fresh(root: string, flags: string[] = ["--format", "json"]) {
  const run = await runCli(["analyze", ...flags, "--no-cache"], root);
  expect(run.code, run.stderr).toBe(0);
  return run;
}

/** One run after a change: it must analyse (new memo) and print what `--no-cache` prints. */
async function expectMiss(root: string, cacheDir: string) {
  const before = memoInode(cacheDir);
  await settle();
  const run = await analyze(root, cacheDir);
  expect(memoInode(cacheDir)).not.toBe(before);
  expect(run.stdout).toBe((await fresh(root)).stdout);
  return run;
}

/** One run with nothing changed: the memo is replayed as it is. */
async function expectHit(root: string, cacheDir: string, stdout: string) {
  const before = memoInode(cacheDir);
  const run = await analyze(root, cacheDir);
  expect(memoInode(cacheDir)).toBe(before);
  expect(run.stdout).toBe(stdout);
}

const statements = (stdout: string) => JSON.parse(stdout).consolidations[0].totals;

async function memoised() {
  const root = repo();
  const cacheDir = tempRepo({});
  await settle();
  const first = await analyze(root, cacheDir);
  expect(memoFiles(cacheDir)).toHaveLength(1);
  expect(statements(first.stdout)).toMatchObject({ statements: 2, deprecatedStatements: 1 });
  await expectHit(root, cacheDir, first.stdout);
  return { root, cacheDir, first };
}

describe.concurrent("analyze's output memo", () => {
  it("replays the output byte for byte when nothing changed", async () => {
    const { root, first } = await memoised();
    expect(first.stdout).toBe((await fresh(root)).stdout);
  });

  it("misses on an edited file, then hits again", async () => {
    const { root, cacheDir, first } = await memoised();
    writeFileSync(path.join(root, "app/a.py"), "from pkg.new import f\n");
    const run = await expectMiss(root, cacheDir);
    expect(statements(run.stdout)).toMatchObject({ statements: 2, deprecatedStatements: 0 });
    await expectHit(root, cacheDir, run.stdout);
    expect(run.stdout).not.toBe(first.stdout);
  });

  it("misses on a file rewritten with its old size and modification time", async () => {
    const root = repo();
    const cacheDir = tempRepo({});
    // A whole second, which utimes can set back exactly.
    const file = path.join(root, "app/b.py");
    const when = Math.floor(Date.now() / 1000) - 10;
    utimesSync(file, when, when);
    await settle();
    const first = await analyze(root, cacheDir);
    await expectHit(root, cacheDir, first.stdout);
    writeFileSync(file, "from pkg.old import f\n");
    utimesSync(file, when, when);
    expect(statSync(file).mtimeMs).toBe(when * 1000);
    const run = await expectMiss(root, cacheDir);
    expect(statements(run.stdout)).toMatchObject({ statements: 2, deprecatedStatements: 2 });
  });

  it("misses on a new file and on a deleted file", async () => {
    const { root, cacheDir } = await memoised();
    writeFileSync(path.join(root, "app/c.py"), "import pkg.old\n");
    const added = await expectMiss(root, cacheDir);
    expect(statements(added.stdout)).toMatchObject({ statements: 3, deprecatedStatements: 2 });
    rmSync(path.join(root, "app/a.py"));
    const deleted = await expectMiss(root, cacheDir);
    expect(statements(deleted.stdout)).toMatchObject({ statements: 2, deprecatedStatements: 1 });
  });

  it("misses on a renamed folder and a new nested folder", async () => {
    const { root, cacheDir } = await memoised();
    renameSync(path.join(root, "app"), path.join(root, "src"));
    const renamed = await expectMiss(root, cacheDir);
    expect(renamed.stdout).toContain('"src/a.py"');
    expect(renamed.stdout).not.toContain('"app/a.py"');
    mkdirSync(path.join(root, "src/deep/er"), { recursive: true });
    await settle();
    // Only the innermost folder's time changes when a file is added there.
    await analyze(root, cacheDir);
    writeFileSync(path.join(root, "src/deep/er/x.py"), "from pkg.old import f\n");
    const nested = await expectMiss(root, cacheDir);
    expect(statements(nested.stdout)).toMatchObject({ statements: 3, deprecatedStatements: 2 });
  });

  it("misses on a changed config, and on a config changed back", async () => {
    const { root, cacheDir, first } = await memoised();
    writeFileSync(path.join(root, "ssot.config.yaml"), config('exclude: ["app/a.py"]\n'));
    const excluded = await expectMiss(root, cacheDir);
    expect(statements(excluded.stdout)).toMatchObject({ statements: 1, deprecatedStatements: 0 });
    writeFileSync(path.join(root, "ssot.config.yaml"), config());
    const back = await expectMiss(root, cacheDir);
    expect(back.stdout).toBe(first.stdout);
    expect(memoFiles(cacheDir)).toHaveLength(1);
  });

  it("misses on a changed .gitignore, a new one and one removed", async () => {
    const { root, cacheDir } = await memoised();
    writeFileSync(path.join(root, ".gitignore"), "nothing/\n");
    const edited = await expectMiss(root, cacheDir);
    expect(statements(edited.stdout)).toMatchObject({ statements: 3, deprecatedStatements: 2 });
    writeFileSync(path.join(root, "app/.gitignore"), "a.py\n");
    const nested = await expectMiss(root, cacheDir);
    expect(statements(nested.stdout)).toMatchObject({ statements: 2, deprecatedStatements: 1 });
    rmSync(path.join(root, "app/.gitignore"));
    const removed = await expectMiss(root, cacheDir);
    expect(statements(removed.stdout)).toMatchObject({ statements: 3, deprecatedStatements: 2 });
  });

  it("keeps one memo per set of flags, each the output of those flags", async () => {
    const { root, cacheDir, first } = await memoised();
    const text = await analyze(root, cacheDir, ["--format", "text"]);
    expect(text.stdout).toBe((await fresh(root, ["--format", "text"])).stdout);
    expect(memoFiles(cacheDir)).toHaveLength(2);
    const again = await analyze(root, cacheDir, ["--format", "text"]);
    expect(again.stdout).toBe(text.stdout);
    await expectHit(root, cacheDir, first.stdout);
    // With --out the output goes to the file and the config's problems to stderr.
    const out = await analyze(root, cacheDir, ["--format", "json", "--out", "r.json"]);
    const replayed = await analyze(root, cacheDir, ["--format", "json", "--out", "r.json"]);
    expect(replayed.stderr).toBe(out.stderr);
    expect(replayed.stderr).toBe("wrote r.json\n");
    expect(readFileSync(path.join(root, "r.json"), "utf8")).toBe(first.stdout);
  });

  it("replays the config's problems on stderr", async () => {
    const root = repo();
    writeFileSync(
      path.join(root, "ssot.config.yaml"),
      config().replace("module: pkg.old", "module: pkg.olde"),
    );
    const cacheDir = tempRepo({});
    await settle();
    const first = await analyze(root, cacheDir);
    expect(first.stderr).toContain("pkg.olde");
    const again = await analyze(root, cacheDir);
    expect(again.stderr).toBe(first.stderr);
    expect(again.stdout).toBe(first.stdout);
  });

  it("misses when the tree becomes a git repository (the result records the commit)", async () => {
    const { root, cacheDir } = await memoised();
    const commit = commitAll(root);
    await settle();
    const run = await analyze(root, cacheDir);
    expect(JSON.parse(run.stdout).source.commit).toBe(commit);
    expect(run.stdout).toBe((await fresh(root)).stdout);
  });

  it("is not written from stamps of the last two seconds", async () => {
    const root = repo();
    const cacheDir = tempRepo({});
    await analyze(root, cacheDir);
    expect(memoFiles(cacheDir)).toHaveLength(0);
  });

  it("misses when a link's target changes, though no folder of the tree does", async () => {
    const root = repo();
    const outside = tempRepo({ "ext.py": "from pkg.old import f\n" });
    // A link to a file outside the root is skipped; one to a folder outside is skipped as such.
    symlinkSync(path.join(outside, "ext.py"), path.join(root, "app/ext.py"));
    symlinkSync(path.join(root, "pkg/new.py"), path.join(root, "app/inside.py"));
    const cacheDir = tempRepo({});
    await settle();
    const first = await analyze(root, cacheDir);
    expect(JSON.parse(first.stdout).files.skipped).toEqual([
      { file: "app/ext.py", reason: expect.stringContaining("outside") },
    ]);
    await expectHit(root, cacheDir, first.stdout);
    rmSync(path.join(outside, "ext.py"));
    mkdirSync(path.join(outside, "ext.py"));
    const run = await expectMiss(root, cacheDir);
    expect(run.stdout).not.toBe(first.stdout);
    await expectHit(root, cacheDir, run.stdout);
    // An edit with every witness unchanged rebuilds the walk from the memo: same skips.
    writeFileSync(path.join(root, "app/b.py"), "from pkg.old import f\n");
    const edited = await expectMiss(root, cacheDir);
    expect(JSON.parse(edited.stdout).files.skipped).toEqual(JSON.parse(run.stdout).files.skipped);
    expect(statements(edited.stdout)).toMatchObject({ statements: 2, deprecatedStatements: 2 });
  });
});

/**
 * Inside a git work tree git's listing says which files exist: the memo holds its hash and
 * HEAD, and the files' stamps. What git ignores cannot change the output, so it must hit.
 */
describe.concurrent("analyze's output memo in a git work tree", () => {
  async function committed() {
    const root = repo();
    const commit = commitAll(root);
    const cacheDir = tempRepo({});
    await settle();
    const first = await analyze(root, cacheDir);
    expect(JSON.parse(first.stdout).source.commit).toBe(commit);
    expect(memoFiles(cacheDir)).toHaveLength(1);
    await expectHit(root, cacheDir, first.stdout);
    return { root, cacheDir, first };
  }

  it("replays the output byte for byte, and ignored files change nothing", async () => {
    const { root, cacheDir, first } = await committed();
    expect(first.stdout).toBe((await fresh(root)).stdout);
    writeFileSync(path.join(root, "build/gen2.py"), "import pkg.old\n");
    await expectHit(root, cacheDir, first.stdout);
    // Staging changes git's index, not the files it lists.
    git(root, ["add", "-A"]);
    await expectHit(root, cacheDir, first.stdout);
  });

  it("misses on an edited tracked file and on a new untracked one", async () => {
    const { root, cacheDir } = await committed();
    writeFileSync(path.join(root, "app/a.py"), "from pkg.new import f\n");
    const edited = await expectMiss(root, cacheDir);
    expect(statements(edited.stdout)).toMatchObject({ statements: 2, deprecatedStatements: 0 });
    await expectHit(root, cacheDir, edited.stdout);
    mkdirSync(path.join(root, "lib"));
    writeFileSync(path.join(root, "lib/c.py"), "import pkg.old\n");
    const added = await expectMiss(root, cacheDir);
    expect(statements(added.stdout)).toMatchObject({ statements: 3, deprecatedStatements: 1 });
  });

  it("misses on a new commit, though no file changed", async () => {
    const { root, cacheDir, first } = await committed();
    const commit = commitAll(root, "empty");
    const run = await expectMiss(root, cacheDir);
    expect(JSON.parse(run.stdout).source.commit).toBe(commit);
    expect(JSON.parse(first.stdout).source.commit).not.toBe(commit);
  });

  it("misses on a changed .gitignore, and on a deleted file git still lists", async () => {
    const { root, cacheDir } = await committed();
    writeFileSync(path.join(root, ".gitignore"), "nothing/\n");
    const unignored = await expectMiss(root, cacheDir);
    expect(statements(unignored.stdout)).toMatchObject({ statements: 3, deprecatedStatements: 2 });
    rmSync(path.join(root, "app/a.py"));
    const deleted = await expectMiss(root, cacheDir);
    expect(statements(deleted.stdout)).toMatchObject({ statements: 2, deprecatedStatements: 1 });
    // Back with other content: the deleted file's witness must not let the memo hit.
    writeFileSync(path.join(root, "app/a.py"), "import pkg.old\nimport pkg.old\n");
    const back = await expectMiss(root, cacheDir);
    expect(statements(back.stdout)).toMatchObject({ statements: 4, deprecatedStatements: 3 });
  });
});

/**
 * An edit that cannot change the output replays it too: a file no configured path is named
 * in (and with no `class`) that stays so, or a file read in full whose scan is the same.
 * Such a run analyses nothing, so the result memo inside analyze is left as it was.
 */
describe.concurrent("analyze's output memo after edits that change nothing", () => {
  const resultMemo = (cacheDir: string) => {
    const [file] = readdirSync(cacheDir).filter((f) => f.startsWith("result-"));
    return file === undefined ? undefined : statSync(path.join(cacheDir, file)).ino;
  };

  async function withUtil(git: boolean) {
    const root = repo();
    writeFileSync(path.join(root, "app/util.py"), "def helper():\n    return 1\n");
    if (git) commitAll(root);
    const cacheDir = tempRepo({});
    await settle();
    const first = await analyze(root, cacheDir);
    return { root, cacheDir, first };
  }

  /** A run that must replay without analysing, and print what `--no-cache` prints. */
  async function expectReplay(root: string, cacheDir: string, stdout: string) {
    const before = resultMemo(cacheDir);
    await settle();
    const run = await analyze(root, cacheDir);
    expect(run.stdout).toBe(stdout);
    expect(run.stdout).toBe((await fresh(root)).stdout);
    expect(resultMemo(cacheDir)).toBe(before);
  }

  for (const git of [false, true]) {
    const where = git ? "in a git work tree" : "in a walked tree";
    it(`replays after an inert file's edit and a touch of a scanned one, ${where}`, async () => {
      const { root, cacheDir, first } = await withUtil(git);
      writeFileSync(path.join(root, "app/util.py"), "def helper():\n    return 2  # later\n");
      await expectReplay(root, cacheDir, first.stdout);
      const later = Date.now() / 1000 + 5;
      utimesSync(path.join(root, "app/a.py"), later, later);
      await expectReplay(root, cacheDir, first.stdout);
    });

    it(`analyses when an edit names a path, replays a new class nothing asks for, ${where}`, async () => {
      const { root, cacheDir, first } = await withUtil(git);
      /** A miss that analysed: the result memo inside analyze is written anew. */
      const expectAnalysed = async () => {
        const before = resultMemo(cacheDir);
        const run = await expectMiss(root, cacheDir);
        expect(resultMemo(cacheDir)).not.toBe(before);
        return run;
      };
      // Nothing asks for classes in this config: a new class in a let-go file is no change.
      writeFileSync(path.join(root, "app/util.py"), "class Helper:\n    pass\n");
      await expectReplay(root, cacheDir, first.stdout);
      writeFileSync(path.join(root, "app/util.py"), "import pkg.old\n");
      const named = await expectAnalysed();
      expect(statements(named.stdout)).toMatchObject({ statements: 3, deprecatedStatements: 2 });
      // A file read in full with other bytes and the same scan: nothing to analyse.
      writeFileSync(path.join(root, "app/b.py"), "from pkg.new import f  # same import\n");
      await expectReplay(root, cacheDir, named.stdout);
      // Code below the import that binds no name: the scan keeps its identity.
      writeFileSync(path.join(root, "app/b.py"), "from pkg.new import f\n\nprint(f())\n");
      await expectReplay(root, cacheDir, named.stdout);
      // A deprecated import a line lower, then another import: analysed again, each time.
      writeFileSync(path.join(root, "app/a.py"), "\nfrom pkg.old import f\n");
      const moved = await expectAnalysed();
      expect(moved.stdout).not.toBe(named.stdout); // its line is in the output
      writeFileSync(path.join(root, "app/b.py"), "from pkg.old import f\n");
      const migratedBack = await expectAnalysed();
      expect(statements(migratedBack.stdout)).toMatchObject({
        statements: 3,
        deprecatedStatements: 3,
      });
    });

    it(`analyses a new class when an implementation pattern asks for classes, ${where}`, async () => {
      const { root, cacheDir } = await withUtil(git);
      const implementation = config().replace(
        "    paths:",
        '    implementation: { classPattern: "Helper$" }\n    paths:',
      );
      writeFileSync(path.join(root, "ssot.config.yaml"), implementation);
      if (git) commitAll(root, "implementation");
      await settle();
      const before = await analyze(root, cacheDir);
      const implementations = (stdout: string) =>
        JSON.parse(stdout).consolidations[0].implementations.length;
      expect(implementations(before.stdout)).toBe(0);
      writeFileSync(path.join(root, "app/util.py"), "class Helper:\n    pass\n");
      const run = await expectMiss(root, cacheDir);
      expect(implementations(run.stdout)).toBe(1);
    });
  }
});
