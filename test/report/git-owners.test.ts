import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { authorsByFile, gitOwners, mostFrequent } from "../../src/report/git-owners.js";
import { tempRepo } from "../helpers/temp.js";

/** A git repository where alice wrote a.py twice and bob once; bob alone wrote b.py. */
function repoWithAuthors(): { root: string; head: string } {
  const root = tempRepo({ "pkg/a.py": "1\n", "pkg/b.py": "1\n" });
  const git = (args: string[], author?: string) =>
    execFileSync("git", args, {
      cwd: root,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: author ?? "nobody",
        GIT_AUTHOR_EMAIL: "a@example.com",
        GIT_COMMITTER_NAME: "ci",
        GIT_COMMITTER_EMAIL: "ci@example.com",
      },
      encoding: "utf8",
    });
  git(["init", "-q"]);
  git(["add", "-A"]);
  git(["commit", "-qm", "one"], "Alice O'Brien & co");
  for (const [author, text] of [
    ["bob", "2\n"],
    ["Alice O'Brien & co", "3\n"],
  ] as const) {
    writeFileSync(path.join(root, "pkg/a.py"), text);
    git(["commit", "-qam", "change"], author);
  }
  writeFileSync(path.join(root, "pkg/b.py"), "2\n");
  git(["commit", "-qam", "b"], "bob");
  return { root, head: git(["rev-parse", "HEAD"]).trim() };
}

describe("owners from git history", () => {
  it("names the author with the most commits per file, from the analysed commit", () => {
    const { root, head } = repoWithAuthors();
    expect(gitOwners(root, head, ["pkg/a.py", "pkg/b.py", "pkg/none.py"])).toEqual({
      "pkg/a.py": ["Alice O'Brien & co"],
      "pkg/b.py": ["bob"],
      "pkg/none.py": [],
    });
    // Paths are relative to the analysed root, also when it is a subfolder of the repository.
    expect(gitOwners(path.join(root, "pkg"), head, ["a.py"])).toEqual({
      "a.py": ["Alice O'Brien & co"],
    });
  });

  it("gives up quietly outside git", () => {
    expect(gitOwners(tempRepo({}), "0".repeat(40), ["a.py"])).toBeUndefined();
  });

  it("breaks ties by the most recent author (the log lists newest first)", () => {
    const byFile = authorsByFile("\0carol\n\nx.py\n\0dave\n\nx.py\n");
    expect(byFile.get("x.py")).toEqual(
      new Map([
        ["carol", 1],
        ["dave", 1],
      ]),
    );
    expect(mostFrequent(byFile.get("x.py") ?? new Map())).toBe("carol");
  });
});
