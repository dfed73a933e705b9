import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { tempRepo } from "./temp.js";

/** The repository root: the action's folder when a workflow says `uses: OWNER/ssot-tracker@…`. */
export const repoRoot = fileURLToPath(new URL("../../", import.meta.url)).replace(/\/$/, "");

export interface ActionStep {
  name?: string;
  id?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string | boolean | number>;
  "working-directory"?: string;
}

export interface ActionYaml {
  name: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export interface WorkflowJob {
  "runs-on": string;
  steps: ActionStep[];
}

export interface Workflow {
  name: string;
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, WorkflowJob>;
}

export function readYaml<T>(file: string): T {
  return parse(readFileSync(path.join(repoRoot, file), "utf8")) as T;
}

export const action = (): ActionYaml => readYaml<ActionYaml>("action.yml");

/** `${{ inputs.x }}`, `${{ github.x }}` and `${{ steps.x.outputs.y }}`; anything else is an error. */
export function evaluate(
  text: string,
  context: { inputs?: Record<string, string>; github?: Record<string, string> },
): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (whole, expression: string) => {
    const [scope, name] = [expression.split(".")[0], expression.split(".").slice(1).join(".")];
    const values = scope === "inputs" ? context.inputs : scope === "github" ? context.github : {};
    const value = values?.[name];
    if (value === undefined) throw new Error(`${whole}: not known to this test's runner`);
    return value;
  });
}

/** The `with:` of a workflow step that uses this action, with the defaults of action.yml. */
export function actionInputs(step: ActionStep, github: Record<string, string> = {}) {
  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(action().inputs)) inputs[name] = input.default ?? "";
  for (const [name, value] of Object.entries(step.with ?? {})) {
    if (!(name in inputs)) throw new Error(`input ${name} is not declared in action.yml`);
    inputs[name] = evaluate(String(value), { github });
  }
  return inputs;
}

/** The steps of a workflow job that use this action (`uses: OWNER/ssot-tracker@…`). */
export function ourSteps(job: WorkflowJob): ActionStep[] {
  return job.steps.filter((s) => /(^|\/)ssot-tracker@/.test(s.uses ?? ""));
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  /** The `uses:` steps of action.yml that a runner would run next, with their `with:`. */
  uses: ActionStep[];
}

/**
 * Run the `run:` steps of action.yml as a GitHub runner does: `bash --noprofile --norc -eo
 * pipefail` on the step's script, its `env:` and `working-directory` evaluated from the
 * inputs, GITHUB_ACTION_PATH (the action's folder), GITHUB_STEP_SUMMARY and GITHUB_OUTPUT.
 * Steps stop at the first that fails, as on a runner.
 */
export function runAction(
  inputs: Record<string, string>,
  workspace: string,
  options: { actionPath?: string; env?: Record<string, string> } = {},
): ActionRun {
  const files = tempRepo({ summary: "", output: "" });
  const summaryFile = path.join(files, "summary");
  const outputFile = path.join(files, "output");
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? files,
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTION_PATH: options.actionPath ?? repoRoot,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: files,
    XDG_CACHE_HOME: path.join(files, "cache"), // the scan cache, as on a fresh runner
    ...options.env,
  };
  let stdout = "";
  let stderr = "";
  let code = 0;
  const uses: ActionStep[] = [];
  for (const step of action().runs.steps) {
    if (step.uses) {
      uses.push(step);
      continue;
    }
    if (code !== 0 || step.run === undefined) continue;
    const env: Record<string, string> = { ...base };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = evaluate(v, { inputs });
    const dir = evaluate(step["working-directory"] ?? ".", { inputs });
    const script = path.join(files, `step-${uses.length}.sh`);
    writeFileSync(script, step.run);
    const run = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], {
      cwd: path.resolve(workspace, dir),
      env,
      encoding: "utf8",
      timeout: 600_000,
    });
    stdout += run.stdout;
    stderr += run.stderr;
    code = run.status ?? 2;
  }
  const outputs = Object.fromEntries(
    readFileSync(outputFile, "utf8")
      .split("\n")
      .filter((line) => line.includes("="))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
  const summary = existsSync(summaryFile) ? readFileSync(summaryFile, "utf8") : "";
  return { code, stdout, stderr, summary, outputs, uses };
}
