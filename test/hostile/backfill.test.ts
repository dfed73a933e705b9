import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeCommit } from "../../src/analyze/index.js";
import { loadConfig } from "../../src/config/load.js";
import { unsafeTreePath } from "../../src/util/tree-path.js";
import { linkReasons } from "../../src/workspace/links.js";
import { materialise } from "../../src/workspace/materialise.js";
import { runCli } from "../helpers/cli.js";
import { analyzeDir } from "../helpers/fixture.js";
import { tempRepo } from "../helpers/temp.js";
import { commitAll, git, listTree, pythonRepo, runBuilt } from "./repo.js";

/** A JS/TS consolidation, so backfill writes the commit's JS files to a temporary folder. */
const jsConfig = `consolidations:
  - id: ws
    paths:
      - { id: canonical, module: src/ws/websocket-manager.ts, role: canonical }
      - { id: legacy, module: src/ws/manager.ts, role: shim }
`;

/** A tree entry named `..` (git mktree accepts it), holding `levels` more `..` and then `inner`. */
function climbingTree(dir: string, levels: number, inner: string): string {
  let tree = inner;
  for (let i = 0; i < levels; i++) tree = git(dir, ["mktree"], `040000 tree ${tree}\t..\n`);
  return tree;
}

function blob(dir: string, text: string): string {
  return git(dir, ["hash-object", "-w", "--stdin"], text);
}

