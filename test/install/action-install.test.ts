import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actionInputs, repoRoot, runAction } from "../helpers/action.js";
import {
  findNamed,
  freshMachine,
  installSuite,
  installTestsEnabled,
  installTimeout,
} from "../helpers/install.js";
import { newFile, pythonPullRequest } from "../helpers/pull-request.js";
import { tempRepo } from "../helpers/temp.js";

/** The action's folder as a runner checks it out: this repository's files, without a build. */
function actionFolder(): string {
  const dir = path.join(tempRepo({}), "ssot-tracker");
  const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "-z"], {
    cwd: repoRoot,
    encoding: "utf8",
  })
    .split("\0")
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(path.join(repoRoot, file), path.join(dir, file));
  }
  return dir;
}

describe.skipIf(!installTestsEnabled)(installSuite("the GitHub Action on a fresh runner"), () => {
  it(
    "installs the tool in its own folder (npm ci, which builds it) and checks a Python pull request",
    async () => {
      const npmCache = execFileSync("npm", ["config", "get", "cache"], { encoding: "utf8" }).trim();
      const machine = freshMachine({ npmCache });
      const actionPath = actionFolder();
      const { workspace } = await pythonPullRequest();
      const inputs = actionInputs({ with: { "changed-since": "origin/main" } });
      const env = machine.afterInstall as Record<string, string>;
      const first = runAction(inputs, workspace, { actionPath, env });
      expect(first.stdout).toMatch(/^installed ssot-tracker \d+\.\d+\.\d+\S* in /m);
      expect(first.code, first.stderr).toBe(1);
      expect(first.stdout).toContain(`::error file=${newFile},line=1,`);
      expect(first.summary).toMatch(/^## ssot check: failed ✗$/m);
      expect(findNamed(machine.home, /^(puppeteer|ms-playwright)$/)).toEqual([]);
      // A second use in the same job finds it installed.
      const second = runAction(inputs, workspace, { actionPath, env });
      expect(second.stdout).toMatch(/^ssot-tracker \S+ is installed in /m);
      expect(second.code).toBe(1);
    },
    installTimeout,
  );
});
