import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mdText } from "../../src/reporters/escape/markdown.js";
import { visible } from "../../src/reporters/escape/terminal.js";
import { runCli } from "../helpers/cli.js";
import { commitAll, pythonConfig, pythonRepo } from "./repo.js";

/** A file name with an escape sequence (clear screen) and a right-to-left override. */
const hostileName = "app/evil\u001b[2J\u202etxt.py";
/** Nothing raw left: escaping again (keeping line breaks and tabs) changes nothing. */
const noRaw = (text: string) => expect(visible(text, "\n\t")).toBe(text);

function hostileRepo(): string {
  const repo = pythonRepo({
    "ssot.config.yaml": `${pythonConfig}    implementation:\n      classPattern: "Manager"\n`,
  });
  writeFileSync(
    path.join(repo, hostileName),
    "from pkg.shim import Manager\nclass Manager2: ...\nimport (\n",
  );
  return repo;
}

describe("control characters and bidi overrides from file names", () => {
  it("are shown escaped, never raw, by analyze, check and migrate", async () => {
    const repo = hostileRepo();
    commitAll(repo);
    const outputs: string[] = [];
    const analyze = await runCli(["analyze", "--no-cache"], repo);
    expect(analyze.stdout).toContain("app/evil\\x1b[2J\\u202etxt.py");
    outputs.push(analyze.stdout);
    expect((await runCli(["check", "--update-baseline", "--no-cache"], repo)).code).toBe(0);
    writeFileSync(path.join(repo, "app/second\u0007\u2066.py"), "import pkg.shim\n");
    for (const format of ["text", "github", "markdown"]) {
      const run = await runCli(["check", "--no-cache", "--format", format], repo);
      expect(run.code).toBe(1);
      // Markdown escapes the backslash itself, so the page shows `\x07` too.
      expect(run.stdout).toMatch(/second\\{1,2}x07\\{1,2}u2066\.py/);
      outputs.push(run.stdout);
    }
    const migrate = await runCli(["migrate", "--no-cache"], repo);
    outputs.push(migrate.stdout, migrate.stderr);
    for (const text of outputs) noRaw(text);
  });

  it("JSON outputs (analyze --format json, SARIF) carry them as \\u escapes: same value, nothing raw", async () => {
    const repo = hostileRepo();
    writeFileSync(path.join(repo, "app/c1\u009b\u202e.py"), "import pkg.shim\n");
    const json = await runCli(["analyze", "--no-cache", "--format", "json"], repo);
    noRaw(json.stdout);
    expect(json.stdout).toContain("c1\\u009b\\u202e.py");
    const files = JSON.parse(json.stdout).consolidations[0].edges.map(
      (e: { file: string }) => e.file,
    );
    expect(files).toContain("app/c1\u009b\u202e.py");
    expect((await runCli(["check", "--update-baseline", "--no-cache"], repo)).code).toBe(0);
    writeFileSync(path.join(repo, "app/new\u009b.py"), "import pkg.shim\n");
    const sarif = await runCli(["check", "--no-cache", "--format", "sarif"], repo);
    expect(sarif.code).toBe(1);
    noRaw(sarif.stdout);
    JSON.parse(sarif.stdout);
  });

  it("visible() escapes C0, C1, DEL and bidi controls, keeping what it is told to", () => {
    expect(visible("a\u001bb\u009bc\u007fd\u202ee\u2069f\u200fg")).toBe(
      "a\\x1bb\\x9bc\\x7fd\\u202ee\\u2069f\\u200fg",
    );
    expect(visible("line\nnext\ttab", "\n")).toBe("line\nnext\\x09tab");
    expect(mdText("x\u202ey")).toBe("x\\\\u202ey");
  });

  it("error messages quoting a hostile value are escaped too", async () => {
    const repo = pythonRepo({ "ssot.config.yaml": `root: "nowhere\u001b[31m"\n${pythonConfig}` });
    const run = await runCli(["analyze", "--no-cache"], repo);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("nowhere\\x1b[31m");
    noRaw(run.stderr);
  });
});