describe("a commit whose tree climbs out with `..` (backfill)", () => {
  it("writes nothing outside its temporary folder and analyses the rest", () => {
    const sandbox = mkdtempSync(path.join(os.tmpdir(), "ssot-sandbox-"));
    const tmp = path.join(sandbox, "tmp");
    mkdirSync(tmp);
    mkdirSync(path.join(sandbox, "victim"));
    writeFileSync(path.join(sandbox, "victim/x.js"), "original\n");
    const repo = tempRepo({
      "ssot.config.yaml": jsConfig,
      "src/ws/websocket-manager.ts": "export class WebSocketManager {}\n",
      "src/ws/manager.ts": 'export { WebSocketManager } from "./websocket-manager";\n',
      "src/app.ts": 'import { WebSocketManager } from "./ws/manager";\n',
    });
    const first = commitAll(repo);
    // tmp/ssot-js-XXXX/../../victim/x.js is sandbox/victim/x.js; ../package.json is tmp/package.json.
    const evil = blob(repo, "module.exports = 'pwned';\n");
    const victim = git(repo, ["mktree"], `100644 blob ${evil}\tx.js\n`);
    const pkg = git(
      repo,
      ["mktree"],
      `100644 blob ${blob(repo, '{"name":"pwn"}')}\tpackage.json\n`,
    );
    const up = climbingTree(repo, 1, pkg);
    const upUp = git(repo, ["mktree"], `040000 tree ${victim}\tvictim\n`);
    const base = git(repo, ["rev-parse", `${first}^{tree}`]);
    const listing = `${git(repo, ["ls-tree", base])}\n040000 tree ${climbingTree(repo, 1, upUp)}\t..\n`;
    // Two `..` entries cannot share a tree: the second climb goes under src/.
    const src = git(repo, ["rev-parse", `${first}:src`]);
    const srcListing = `${git(repo, ["ls-tree", src])}\n040000 tree ${up}\t..\n`;
    const hostileSrc = git(repo, ["mktree"], srcListing);
    const top = listing.replace(`040000 tree ${src}\tsrc`, `040000 tree ${hostileSrc}\tsrc`);
    const tree = git(repo, ["mktree"], top);
    const commit = git(repo, ["commit-tree", tree, "-p", first, "-m", "hostile"]);
    git(repo, ["update-ref", "refs/heads/main", commit]);
    expect(git(repo, ["ls-tree", "-r", "--name-only", "HEAD"]).split("\n")).toEqual([
      "../../victim/x.js",
      "src/../../package.json",
      "src/app.ts",
      "src/ws/manager.ts",
      "src/ws/websocket-manager.ts",
      "ssot.config.yaml",
    ]);

    const run = runBuilt(
      ["backfill", "--since", "2025-01-06", "--until", "2025-01-07", "--no-cache"],
      repo,
      { TMPDIR: tmp },
    );
    expect(run.timedOut).toBe(false);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(sandbox, "victim/x.js"), "utf8")).toBe("original\n");
    expect(listTree(tmp)).toEqual([]); // no package.json, no leftover folder
    expect(listTree(sandbox)).toEqual(["tmp", "victim", "victim/x.js"]);
    const lines = readFileSync(path.join(repo, ".ssot/history.jsonl"), "utf8").trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string).commit).toBe(commit);
    expect(JSON.parse(lines[0] as string).consolidations[0].paths).toEqual([
      { id: "canonical", files: 0, statements: 0 },
      { id: "legacy", files: 1, statements: 1 },
    ]);
  });

  it("lists the unsafe entries as skipped, with the reason", async () => {
    const repo = pythonRepo();
    const first = commitAll(repo);
    const hook = git(repo, ["mktree"], `100644 blob ${blob(repo, "import pkg.shim\n")}\tx.py\n`);
    const dotGit = git(repo, ["mktree"], `040000 tree ${hook}\thooks\n`);
    const base = git(repo, ["ls-tree", `${first}^{tree}`]);
    const tree = git(
      repo,
      ["mktree"],
      `${base}\n040000 tree ${climbingTree(repo, 1, hook)}\t..\n040000 tree ${dotGit}\t.GIT\n100644 blob ${blob(repo, "import pkg.shim\n")}\tback\\\\slash.py\n`,
    );
    const commit = git(repo, ["commit-tree", tree, "-p", first, "-m", "hostile"]);
    const result = await analyzeCommit(loadConfig(repo), commit);
    expect(result.files.skipped).toEqual([
      { file: "../../x.py", reason: 'unsafe path in the commit (a ".." path segment): not read' },
      {
        file: ".GIT/hooks/x.py",
        reason: 'unsafe path in the commit (a ".git" path segment): not read',
      },
      {
        file: "back\\\\slash.py",
        reason: "unsafe path in the commit (a backslash in the path): not read",
      },
    ]);
    expect(result.consolidations[0]?.edges.map((e) => e.file)).toEqual(["app/uses.py"]);
  });

  it("judges every kind of unsafe path", () => {
    expect(unsafeTreePath("/etc/passwd.js")).toBe("an absolute path");
    expect(unsafeTreePath("a\\..\\b.js")).toBe("a backslash in the path");
    expect(unsafeTreePath("a/./b.js")).toBe('a "." path segment');
    expect(unsafeTreePath("a//b.js")).toBe("an empty path segment");
    expect(unsafeTreePath("x/.git/config")).toBe('a ".git" path segment');
    expect(unsafeTreePath("src/.gitignore")).toBeUndefined();
    expect(unsafeTreePath("src/a..b.ts")).toBeUndefined();
    // Plain paths are decided without splitting; each of these must still be caught.
    expect(unsafeTreePath("")).toBe("an empty path");
    expect(unsafeTreePath("a/b/")).toBe("an empty path segment");
    expect(unsafeTreePath("../a.py")).toBe('a ".." path segment');
    expect(unsafeTreePath("a/b/..")).toBe('a ".." path segment');
    expect(unsafeTreePath(".GIT/hooks/x")).toBe('a ".git" path segment');
    expect(unsafeTreePath("a/b\\c.py")).toBe("a backslash in the path");
    expect(unsafeTreePath("pkg/sub/mod.py")).toBeUndefined();
  });

  it("materialise refuses to climb out, to overwrite, or to write through a link", () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), "ssot-outside-"));
    const bytes = new TextEncoder().encode("x\n");
    expect(() => materialise(new Map([["../escape.js", bytes]]), outside)).toThrow(
      /unsafe path in the commit/,
    );
    // Twice the same path: the second would write over the first.
    const twice = new Map([
      ["a.js", bytes],
      ["b/package.json", bytes],
    ]);
    materialise(twice, outside).dispose();
    // A package.json links node_modules in; a later file below that link is refused.
    mkdirSync(path.join(outside, "b/node_modules"), { recursive: true });
    const through = new Map([
      ["b/package.json", bytes],
      ["b/node_modules/x.js", bytes],
    ]);
    expect(() => materialise(through, outside)).toThrow(/not a folder in the commit's tree/);
    expect(listTree(path.join(outside, "b/node_modules"))).toEqual([]);
  });
});

