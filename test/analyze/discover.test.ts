import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeCommit } from "../../src/analyze/index.js";
import { scanPythonFiles } from "../../src/analyze/scan/python.js";
import { loadConfig } from "../../src/config/load.js";
import { errorCode } from "../../src/util/errors.js";
import { BlobScanStore, readFromDisk } from "../../src/workspace/source.js";
import { discoverWorkingTree } from "../../src/workspace/working-tree.js";
import { analyzeDir } from "../helpers/fixture.js";
import { tempRepo } from "../helpers/temp.js";

const shimImport = "from pkg.shim import X\n";

/** Built at test time: a committed fixture's .gitignore would hide its own files from git. */
function ignoreRepo(): string {
  const dir = tempRepo({
    "ssot.config.yaml": `exclude: ["backups/**", "**/*_pb2.py"]
consolidations:
  - id: c
    paths:
      - { id: canon, module: pkg.canon, role: canonical }
      - { id: shim, module: pkg.shim, role: shim }
`,
    ".gitignore": "build/\n*.generated.py\n!keep.generated.py\n",
    "sub/.gitignore": "generated/\n",
    "pkg/__init__.py": "",
    "pkg/canon.py": "X = 1\n",
    "pkg/shim.py": "from pkg.canon import X\n",
    "pkg/counted.py": shimImport,
    "pkg/keep.generated.py": shimImport,
    "pkg/thing.generated.py": shimImport,
    "build/ignored.py": shimImport,
    "sub/generated/ignored.py": shimImport,
    "sub/kept.py": shimImport,
    "backups/excluded.py": shimImport,
    "pkg/messages_pb2.py": shimImport,
    "pkg/binary.py": new Uint8Array([...Buffer.from(shimImport), 0, 0, 1, 2]),
    ".git/hooks/hook.py": shimImport,
    ".ssot/backups/run-1/pkg/counted.py": shimImport,
    "node_modules/node-gyp/gyp/pylib/gyp/input.py": shimImport,
  });
  symlinkSync(dir, path.join(dir, "sub/loop")); // a symlink back to the root: must not loop
  symlinkSync(path.join(dir, "missing.py"), path.join(dir, "broken.py"));
  return dir;
}

describe("discovery of the working tree", () => {
  it("honours .gitignore at every level and exclude globs, skips binaries and link loops", async () => {
    const dir = ignoreRepo();
    const result = await analyzeDir(dir);
    const c = result.consolidations[0];
    expect(c?.edges.map((e) => e.file)).toEqual([
      "pkg/counted.py",
      "pkg/keep.generated.py",
      "sub/kept.py",
    ]);
    expect(result.files.skipped).toEqual([
      { file: "broken.py", reason: "broken symbolic link" },
      { file: "pkg/binary.py", reason: "binary file" },
    ]);
    expect(result.files.scanned).toBe(6);
  });

  it.skipIf(process.getuid?.() === 0)(
    "reports files it may not read and goes on (not as root)",
    async () => {
      const dir = tempRepo({ "a.py": "import os\n", "b.py": "import sys\n" });
      chmodSync(path.join(dir, "b.py"), 0);
      const found = discoverWorkingTree({
        root: dir,
        exclude: [],
        accept: (n) => n.endsWith(".py"),
      });
      const source = { ...found, readMany: readFromDisk((f) => path.join(dir, f)) };
      const scanned = await scanPythonFiles(found.files, source);
      expect([...scanned.scans.keys()]).toEqual(["a.py"]);
      expect(scanned.skipped).toEqual([{ file: "b.py", reason: "cannot read: permission denied" }]);
    },
  );

  it("names permission errors plainly", () => {
    expect(errorCode(Object.assign(new Error("x"), { code: "EACCES" }))).toBe("permission denied");
    expect(errorCode(Object.assign(new Error("x"), { code: "ENOENT" }))).toBe(
      "no such file or folder",
    );
    expect(errorCode(Object.assign(new Error("x"), { code: "EMFILE" }))).toBe("EMFILE");
  });
});

describe("discovery inside a git work tree", () => {
  it("uses git's own ignore rules: rules above the root, tracked files never ignored", async () => {
    const top = tempRepo({
      ".gitignore": "generated/\n*_local.py\n",
      "backend/ssot.config.yaml": `consolidations:
  - id: c
    paths:
      - { id: canon, module: pkg.canon, role: canonical }
      - { id: shim, module: pkg.shim, role: shim }
`,
      "backend/pkg/__init__.py": "",
      "backend/pkg/canon.py": "X = 1\n",
      "backend/pkg/shim.py": "from pkg.canon import X\n",
      "backend/app/tracked_local.py": shimImport,
      "backend/app/deleted.py": shimImport,
      "backend/.ssot/backups/run-1/app/untracked.py": shimImport,
      "backend/app/copy_a.py": "from pkg.shim import X  # same content twice\n",
      "backend/app/copy_b.py": "from pkg.shim import X  # same content twice\n",
    });
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], {
        cwd: top,
        stdio: "pipe",
      });
    git("init", "-q");
    git("add", "-A");
    git("add", "-f", "backend/app/tracked_local.py");
    git("commit", "-qm", "init");
    rmSync(path.join(top, "backend/app/deleted.py"));
    writeFileSync(path.join(top, "backend/app/untracked.py"), shimImport);
    writeFileSync(path.join(top, "backend/app/ignored_local.py"), shimImport);
    mkdirSync(path.join(top, "backend/generated"));
    writeFileSync(path.join(top, "backend/generated/gen.py"), shimImport);

    const result = await analyzeDir(path.join(top, "backend"));
    expect(result.consolidations[0]?.edges.map((e) => e.file)).toEqual([
      "app/copy_a.py",
      "app/copy_b.py",
      "app/tracked_local.py",
      "app/untracked.py",
    ]);
    expect(result.files.scanned).toBe(7);

    // The same commit read from git objects: identical blobs are scanned once.
    const store = new BlobScanStore();
    const committed = await analyzeCommit(loadConfig(path.join(top, "backend")), "HEAD", { store });
    expect(committed.consolidations[0]?.edges.map((e) => e.file)).toEqual([
      "app/copy_a.py",
      "app/copy_b.py",
      "app/deleted.py",
      "app/tracked_local.py",
    ]);
    // 7 committed .py files; copy_a/copy_b share a blob, as do deleted.py and tracked_local.py:
    // 5 blobs, of which the empty pkg/__init__.py names neither path, so the prefilter lets
    // it go (a verdict, no scan) and 4 are scanned.
    expect(committed.files.scanned).toBe(7);
    expect(store.size).toBe(4);
  });
});

describe("a root that its enclosing git repository ignores", () => {
  it("is walked as a plain folder, not read as empty", async () => {
    const top = tempRepo({
      ".gitignore": "installed/\n",
      "tracked.py": "",
      "installed/lib/ssot.config.yaml": `consolidations:
  - id: c
    paths:
      - { id: canon, module: pkg.canon, role: canonical }
      - { id: shim, module: pkg.shim, role: shim }
`,
      "installed/lib/pkg/__init__.py": "",
      "installed/lib/pkg/canon.py": "X = 1\n",
      "installed/lib/pkg/shim.py": "from pkg.canon import X\n",
      "installed/lib/app.py": shimImport,
    });
    execFileSync("git", ["init", "-q"], { cwd: top });
    const result = await analyzeDir(path.join(top, "installed/lib"));
    expect(result.files.scanned).toBe(4);
    expect(result.consolidations[0]?.edges.map((e) => e.file)).toEqual(["app.py"]);
  });
});
