import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tempRepo } from "../helpers/temp.js";

/** Run git in `dir` with a fixed identity and, when given, fixed author and committer dates (UTC). */
export function gitIn(dir: string, args: string[], when?: string): string {
  const date = when ? `${Math.floor(Date.parse(when) / 1000)} +0000` : undefined;
  return execFileSync(
    "git",
    ["-c", "user.name=Fixture", "-c", "user.email=fixture@example.com", ...args],
    {
      cwd: dir,
      encoding: "utf8",
      env: {
        ...process.env,
        ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
        GIT_CONFIG_NOSYSTEM: "1",
        GIT_CONFIG_GLOBAL: "/dev/null",
      },
    },
  ).trim();
}

/** Write, delete (null) files, then commit everything at `when` and tag the commit. */
export function commitFiles(
  dir: string,
  files: Record<string, string | null>,
  when: string,
  tag: string,
): string {
  for (const [file, content] of Object.entries(files)) {
    const abs = path.join(dir, file);
    if (content === null) rmSync(abs);
    else {
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
  }
  gitIn(dir, ["add", "-A"]);
  gitIn(dir, ["commit", "-q", "-m", tag], when);
  gitIn(dir, ["tag", tag]);
  return gitIn(dir, ["rev-parse", "HEAD"]);
}

export const migrationConfig = `consolidations:
  - id: mgr
    title: Manager SSOT
    paths:
      - { id: canonical, module: pkg.canon, role: canonical }
      - { id: shim, module: pkg.shim, role: shim }
    batches:
      - { id: tests, include: ["tests/**"] }
    phases:
      - id: half
        criteria:
          - { metric: deprecated-share, max: 0.5 }
      - id: done
        criteria:
          - { metric: deprecated-share, max: 0 }
`;

/** Every file has its own content, so each blob is one file and the scan count is exact. */
const shimUser = (name: string) => `# ${name}\nimport pkg.shim\n`;
const canonUser = (name: string) => `# ${name}\nfrom pkg.canon import Manager\n`;

/**
 * A repository where the migration advances, stalls and regresses, with a side branch merged
 * into the first-parent line. Commits (UTC):
 *   c1 2025-01-06 10:00  a b c d and tests/test_x import the shim           (5 deprecated of 5)
 *   c2 2025-01-13 23:59:59  a b move to the canonical module               (3 of 5)
 *   c3 2025-01-14 00:00  app/e.py without imports of the paths: a stall     (3 of 5)
 *   s1 2025-01-15 12:00  on branch side: c moves (not on the first-parent line)
 *   m  2025-01-22 09:00  merge of side into main, --no-ff                   (2 of 5)
 *   c5 2025-01-28 09:00  app/f.py imports the shim again: a regression      (3 of 6)
 * Each commit is tagged with its name.
 */
export function migrationRepo(): string {
  const dir = tempRepo({});
  gitIn(dir, ["init", "-q", "-b", "main"]);
  commitFiles(
    dir,
    {
      "ssot.config.yaml": migrationConfig,
      "pkg/__init__.py": "# pkg\n",
      "pkg/canon.py": "class Manager:\n    pass\n",
      "pkg/shim.py": "from pkg.canon import Manager\n",
      "app/a.py": shimUser("a"),
      "app/b.py": shimUser("b"),
      "app/c.py": shimUser("c"),
      "app/d.py": shimUser("d"),
      "tests/test_x.py": shimUser("test_x"),
    },
    "2025-01-06T10:00:00Z",
    "c1",
  );
  commitFiles(
    dir,
    { "app/a.py": canonUser("a"), "app/b.py": canonUser("b") },
    "2025-01-13T23:59:59Z",
    "c2",
  );
  gitIn(dir, ["branch", "side"]);
  commitFiles(dir, { "app/e.py": "# e\nimport os\n" }, "2025-01-14T00:00:00Z", "c3");
  gitIn(dir, ["checkout", "-q", "side"]);
  commitFiles(dir, { "app/c.py": canonUser("c") }, "2025-01-15T12:00:00Z", "s1");
  gitIn(dir, ["checkout", "-q", "main"]);
  gitIn(dir, ["merge", "-q", "--no-ff", "-m", "merge side", "side"], "2025-01-22T09:00:00Z");
  gitIn(dir, ["tag", "m"]);
  commitFiles(dir, { "app/f.py": shimUser("f") }, "2025-01-28T09:00:00Z", "c5");
  return dir;
}
