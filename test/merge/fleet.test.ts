import { cpSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { AnalysisResult } from "../../src/result/schema.js";
import { runCli } from "../helpers/cli.js";
import { tempRepo } from "../helpers/temp.js";

const example = fileURLToPath(new URL("../../examples/websocket-ssot/", import.meta.url));

describe("ssot merge --fleet: two repositories, one organisation", () => {
  let org: string;
  let fleet: AnalysisResult;
  beforeAll(async () => {
    const root = tempRepo({});
    // Two fixture repositories with the same consolidation: the example (16 statements, 12
    // deprecated) and the example without its test module (12 statements, 9 deprecated).
    for (const name of ["api", "web"]) cpSync(example, path.join(root, name), { recursive: true });
    rmSync(path.join(root, "web/tests/test_websocket_manager.py"));
    org = path.join(root, "org");
    for (const name of ["api", "web"]) {
      mkdirSync(path.join(org, "results", name), { recursive: true });
      const run = await runCli(
        [
          "analyze",
          "--no-cache",
          "--format",
          "json",
          "--out",
          `../org/results/${name}/result.json`,
        ],
        path.join(root, name),
      );
      expect(run.code, run.stderr).toBe(0);
    }
    const merged = await runCli(
      [
        "merge",
        "--fleet",
        "results/web/result.json",
        "results/api/result.json",
        "--name",
        "acme/web",
        "--name",
        "acme/api",
        "--out",
        "fleet.json",
      ],
      org,
    );
    expect(merged.code, merged.stderr).toBe(0);
    fleet = JSON.parse(readFileSync(path.join(org, "fleet.json"), "utf8"));
  });

  it("sums the same consolidation id; each repository keeps its name", () => {
    expect(fleet.consolidations.map((c) => c.id)).toEqual(["websocket-manager"]);
    const [c] = fleet.consolidations;
    expect(c?.totals).toMatchObject({
      statements: 28,
      deprecatedStatements: 21,
      files: 15,
      deprecatedFiles: 13,
    });
    expect(c?.deprecatedShare).toEqual({ statements: 0.75, files: 0.8667 });
    expect(c?.paths.map((p) => [p.id, p.statements])).toEqual([
      ["canonical", 7],
      ["manager", 13],
      ["unified-manager", 6],
      ["package", 2],
    ]);
    expect(
      fleet.fleet?.repositories.map((r) => [r.name, r.consolidations[0]?.totals.statements]),
    ).toEqual([
      ["acme/api", 16],
      ["acme/web", 12],
    ]);
    expect(new Set(c?.edges.map((e) => e.file.split("/").slice(0, 2).join("/")))).toEqual(
      new Set(["acme/api", "acme/web"]),
    );
    expect(fleet.files.python).toBe(18 + 17);
  });

  it("report renders the organisation's share per repository and per path, without a config", async () => {
    const run = await runCli(["report", "--result", "fleet.json", "--out", "rep", "--no-svg"], org);
    expect(run.code, run.stderr).toBe(0);
    const md = readFileSync(path.join(org, "rep/report.md"), "utf8");
    expect(md).toContain("## Organisation: 2 repositories");
    expect(md).toContain("| `acme/api` | 16 | 12 | 75.0% | 4 | 8 | 3 | 1 |");
    expect(md).toContain("| `acme/web` | 12 | 9 | 75.0% | 3 | 5 | 3 | 1 |");
    expect(md).toContain("| **all 2 repositories** | 28 | 21 | 75.0% | 7 | 13 | 6 | 2 |");
    const html = readFileSync(path.join(org, "rep/report.html"), "utf8");
    expect(html).toContain('<h2 id="organisation-title">Organisation: 2 repositories</h2>');
    expect(html).toContain('<th scope="row"><code>acme/web</code></th><td class="num">12</td>');
    expect(html).toContain("acme/web/netra_backend/app/routes/websocket.py");
  });

  it("snapshot writes fleet lines; progress shows the organisation and each repository", async () => {
    expect(
      (await runCli(["snapshot", "--result", "fleet.json", "--date", "2026-11-24"], org)).code,
    ).toBe(0);
    const progress = await runCli(["progress"], org);
    expect(progress.code, progress.stderr).toBe(0);
    expect(progress.stdout).toContain("## websocket-manager (websocket-manager)");
    expect(progress.stdout).toContain(
      "## websocket-manager\\@acme/web (websocket-manager\\@acme/web)",
    );
    expect(progress.stdout).toContain(
      "## websocket-manager\\@acme/api (websocket-manager\\@acme/api)",
    );
  });

  it("names from the folders; refuses two results of one name, and shard files", async () => {
    const named = await runCli(
      ["merge", "--fleet", "results/api/result.json", "results/web/result.json"],
      org,
    );
    expect(named.code).toBe(0);
    const result = JSON.parse(named.stdout) as AnalysisResult;
    expect(result.fleet?.repositories.map((r) => r.name)).toEqual(["api", "web"]);
    const twice = await runCli(
      [
        "merge",
        "--fleet",
        "results/api/result.json",
        "results/web/result.json",
        "--name",
        "x",
        "--name",
        "x",
      ],
      org,
    );
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("are both named x");
    const again = await runCli(["merge", "--fleet", "fleet.json", "results/api/result.json"], org);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already a fleet result");
  });
});
