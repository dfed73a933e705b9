import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { actionInputs, runAction } from "../helpers/action.js";
import {
  findNamed,
  freshMachine,
  installSuite,
  installTestsEnabled,
  installTimeout,
  sourceCopy,
} from "../helpers/install.js";
import { newFile, pythonPullRequest } from "../helpers/pull-request.js";

describe.skipIf(!installTestsEnabled)(installSuite("the GitHub Action on a fresh runner"), () => {
  it(
    "installs the tool in its own folder (npm ci, which builds it) and checks a Python pull request",
    async () => {
      const npmCache = execFileSync("npm", ["config", "get", "cache"], { encoding: "utf8" }).trim();
      const machine = freshMachine({ npmCache });
      const actionPath = sourceCopy("ssot-tracker"); // as a runner checks the action out
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
