import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/action.js";
import { installSuite, installTestsEnabled, installTimeout, run } from "../helpers/install.js";
import { newFile, pythonPullRequest } from "../helpers/pull-request.js";
import { tempRepo } from "../helpers/temp.js";

/** Debian's pre-commit package (apt-get install pre-commit); the test skips without it. */
const hasPreCommit = spawnSync("pre-commit", ["--version"]).status === 0;
const title = installSuite("the pre-commit hook (.pre-commit-hooks.yaml)");

describe.skipIf(!installTestsEnabled || !hasPreCommit)(
  hasPreCommit ? title : `${title} (SKIPPED: no pre-commit; apt-get install pre-commit)`,
  () => {
    it(
      "pre-commit try-repo installs it with the system's Node.js and fails a commit adding a deprecated import",
      async () => {
        const { workspace } = await pythonPullRequest();
        // The branch's commit undone into the index: what a developer is about to commit.
        // The user's own npm config and cache: pre-commit reads ~/.npmrc, nothing else.
        const env = { ...process.env, PRE_COMMIT_HOME: path.join(tempRepo({}), "pre-commit") };
        expect(
          run("git", ["reset", "-q", "--soft", "HEAD~1"], { cwd: workspace, env }).status,
        ).toBe(0);
        const tryRepo = run("pre-commit", ["try-repo", repoRoot, "ssot-check"], {
          cwd: workspace,
          env,
        });
        const output = tryRepo.stdout + tryRepo.stderr;
        console.log(`pre-commit try-repo: ${(tryRepo.ms / 1000).toFixed(0)} s (installs the hook)`);
        expect(tryRepo.status, output).toBe(1);
        expect(output).toMatch(/^ssot check \(no new deprecated imports\)\.+Failed$/m);
        expect(output).toContain("- exit code: 1");
        expect(output).toContain(
          `${newFile}:1  use: from netra_backend.app.websocket_core.websocket_manager import WebSocketManager\n    instead of: from netra_backend.app.websocket_core.manager import WebSocketManager`,
        );
      },
      installTimeout,
    );
  },
);
