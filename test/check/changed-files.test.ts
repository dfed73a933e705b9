import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { changedFilesSince } from "../../src/check/changed-files.js";
import { InputError } from "../../src/util/errors.js";
import { tempRepo } from "../helpers/temp.js";
import { commit, git, initRepo, writeFiles } from "./git-repo.js";

/**
 * main: c1 (a.py, sub/b.py, sub/c.py, old.py) -> c3 (adds main-only.py)
 * feature (from c1): c2 changes sub/b.py and renames old.py to renamed.py; then, uncommitted:
 * sub/c.py edited, staged.py staged, untracked.py and ignored.log (git-ignored) created.
 */
let repo: string;

beforeAll(() => {
  repo = initRepo();
  commit(
    repo,
    {
      ".gitignore": "*.log\n",
      "a.py": "a\n",
      "sub/b.py": "b\n",
      "sub/c.py": "c\n",
      "old.py": "old\n",
    },
    "c1",
    "2024-01-01T00:00:00Z",
  );
  git(repo, ["checkout", "-q", "-b", "feature"]);
  git(repo, ["mv", "old.py", "renamed.py"]);
  commit(repo, { "sub/b.py": "b2\n" }, "c2", "2024-01-02T00:00:00Z");
  git(repo, ["checkout", "-q", "main"]);
  commit(repo, { "main-only.py": "m\n" }, "c3", "2024-01-03T00:00:00Z");
  git(repo, ["checkout", "-q", "feature"]);
  writeFiles(repo, {
    "sub/c.py": "c2\n",
    "staged.py": "s\n",
    "untracked.py": "u\n",
    "ignored.log": "x\n",
  });
  git(repo, ["add", "staged.py"]);
});

describe("changedFilesSince", () => {
  it("lists committed, staged, unstaged and untracked changes since the merge base, both sides of renames", () => {
    // main-only.py changed on main after the merge base: not a change of this branch.
    expect(changedFilesSince(repo, "main")).toEqual([
      "old.py",
      "renamed.py",
      "staged.py",
      "sub/b.py",
      "sub/c.py",
      "untracked.py",
    ]);
  });

  it("gives paths relative to a root below the repository top", () => {
    expect(changedFilesSince(path.join(repo, "sub"), "main")).toEqual(["b.py", "c.py"]);
  });

  it("throws an InputError naming a revision git does not know, or one that looks like an option", () => {
    expect(() => changedFilesSince(repo, "no-such-branch")).toThrow(InputError);
    expect(() => changedFilesSince(repo, "no-such-branch")).toThrow(
      `--changed-since no-such-branch: "no-such-branch" is not a commit known in ${repo}`,
    );
    expect(() => changedFilesSince(repo, "--output=/tmp/x")).toThrow(
      "--changed-since --output=/tmp/x: not a git revision",
    );
  });

  it("throws an InputError outside a git work tree", () => {
    const dir = tempRepo({ "a.py": "" });
    expect(() => changedFilesSince(dir, "main")).toThrow(
      `--changed-since main: ${dir} is not inside a git work tree`,
    );
  });
});
