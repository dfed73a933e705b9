import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { plainAnalyzeArgs } from "../../src/cli/plain-analyze.js";
import { runCli } from "../helpers/cli.js";
import { tempRepo } from "../helpers/temp.js";

const repo = () =>
  tempRepo({
    "ssot.config.yaml": `consolidations:
  - id: text
    paths:
      - { id: new, module: pkg.new, role: canonical }
      - { id: old, module: pkg.old, role: shim }
`,
    "pkg/__init__.py": "",
    "pkg/new.py": "def f():\n    pass\n",
    "pkg/old.py": "from pkg.new import f\n",
    "app/a.py": "from pkg.old import f\n",
  });

/** The same flags in the `--flag=value` form, which only yargs reads. */
const viaYargs = (argv: string[]) => {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (["--config", "--format", "--out", "--cache-dir"].includes(arg))
      out.push(`${arg}=${argv[++i]}`);
    else out.push(arg);
  }
  return out;
};

describe("analyze's plain-flag path (no yargs)", () => {
  it("reads only plain analyze flags; everything else is left to yargs", () => {
    expect(
      plainAnalyzeArgs(["analyze", "--config", "c.yaml", "--format", "json", "--no-cache"]),
    ).toEqual({
      config: "c.yaml",
      allowOutsideRoot: undefined,
      format: "json",
      cache: false,
    });
    expect(plainAnalyzeArgs(["analyze"])).toEqual({
      allowOutsideRoot: undefined,
      format: "text",
      cache: true,
    });
    for (const argv of [
      ["check"],
      ["analyze", "--help"],
      ["analyze", "--config=c.yaml"],
      ["analyze", "--format", "xml"],
      ["analyze", "--format", "json", "--format", "text"],
      ["analyze", "--out"],
      ["analyze", "--out", "--no-cache"],
      ["analyze", "--shard", "1/2"],
      ["analyze", "--cache", "--no-cache"],
      ["analyze", "--debug"],
      ["analyze", "extra"],
    ])
      expect(plainAnalyzeArgs(argv), argv.join(" ")).toBeUndefined();
  });

  it("gives what yargs gives: output, files written, messages and exit codes", async () => {
    const root = repo();
    const cacheDir = tempRepo({});
    for (const argv of [
      ["analyze", "--format", "json", "--no-cache"],
      ["analyze", "--no-cache"],
      ["analyze", "--cache-dir", cacheDir, "--format", "json"],
      ["analyze", "--config", "missing.yaml"],
      ["analyze", "--cache-dir", path.join(root, "app/a.py"), "--format", "json"],
    ]) {
      const plain = await runCli(argv, root);
      const yargs = await runCli(viaYargs(argv), root);
      expect(plain, argv.join(" ")).toEqual(yargs);
    }
    const missing = await runCli(["analyze", "--config", "missing.yaml"], root);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing.yaml");

    await runCli(["analyze", "--format", "json", "--out", "a.json", "--no-cache"], root);
    await runCli(["analyze", "--format=json", "--out=b.json", "--no-cache"], root);
    const written = (f: string) => readFileSync(path.join(root, f), "utf8");
    expect(written("a.json")).toBe(written("b.json"));
    expect(JSON.parse(written("a.json")).consolidations[0].totals.deprecatedStatements).toBe(1);
  });
});