describe("symbolic links: one rule for the working tree and backfill", () => {
  it("counts a commit the same both ways", async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), "ssot-outside-"));
    writeFileSync(path.join(outside, "far.py"), "from pkg.shim import Manager\n");
    const repo = pythonRepo({ "app/real.py": "import pkg.shim\n" });
    symlinkSync("real.py", path.join(repo, "app/alias.py")); // inside: analysed at its path
    symlinkSync(path.join(outside, "far.py"), path.join(repo, "app/far.py")); // outside: skipped
    symlinkSync("../app", path.join(repo, "pkg/app_link")); // a folder: not walked
    symlinkSync("missing.py", path.join(repo, "app/broken.py"));
    commitAll(repo);
    const tree = await analyzeDir(repo);
    const commit = await analyzeCommit(loadConfig(repo), "HEAD");
    const view = (r: typeof tree) => ({
      edges: r.consolidations[0]?.edges.map((e) => `${e.file}:${e.line}`),
      skipped: r.files.skipped,
      python: r.files.python,
    });
    expect(view(tree)).toEqual({
      edges: ["app/alias.py:1", "app/real.py:1", "app/uses.py:1"],
      skipped: [
        { file: "app/broken.py", reason: linkReasons.broken },
        { file: "app/far.py", reason: linkReasons.outsideFile },
      ],
      python: 6,
    });
    expect(view(commit)).toEqual(view(tree));
  });
});

describe("a shallow clone", () => {
  it("backfill says how to fetch the history instead of 'before the first commit'", () => {
    const origin = pythonRepo();
    commitAll(origin, "one");
    writeFileSync(path.join(origin, "app/more.py"), "import pkg.shim\n");
    commitAll(origin, "two");
    const parent = mkdtempSync(path.join(os.tmpdir(), "ssot-shallow-"));
    git(parent, ["clone", "-q", "--depth", "1", `file://${origin}`, "clone"]);
    const clone = path.join(parent, "clone");
    expect(git(clone, ["rev-parse", "--is-shallow-repository"])).toBe("true");
    const run = runBuilt(["backfill", "--since", "2025-01-01", "--until", "2025-01-06"], clone);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is a shallow clone/);
    expect(run.stderr).toContain("git fetch --unshallow");
    expect(run.stderr).toContain("fetch-depth: 0");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("check --changed-since in a shallow clone", () => {
  it("says how to fetch the history when the merge base is missing", async () => {
    const origin = pythonRepo();
    commitAll(origin, "one");
    git(origin, ["checkout", "-q", "-b", "feature"]);
    writeFileSync(path.join(origin, "app/more.py"), "import pkg.shim\n");
    commitAll(origin, "two");
    const parent = mkdtempSync(path.join(os.tmpdir(), "ssot-shallow-"));
    git(parent, [
      "clone",
      "-q",
      "--depth",
      "1",
      "--no-single-branch",
      "-b",
      "feature",
      `file://${origin}`,
      "clone",
    ]);
    const clone = path.join(parent, "clone");
    expect((await runCli(["check", "--update-baseline", "--no-cache"], clone)).code).toBe(0);
    const run = await runCli(["check", "--no-cache", "--changed-since", "origin/main"], clone);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /no common ancestor of origin\/main and HEAD \(the repository is a shallow clone: `git fetch --unshallow`, or check out with `fetch-depth: 0`\)/,
    );
  });
});

describe("backfill --since far in the past", () => {
  it("summarises hundreds of thousands of skipped dates in one line", async () => {
    const repo = pythonRepo();
    commitAll(repo);
    const run = await runCli(
      [
        "backfill",
        "--since",
        "1000-01-01",
        "--until",
        "2025-01-06",
        "--every",
        "day",
        "--no-cache",
      ],
      repo,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^skipped 374\d{3} dates before the first commit: 1000-01-01 to 2025-01-05\n$/,
    );
  });
});
