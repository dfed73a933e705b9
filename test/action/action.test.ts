import { chmodSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  action,
  actionInputs,
  ourSteps,
  readYaml,
  repoRoot,
  runAction,
  type Workflow,
} from "../helpers/action.js";
import { newFile, pythonPullRequest } from "../helpers/pull-request.js";
import { tempRepo } from "../helpers/temp.js";

/** The README's workflows (examples/ci/), as a runner would run them on a pull request. */
const workflow = readYaml<Workflow>("examples/ci/github-workflow.yml");
const snapshotWorkflow = readYaml<Workflow>("examples/ci/github-snapshot.yml");
const github = { base_ref: "main", event_name: "pull_request" };

/** One pull request for every test: each writes only its own outputs into it. */
let shared: ReturnType<typeof pythonPullRequest> | undefined;
const pullRequest = () => {
  shared ??= pythonPullRequest();
  return shared;
};

function jobStep(wf: Workflow, job: string) {
  const [step] = ourSteps(wf.jobs[job] ?? { "runs-on": "", steps: [] });
  if (!step) throw new Error(`job ${job} does not use the action`);
  return step;
}

describe("action.yml", () => {
  it("is a composite action: install from its own folder, then one script with the inputs", () => {
    const a = action();
    expect(a.runs.using).toBe("composite");
    expect(Object.keys(a.inputs)).toEqual([
      "command",
      "format",
      "config",
      "changed-since",
      "sarif-file",
      "summary",
      "out",
      "upload-report",
      "working-directory",
    ]);
    const [install, run, upload] = a.runs.steps;
    expect(install?.run).toBe('bash "$GITHUB_ACTION_PATH/action/install.sh"');
    expect(run?.run).toBe('bash "$GITHUB_ACTION_PATH/action/run.sh"');
    // Every input the script reads is passed to it as INPUT_<NAME>.
    const script = readFileSync(path.join(repoRoot, "action/run.sh"), "utf8");
    const read = [...new Set([...script.matchAll(/\bINPUT_([A-Z_]+)/g)].map((m) => m[1]))].sort();
    expect(Object.keys(run?.env ?? {}).sort()).toEqual(read.map((n) => `INPUT_${n}`));
    for (const [name, value] of Object.entries(run?.env ?? {}))
      expect(value).toBe(`\${{ inputs.${name.slice(6).toLowerCase().replace(/_/g, "-")} }}`);
    expect(upload?.uses).toBe("actions/upload-artifact@v4");
    expect(upload?.if).toContain("inputs.upload-report == 'true'");
  });

  it("check: annotations, the job summary and the SARIF file of the README's pull-request job", async () => {
    const { workspace } = await pullRequest();
    const step = jobStep(workflow, "check");
    const inputs = actionInputs(step, github);
    expect(inputs).toMatchObject({ command: "check", "changed-since": "origin/main" });
    const run = runAction(inputs, workspace);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1); // the new deprecated import fails the job
    expect(run.stdout).toMatch(
      new RegExp(
        `^::error file=${newFile},line=1,title=ssot%3A new deprecated import \\(shim\\)::`,
        "m",
      ),
    );
    expect(run.summary).toMatch(/^## ssot check: failed ✗$/m);
    expect(run.summary).toContain(`${newFile.replace(/_/g, "\\_")}:1`);
    expect(run.summary).toContain("1 new deprecated import, 0 fixed, 0 known in 1 file changed");
    expect(run.outputs).toEqual({ "exit-code": "1" });
    const sarifFile = inputs["sarif-file"] ?? "";
    const sarif = JSON.parse(readFileSync(path.join(workspace, sarifFile), "utf8"));
    expect(sarif.runs[0].tool.driver.name).toBe("ssot-tracker");
    // Only the changed files are checked: the one new import, nothing from the baseline.
    expect(
      sarif.runs[0].results.map(
        (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          r.locations[0]?.physicalLocation.artifactLocation.uri,
      ),
    ).toEqual([newFile]);
    // The workflow uploads the file the action wrote.
    const upload = workflow.jobs.check?.steps.find((s) => s.uses?.startsWith("github/codeql"));
    expect(upload?.with?.sarif_file).toBe(sarifFile);
  });

  it("check passes on the branch's base, and says so in the summary", async () => {
    const { upstream } = await pullRequest();
    const run = runAction(actionInputs({ with: { command: "check" } }), upstream);
    expect(run.code).toBe(0);
    expect(run.summary).toMatch(/^## ssot check: passed ✓$/m);
  });

  it("report: the folder, report.md as the job summary, the report-dir output for the upload", async () => {
    const { workspace } = await pullRequest();
    const inputs = actionInputs(jobStep(workflow, "report"), github);
    expect(inputs["upload-report"]).toBe("true");
    const run = runAction(inputs, workspace);
    expect(run.code).toBe(0);
    const out = path.join(workspace, "ssot-report");
    expect(run.outputs).toEqual({ "report-dir": out, "exit-code": "0" });
    expect(run.summary).toBe(readFileSync(path.join(out, "report.md"), "utf8"));
    expect(run.summary).toMatch(/^# SSOT consolidation report\n\nssot-tracker \d+\.\d+\.\d+/);
    expect(existsSync(path.join(out, "report.html"))).toBe(true);
    expect(existsSync(path.join(out, "websocket-manager-current.svg"))).toBe(true);
    const uploaded = run.uses.map((s) => s.with?.path);
    expect(uploaded).toEqual([`\${{ steps.run.outputs.report-dir }}`]);
  });

  it("snapshot: records the history and puts the progress in the job summary", async () => {
    const { upstream } = await pullRequest();
    const run = runAction(actionInputs(jobStep(snapshotWorkflow, "snapshot")), upstream);
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(upstream, ".ssot/history.jsonl"), "utf8")).toMatch(
      /^\{"schemaVersion":1,"date":"\d{4}-\d\d-\d\d"/,
    );
    expect(run.summary).toMatch(/^# Migration progress\n/);
  });

  it("refuses an unknown command and an unusable config with exit 2 and one error", async () => {
    const { upstream } = await pullRequest();
    const bad = runAction(actionInputs({ with: { command: "deploy" } }), upstream);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain(
      '::error title=ssot-tracker::input command: expected check, report or snapshot, received "deploy"',
    );
    expect(bad.outputs).toEqual({ "exit-code": "2" });
    const missing = runAction(actionInputs({ with: { config: "nope.yaml" } }), upstream);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^ssot: .*nope\.yaml/);
    expect(missing.summary).toBe("");
  });

  it("install.sh says what to do when Node.js is too old", () => {
    const bin = tempRepo({ node: '#!/bin/sh\n[ "$1" = --version ] && echo v18.20.0\nexit 1\n' });
    chmodSync(path.join(bin, "node"), 0o755);
    const run = runAction(actionInputs({}), tempRepo({}), {
      env: { PATH: `${bin}:${process.env.PATH}` },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe(
      "::error title=ssot-tracker::Node.js v18.20.0 is too old: ssot-tracker needs 20.12 or newer (actions/setup-node)\n",
    );
  });
});
