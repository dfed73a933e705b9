import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  InputError
} from "./chunk-XGZIY2SH.js";

// dist/workspace/git.js
import { spawn, spawnSync } from "node:child_process";
var guard = [
  ...["core.fsmonitor=false", "core.hooksPath=/dev/null", "log.showSignature=false"],
  ...["gpg.program=false", "gpg.ssh.program=false", "gpg.x509.program=false"]
].flatMap((setting) => ["-c", setting]);
var environment = {
  ...process.env,
  GIT_OPTIONAL_LOCKS: "0",
  GIT_TERMINAL_PROMPT: "0",
  GIT_PAGER: "cat"
};
var maxBuffer = 1 << 30;
function runGit(cwd, args, input) {
  const run = spawnSync("git", [...guard, ...args], {
    cwd,
    input,
    env: environment,
    maxBuffer,
    stdio: ["pipe", "pipe", "pipe"]
  });
  return {
    status: run.status,
    stdout: run.stdout ?? Buffer.alloc(0),
    stderr: run.stderr?.toString("utf8").trim() ?? "",
    error: run.error
  };
}
function runGitAsync(cwd, args) {
  return new Promise((resolve) => {
    const out = [];
    const err = [];
    const child = spawn("git", [...guard, ...args], {
      cwd,
      env: environment,
      stdio: ["ignore", "pipe", "pipe"]
    });
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", (error) => resolve({ status: null, stdout: Buffer.alloc(0), stderr: "", error }));
    child.on("close", (status) => resolve({
      status,
      stdout: Buffer.concat(out),
      stderr: Buffer.concat(err).toString("utf8").trim()
    }));
  });
}
function git(cwd, args, input) {
  const run = runGit(cwd, args, input);
  if (run.error) {
    const missing = run.error.code === "ENOENT";
    throw new InputError(missing ? "git is not installed or not on PATH" : `git ${args[0]}: ${run.error.message}`, { cause: run.error });
  }
  if (run.status !== 0) {
    const detail = run.stderr.split("\n")[0] || `exit ${run.status}`;
    throw new InputError(`git ${args.join(" ")} failed in ${cwd}: ${detail}`);
  }
  return run.stdout;
}
function gitText(cwd, args) {
  const run = runGit(cwd, args);
  return run.error || run.status !== 0 ? void 0 : run.stdout.toString("utf8");
}
var headArgs = ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"];
function commitOf(run) {
  const id = run.error || run.status !== 0 ? "" : run.stdout.toString("utf8").trim();
  return /^[0-9a-f]{40,64}$/.test(id) ? id : void 0;
}
function headCommit(cwd) {
  return commitOf(runGit(cwd, headArgs));
}
async function headCommitAsync(cwd) {
  return commitOf(await runGitAsync(cwd, headArgs));
}

export {
  runGit,
  runGitAsync,
  git,
  gitText,
  headCommit,
  headCommitAsync
};
