import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { commit, git, initRepo } from "../check/git-repo.js";
import { runCli } from "./cli.js";
import { tempRepo } from "./temp.js";

const example = fileURLToPath(new URL("../../examples/websocket-ssot/", import.meta.url));

/** The import a pull request adds: a shim path the baseline does not hold. */
export const newImport = "from netra_backend.app.websocket_core.manager import WebSocketManager\n";
export const newFile = "netra_backend/app/services/new_service.py";

/**
 * A pull request in a Python repository, as a runner checks it out: `main` (the bundled
 * example, its phase-2 gate off, with its committed baseline) in an upstream repository, cloned, and a branch
 * `feature` that adds one deprecated import. `origin/main` is the merge base's side.
 */
export async function pythonPullRequest(): Promise<{ upstream: string; workspace: string }> {
  const upstream = initRepo();
  cpSync(example, upstream, { recursive: true });
  // Only the new import fails the check: the example's gated phase 2 is not met yet.
  const config = path.join(upstream, "ssot.config.yaml");
  writeFileSync(config, readFileSync(config, "utf8").replace("gate: true", "gate: false"));
  const baseline = await runCli(["check", "--update-baseline", "--no-cache"], upstream);
  if (baseline.code > 1) throw new Error(`no baseline: ${baseline.stderr}`);
  commit(upstream, {}, "main with its baseline", "2025-01-06T10:00:00Z");
  const workspace = path.join(tempRepo({}), "repo");
  git(path.dirname(workspace), ["clone", "-q", upstream, workspace]);
  git(workspace, ["checkout", "-q", "-b", "feature"]);
  commit(workspace, { [newFile]: newImport }, "a new deprecated import", "2025-01-07T10:00:00Z");
  return { upstream, workspace };
}
