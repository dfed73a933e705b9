import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { updateHistory } from "../../src/history/store.js";
import { runCli } from "../helpers/cli.js";
import { tempRepo } from "../helpers/temp.js";
import { commitAll, listTree, pythonConfig, pythonFiles, pythonRepo, runBuilt } from "./repo.js";

async function configError(config: string, file = "ssot.config.yaml") {
  const dir = pythonRepo({ [file]: config });
  const run = await runCli(
    ["analyze", "--no-cache", ...(file.endsWith(".json") ? ["--config", file] : [])],
    dir,
  );
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  return run.stderr.replaceAll(dir + path.sep, "");
}

describe("a config's root must stay in its repository", () => {
  it("refuses root: ../victim and root: /, and writes nothing there", async () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), "ssot-root-"));
    const victim = path.join(parent, "victim");
    mkdirSync(victim);
    writeFileSync(path.join(victim, "a.py"), "import pkg.shim\n");
    const repo = path.join(parent, "repo");
    mkdirSync(repo);
    for (const root of ["../victim", "/"]) {
      writeFileSync(path.join(repo, "ssot.config.yaml"), `root: ${root}\n${pythonConfig}`);
      for (const args of [
        ["snapshot", "--no-cache"],
        ["check", "--update-baseline", "--no-cache"],
        ["migrate", "--write", "--no-cache"],
      ]) {
        const run = await runCli(args, repo);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(
          /ssot\.config\.yaml: root: ".*" resolves to .*, outside the config's folder .*; keep root at or below them, or pass --allow-outside-root if this is deliberate\n$/,
        );
      }
    }
    expect(listTree(victim)).toEqual(["a.py"]);
  });

  it("accepts a root at the git top level above the config, and --allow-outside-root", async () => {
    const repo = pythonRepo({ "tools/ssot.config.yaml": `root: ..\n${pythonConfig}` });
    execFileSync("git", ["init", "-q"], { cwd: repo });
    expect(
      (await runCli(["analyze", "--no-cache", "--config", "tools/ssot.config.yaml"], repo)).code,
    ).toBe(0);
    const elsewhere = mkdtempSync(path.join(os.tmpdir(), "ssot-cfg-"));
    writeFileSync(path.join(elsewhere, "ssot.config.yaml"), `root: ${repo}\n${pythonConfig}`);
    expect((await runCli(["analyze", "--no-cache"], elsewhere)).code).toBe(2);
    const allowed = await runCli(["analyze", "--no-cache", "--allow-outside-root"], elsewhere);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain("deprecated share");
  });
});

