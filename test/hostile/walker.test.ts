import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeCommit } from "../../src/analyze/index.js";
import { loadConfig } from "../../src/config/load.js";
import { undecodableNameReason } from "../../src/util/file-name.js";
import { linkReasons } from "../../src/workspace/links.js";
import { runCli } from "../helpers/cli.js";
import { analyzeDir } from "../helpers/fixture.js";
import { commitAll, git, pythonRepo } from "./repo.js";

/** `app/` + the bytes `\xff\xfe` + `.py`: not UTF-8. */
const oddName = Buffer.concat([Buffer.from("app/"), Buffer.from([0xff, 0xfe]), Buffer.from(".py")]);
const shown = "app/\\xff\\xfe.py";

function withOddFile(dir: string): void {
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), oddName]), "from pkg.shim import Manager\n");
}

describe("a symbolic link to / in a plain folder", () => {
  it("is not walked: skipped with the reason, the rest analysed", async () => {
    const repo = pythonRepo();
    symlinkSync("/", path.join(repo, "everything"));
    symlinkSync("/usr/bin/env", path.join(repo, "app/env.py"));
    const result = await analyzeDir(repo);
    expect(result.files.python).toBe(4);
    expect(result.files.skipped).toEqual([
      { file: "app/env.py", reason: linkReasons.outsideFile },
      { file: "everything", reason: linkReasons.outsideFolder },
    ]);
  });
});

describe("file names that are not UTF-8", () => {
  it("are listed as skipped in a plain folder, inside git and in a commit, and make check fail", async () => {
    const repo = pythonRepo();
    withOddFile(repo);
    mkdirSync(Buffer.concat([Buffer.from(`${repo}/`), Buffer.from([0x80]), Buffer.from("dir")]));
    const plain = await analyzeDir(repo);
    expect(plain.files.skipped).toEqual([
      { file: "\\x80dir", reason: undecodableNameReason.replace("file", "folder") },
      { file: shown, reason: undecodableNameReason },
    ]);

    const baseline = await runCli(["check", "--update-baseline", "--no-cache"], repo);
    expect(baseline.code).toBe(1);
    commitAll(repo);
    const inGit = await analyzeDir(repo);
    expect(inGit.files.skipped).toEqual([{ file: shown, reason: undecodableNameReason }]);
    const commit = await analyzeCommit(loadConfig(repo), "HEAD");
    expect(commit.files.skipped).toEqual(inGit.files.skipped);

    for (const format of ["text", "github", "markdown", "junit"]) {
      const run = await runCli(["check", "--no-cache", "--format", format], repo);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("xff");
    }
    const text = await runCli(["check", "--no-cache"], repo);
    expect(text.stdout).toContain(`  ${shown}  ${undecodableNameReason}`);
    expect(text.stdout).toMatch(/failed: files whose names are not UTF-8 could not be analysed/);
    expect(git(repo, ["status", "--porcelain"])).toBe("");
    // A name that merely contains U+FFFD is valid UTF-8 and analysed.
    writeFileSync(path.join(repo, "app/\uFFFD.py"), "import pkg.shim\n");
    const valid = await analyzeDir(repo);
    expect(valid.consolidations[0]?.edges.map((e) => e.file)).toContain("app/\uFFFD.py");
  });
});
