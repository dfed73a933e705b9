import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { commitAll, git, pythonRepo, runBuilt } from "./repo.js";

/**
 * A repository handed over with its `.git/` folder brings its own `.git/config`, and git
 * runs `core.fsmonitor` (a program it names) from `ls-files`, `diff` and `status`. Every
 * command that reads the working tree through git must leave it unrun.
 */
describe("a repository whose .git/config names programs", () => {
  it("analyze, check --changed-since, report and backfill run none of them (fsmonitor, diff, pager, gpg)", () => {
    const repo = pythonRepo();
    commitAll(repo);
    writeFileSync(path.join(repo, "app/new.py"), "from pkg.shim import Manager\n");
    const marks = mkdtempSync(path.join(os.tmpdir(), "ssot-marks-"));
    const mark = (what: string) => `touch '${path.join(marks, what)}'; false`;
    git(repo, ["config", "core.fsmonitor", mark("fsmonitor")]);
    git(repo, ["config", "core.hooksPath", ".hooks"]);
    git(repo, ["config", "diff.external", mark("external-diff")]);
    git(repo, ["config", "core.pager", mark("pager")]);
    // A signed commit on top, and a config that verifies signatures with its own program.
    const signed = [
      `tree ${git(repo, ["rev-parse", "HEAD^{tree}"])}`,
      `parent ${git(repo, ["rev-parse", "HEAD"])}`,
      "author Hostile <hostile@example.com> 1736244000 +0000",
      "committer Hostile <hostile@example.com> 1736244000 +0000",
      "gpgsig -----BEGIN PGP SIGNATURE-----",
      " c2lnbmVk",
      " -----END PGP SIGNATURE-----",
      "",
      "signed",
      "",
    ].join("\n");
    const commit = git(repo, ["hash-object", "-t", "commit", "-w", "--stdin"], signed);
    git(repo, ["update-ref", "HEAD", commit]);
    const gpg = path.join(marks, "gpg.sh");
    writeFileSync(gpg, `#!/bin/sh\ntouch '${path.join(marks, "gpg")}'\n`, { mode: 0o755 });
    git(repo, ["config", "gpg.program", gpg]);
    git(repo, ["config", "log.showSignature", "true"]);
    const out = mkdtempSync(path.join(os.tmpdir(), "ssot-out-"));
    const runs = [
      runBuilt(["analyze", "--format", "json", "--no-cache"], repo),
      runBuilt(["check", "--changed-since", "HEAD", "--no-cache"], repo),
      runBuilt(["report", "--out", out, "--no-svg", "--no-cache"], repo),
      runBuilt(
        ["backfill", "--since", "2025-01-01", "--history", path.join(out, "h.jsonl"), "--no-cache"],
        repo,
      ),
    ];
    for (const run of runs) expect(run.timedOut).toBe(false);
    // The analysis saw the untracked file through `git ls-files`: git did run.
    expect(JSON.parse(runs[0]?.stdout ?? "").consolidations[0].totals.statements).toBe(2);
    for (const what of ["fsmonitor", "external-diff", "pager", "gpg"])
      expect(existsSync(path.join(marks, what)), what).toBe(false);
  });
});