describe("config messages", () => {
  it("a YAML alias bomb is a user error naming the file", async () => {
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
      "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
      pythonConfig,
    ].join("\n");
    const message = await configError(bomb);
    expect(message).toMatch(/^ssot: ssot\.config\.yaml: invalid YAML: its aliases expand too much/);
    expect(message).not.toContain("internal error");
  });

  it("a UTF-8 byte order mark is accepted in YAML, JSON configs, baselines and histories alike", async () => {
    const json = JSON.stringify({
      consolidations: [
        {
          id: "c",
          paths: [
            { id: "canon", module: "pkg.canon", role: "canonical" },
            { id: "shim", module: "pkg.shim", role: "shim" },
          ],
        },
      ],
    });
    for (const [file, text] of [
      ["ssot.config.yaml", `\uFEFF${pythonConfig}`],
      ["ssot.config.json", `\uFEFF${json}`],
    ] as const) {
      const dir = tempRepo({ ...pythonFiles, "ssot.config.yaml": "", [file]: text });
      if (file.endsWith(".json")) execFileSync("rm", [path.join(dir, "ssot.config.yaml")]);
      const run = await runCli(["check", "--update-baseline", "--no-cache"], dir);
      expect(run.code).toBe(0);
      const baseline = path.join(dir, ".ssot/baseline.json");
      writeFileSync(baseline, `\uFEFF${readFileSync(baseline, "utf8")}`);
      expect((await runCli(["check", "--no-cache"], dir)).code).toBe(0);
      expect((await runCli(["snapshot", "--no-cache", "--date", "2025-01-06"], dir)).code).toBe(0);
      const history = path.join(dir, ".ssot/history.jsonl");
      writeFileSync(history, `\uFEFF${readFileSync(history, "utf8")}`);
      expect((await runCli(["progress"], dir)).code).toBe(0);
    }
  });

  it("duplicate JSON keys are an error with line, column and key", async () => {
    const message = await configError(
      '{\n  "consolidations": [],\n  "root": ".",\n  "root": "/"\n}\n',
      "dup.json",
    );
    expect(message).toBe('ssot: dup.json:4:3: key "root" appears twice; keep one\n');
    const dir = pythonRepo();
    mkdirSync(path.join(dir, ".ssot"));
    writeFileSync(
      path.join(dir, ".ssot/baseline.json"),
      '{"schemaVersion":1,"entries":[],"entries":[{"consolidation":"c","file":"app/uses.py","path":"shim","names":["Manager"],"occurrence":0}]}',
    );
    const run = await runCli(["check", "--no-cache"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /baseline\.json:1:33: key "entries" appears twice; keep one; fix it/,
    );
  });

  it("two default config files are not chosen between silently", async () => {
    const dir = pythonRepo({ "ssot.config.yml": pythonConfig });
    const run = await runCli(["analyze", "--no-cache"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `ssot: ssot.config.yaml and ssot.config.yml both exist in ${dir}; remove all but one, or pass --config FILE\n`,
    );
  });

  it("globs that cannot match, min above max and max: .nan are config errors", async () => {
    const config = `exclude: ["/abs/**", "../x/**", "!keep.py", "src/[ab.py", "{a,b"]
${pythonConfig}    phases:
      - id: p
        criteria:
          - { metric: deprecated-share, min: 0.9, max: 0.1 }
          - { metric: deprecated-share, max: .nan }
`;
    const message = await configError(config);
    expect(message).toContain(
      "consolidations[0].phases[0].criteria[1].max: expected a finite number, received not a number (.nan)",
    );
    const semantic = await configError(config.replace("max: .nan", "max: 1"));
    expect(semantic.split("\n").slice(1, -1)).toEqual([
      "  consolidations[0].phases[0].criteria[0]: min 0.9 is above max 0.1, so it can never be met",
      '  exclude[0]: "/abs/**" starts with /, but globs are relative to root and never match an absolute path',
      '  exclude[1]: "../x/**" climbs out with .., but globs only match files below root',
      '  exclude[2]: "!keep.py" starts with !, which negates the whole glob (it then matches every other file); list what to match instead',
      '  exclude[3]: "src/[ab.py" has an unclosed "["',
      '  exclude[4]: "{a,b" has an unclosed "{"',
    ]);
  });
});

describe("inputs that are not regular files", () => {
  it("--config /dev/zero, a folder and a FIFO are refused at once", () => {
    const dir = pythonRepo();
    execFileSync("mkfifo", [path.join(dir, "fifo.yaml")]);
    for (const [config, kind] of [
      ["/dev/zero", "a device"],
      ["fifo.yaml", "a named pipe"],
      ["app", "a folder"],
    ]) {
      const run = runBuilt(
        ["analyze", "--no-cache", "--config", config as string],
        dir,
        {},
        15_000,
      );
      expect(run.timedOut).toBe(false);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        new RegExp(`the config file must be a regular file, but this is ${kind}\\n$`),
      );
    }
  });

  it("--cache-dir /proc/x is refused instead of hanging", () => {
    const dir = pythonRepo();
    const run = runBuilt(["analyze", "--cache-dir", "/proc/x"], dir, {}, 15_000);
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "ssot: --cache-dir /proc/x: not a folder that can be used: /proc/x: cannot create the folder: no such file or folder\n",
    );
  });

  it("a baseline, history or CODEOWNERS that is a FIFO does not hang", () => {
    const dir = pythonRepo();
    mkdirSync(path.join(dir, ".ssot"));
    execFileSync("mkfifo", [path.join(dir, ".ssot/baseline.json")]);
    execFileSync("mkfifo", [path.join(dir, ".ssot/history.jsonl")]);
    execFileSync("mkfifo", [path.join(dir, "CODEOWNERS")]);
    const check = runBuilt(["check", "--no-cache"], dir, {}, 15_000);
    expect(check.timedOut).toBe(false);
    expect(check.stderr).toMatch(/the baseline must be a regular file, but this is a named pipe/);
    const report = runBuilt(["progress"], dir, {}, 15_000);
    expect(report.timedOut).toBe(false);
    expect(report.stderr).toMatch(/the history must be a regular file, but this is a named pipe/);
  });
});

describe("flag values", () => {
  it("--every -3-days names the value instead of 'Unknown argument: 3'", async () => {
    const repo = pythonRepo();
    commitAll(repo);
    const run = await runCli(["backfill", "--since", "2025-01-01", "--every", "-3-days"], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'ssot: --every: "-3-days" is not a step; expected week, day or N-days (e.g. 14-days)\n',
    );
  });
});

describe("lock messages", () => {
  const line = {
    schemaVersion: 1 as const,
    date: "2025-01-06",
    commit: null,
    source: "snapshot" as const,
    consolidations: [],
  };

  it("a lock that is not a file ssot wrote is named plainly, never 'process NaN' or '?'", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ssot-lock-"));
    const file = path.join(dir, "history.jsonl");
    mkdirSync(`${file}.lock`);
    expect(() => updateHistory(file, [line], { timeoutMs: 100 })).toThrow(
      `${file}.lock: the lock file is a folder, not a lock ssot made; remove it and run again`,
    );
  });

  it("a lock with a record that is not ours is broken; an empty one names no process", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ssot-lock-"));
    const file = path.join(dir, "history.jsonl");
    writeFileSync(`${file}.lock`, "garbage, not a pid\n");
    expect(updateHistory(file, [line], { timeoutMs: 100 }).lines).toHaveLength(1);
    writeFileSync(`${file}.lock`, "");
    let message = "";
    try {
      updateHistory(file, [line], { timeoutMs: 100 });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/locked by an empty lock file .* for over 0\.1 s; remove the file/);
    expect(message).not.toMatch(/NaN|\?/);
  });
});
