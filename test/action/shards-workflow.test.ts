import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type ActionStep, readYaml, repoRoot } from "../helpers/action.js";
import { runCli } from "../helpers/cli.js";
import { tempRepo } from "../helpers/temp.js";

interface ShardWorkflow {
  env: { SSOT: string };
  jobs: {
    analyze: { strategy: { matrix: { shard: number[] } }; steps: ActionStep[] };
    merge: { needs: string; steps: ActionStep[] };
  };
}

const workflow = readYaml<ShardWorkflow>("examples/ci/github-shards.yml");
const example = fileURLToPath(new URL("../../examples/websocket-ssot/", import.meta.url));
// The built CLI in place of the npm package (test/install runs the packed tarball).
const ssot = `node ${path.join(repoRoot, "bin/ssot.js")}`;

/** `${{ matrix.x }}`, `${{ strategy.job-total }}`, `${{ always() }}`; anything else fails. */
function expand(text: string, matrix: Record<string, number>, total: number): string {
  return text.replace(/\$\{\{\s*([\w.()-]+)\s*\}\}/g, (whole, e: string) => {
    if (e.startsWith("matrix.")) return String(matrix[e.slice(7)]);
    if (e === "strategy.job-total") return String(total);
    if (e === "always()") return "true";
    throw new Error(`${whole}: not known to this test's runner`);
  });
}

/**
 * One job as a runner runs it: `run` steps in bash with the workflow's env, artifacts kept in
 * a folder per name; a failed step skips the rest except `if: always()` ones.
 */
function runJob(
  steps: ActionStep[],
  workspace: string,
  artifacts: string,
  matrix: Record<string, number>,
  total: number,
) {
  const codes: number[] = [];
  let failed = false;
  for (const step of steps) {
    if (failed && expand(step.if ?? "", matrix, total) !== "true") continue;
    if (step.run) {
      const run = spawnSync("bash", ["-e", "-c", expand(step.run, matrix, total)], {
        cwd: workspace,
        env: { ...process.env, SSOT: ssot, NO_COLOR: "1" },
        encoding: "utf8",
      });
      codes.push(run.status ?? -1);
      if (run.status !== 0) failed = true;
    } else if (step.uses?.startsWith("actions/upload-artifact")) {
      const name = expand(String(step.with?.name), matrix, total);
      const dir = path.join(artifacts, name);
      mkdirSync(dir, { recursive: true });
      const from = path.join(workspace, expand(String(step.with?.path), matrix, total));
      cpSync(from, path.join(dir, path.basename(from)), { recursive: true });
    } else if (step.uses?.startsWith("actions/download-artifact")) {
      const pattern = new RegExp(`^${String(step.with?.pattern).replace("*", ".*")}$`);
      expect(step.with?.["merge-multiple"]).toBe(true);
      const into = path.join(workspace, String(step.with?.path));
      mkdirSync(into, { recursive: true });
      for (const name of readdirSync(artifacts).filter((n) => pattern.test(n)))
        cpSync(path.join(artifacts, name), into, { recursive: true });
    }
  }
  return codes;
}

describe("examples/ci/github-shards.yml: 4 shards, one merge, then check and report", () => {
  it("merges into exactly the unsharded result, and check and report read it", async () => {
    const workspace = tempRepo({});
    cpSync(example, workspace, { recursive: true });
    const artifacts = tempRepo({});
    // The committed baseline the check job compares with.
    await runCli(["check", "--no-cache", "--update-baseline"], workspace);
    const shards = workflow.jobs.analyze.strategy.matrix.shard;
    expect(shards).toEqual([1, 2, 3, 4]);
    for (const shard of shards)
      expect(runJob(workflow.jobs.analyze.steps, workspace, artifacts, { shard }, 4)).toEqual([0]);
    expect(readdirSync(artifacts).sort()).toEqual(shards.map((k) => `ssot-shard-${k}`));

    const merge = tempRepo({});
    cpSync(example, merge, { recursive: true });
    cpSync(path.join(workspace, ".ssot"), path.join(merge, ".ssot"), { recursive: true });
    // Before the job: the report it writes into the checkout is a document the next run reads.
    const unsharded = await runCli(["analyze", "--no-cache", "--format", "json"], merge);
    // merge 0, check 1 (the example's gated phase 2 is not met), report 0 (if: always()).
    expect(runJob(workflow.jobs.merge.steps, merge, artifacts, {}, 1)).toEqual([0, 1, 0]);
    expect(readFileSync(path.join(merge, "result.json"), "utf8")).toBe(unsharded.stdout);
    expect(existsSync(path.join(merge, "ssot-report/report.html"))).toBe(true);
    expect(readFileSync(path.join(merge, "ssot-report/result.json"), "utf8")).toBe(
      unsharded.stdout,
    );
    expect(existsSync(path.join(artifacts, "ssot-report/ssot-report/report.md"))).toBe(true);
  });
});
