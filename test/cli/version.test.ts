import { spawnSync } from "node:child_process";
import { cpSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toolVersion } from "../../src/version.js";
import { repoRoot } from "../helpers/action.js";
import { runCli } from "../helpers/cli.js";
import { tempRepo } from "../helpers/temp.js";

const { version } = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8"));

describe("the version", () => {
  it("ssot --version prints package.json's version", () => {
    expect(toolVersion).toBe(version);
    const run = spawnSync(process.execPath, [path.join(repoRoot, "bin/ssot.js"), "--version"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${version}\n`);
  });

  it("heads every output: analyze, check in each format, report, progress, the baseline", async () => {
    const dir = tempRepo({});
    cpSync(path.join(repoRoot, "examples/websocket-ssot"), dir, { recursive: true });
    const run = async (...argv: string[]) => (await runCli([...argv, "--no-cache"], dir)).stdout;
    const tool = `ssot-tracker ${version}`;

    expect((await run("analyze")).split("\n")[0]).toMatch(new RegExp(`^${tool}: `));
    expect(JSON.parse(await run("analyze", "--format", "json")).tool.version).toBe(version);

    await run("check", "--update-baseline");
    const baseline = JSON.parse(readFileSync(path.join(dir, ".ssot/baseline.json"), "utf8"));
    expect(baseline.tool.version).toBe(version);
    expect((await run("check")).split("\n")[0]).toContain(`ssot check (${tool}): `);
    expect((await run("check", "--format", "github")).trimEnd().split("\n").at(-1)).toMatch(
      new RegExp(`^::(notice|error) title=ssot check \\(${tool}\\)::`),
    );
    expect((await run("check", "--format", "markdown")).split("\n")[2]).toMatch(
      new RegExp(`^${tool} · `),
    );
    expect((await run("check", "--format", "junit")).split("\n")[1]).toBe(`<!-- ${tool} -->`);
    const sarif = JSON.parse(await run("check", "--format", "sarif"));
    expect(sarif.runs[0].tool.driver).toMatchObject({ name: "ssot-tracker", version });

    const out = tempRepo({});
    await runCli(["report", "--no-cache", "--no-svg", "--out", out], dir);
    expect(readFileSync(path.join(out, "report.md"), "utf8").split("\n")[2]).toMatch(
      new RegExp(`^${tool} · `),
    );
    const html = readFileSync(path.join(out, "report.html"), "utf8");
    expect(html).toContain(`<meta name="generator" content="${tool}">`);
    expect(html).toContain(`<p class="meta">${tool}`);

    await run("snapshot", "--date", "2025-01-06");
    const progress = async (...argv: string[]) => (await runCli(["progress", ...argv], dir)).stdout;
    expect((await progress()).split("\n")[2]).toMatch(new RegExp(`^${tool} · 1 history point`));
    const page = await progress("--format", "html");
    expect(page).toContain(`<meta name="generator" content="${tool}">`);
    expect(page).toContain(`<p class="meta">${tool} · 1 history point`);
  });
});
