import { execFileSync } from "node:child_process";
import { rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { gitTreeSource } from "../../src/workspace/commit-source.js";
import { blobsInWorkingTree } from "../../src/workspace/worktree-blobs.js";
import { tempRepo } from "../helpers/temp.js";
import { commitAll } from "../hostile/repo.js";

/**
 * A commit's blobs are read from the working tree where its files still hold exactly those
 * bytes, and from git everywhere else: what a commit's source reads is always the commit.
 */
describe("a commit's blobs read from the working tree", () => {
  const root = tempRepo({
    "same.py": "import same\n",
    "edited.py": "import old\n",
    "gone.py": "import gone\n",
    "piped.py": "import piped\n",
    "linked.py": "import linked\n",
    "crlf.py": "import crlf\n",
  });
  const commit = commitAll(root);
  writeFileSync(path.join(root, "edited.py"), "import new\n");
  rmSync(path.join(root, "gone.py"));
  rmSync(path.join(root, "piped.py"));
  // A named pipe where a file was: opening it must not hang the read.
  execFileSync("mkfifo", [path.join(root, "piped.py")]);
  // A link to a file outside with other bytes: never taken for the blob.
  const outside = tempRepo({ "x.py": "import elsewhere\n" });
  rmSync(path.join(root, "linked.py"));
  symlinkSync(path.join(outside, "x.py"), path.join(root, "linked.py"));
  writeFileSync(path.join(root, "crlf.py"), "import crlf\r\n");
  const source = gitTreeSource(root, commit, (f) => f.endsWith(".py"), []);

  it("takes only files whose bytes hash to the blob id", () => {
    expect([...blobsInWorkingTree(root, source.files).keys()]).toEqual(["same.py"]);
  });

  it("reads every other file from git, as committed", async () => {
    const text = (m: Map<string, Uint8Array | Error>) =>
      Object.fromEntries([...m].map(([f, b]) => [f, Buffer.from(b as Uint8Array).toString()]));
    const committed = {
      "crlf.py": "import crlf\n",
      "edited.py": "import old\n",
      "gone.py": "import gone\n",
      "linked.py": "import linked\n",
      "piped.py": "import piped\n",
      "same.py": "import same\n",
    };
    expect(text(source.readMany(source.files))).toEqual(committed);
    expect(text(await (source.readManyLater?.(source.files) ?? new Map()))).toEqual(committed);
  });
});
