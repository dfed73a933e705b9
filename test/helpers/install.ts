import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "./action.js";
import { tempRepo } from "./temp.js";

/**
 * The install tests (test/install/) install the package as a user would, from the registry:
 * minutes each, so `npm test` skips them and `npm run test:install` (CI: .ci/run) runs them.
 */
export const installTestsEnabled =
  process.env.npm_lifecycle_event === "test:install" || process.env.SSOT_INSTALL_TESTS === "1";

export function installSuite(title: string): string {
  return installTestsEnabled ? title : `${title} (SKIPPED: run by npm run test:install)`;
}

/** Ten minutes: an install from an empty npm cache on a slow machine. */
export const installTimeout = 900_000;

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
  /** Wall time in milliseconds. */
  ms: number;
}

export function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; input?: string },
): Run {
  const start = Date.now();
  const r = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env,
    encoding: "utf8",
    input: options.input ?? "",
    timeout: installTimeout,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: r.status ?? 2,
    stdout: r.stdout ?? "",
    stderr: `${r.stderr ?? ""}${r.error ? `\n${r.error.message}` : ""}`,
    ms: Date.now() - start,
  };
}

/** The user's npm config file: registry and CA settings, never a cache or a browser. */
function userNpmrc(): string | undefined {
  const file = process.env.npm_config_userconfig ?? path.join(os.homedir(), ".npmrc");
  return existsSync(file) ? file : undefined;
}

/**
 * A fresh machine's environment: an empty HOME (no ~/.cache, so no browser anywhere), an
 * empty npm cache inside it unless `npmCache` is given, the user's npm config (registry,
 * CA) and the usual PATH. With `registryOnly`, and no proxy configured already, every other
 * host is sent to a dead proxy, so a download from anywhere but the registry fails.
 */
export function freshMachine(options: { npmCache?: string; registryOnly?: boolean } = {}) {
  const home = tempRepo({});
  const cache = options.npmCache ?? path.join(home, ".npm");
  mkdirSync(cache, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    LANG: "C.UTF-8",
    npm_config_cache: cache,
    npm_config_update_notifier: "false",
    npm_config_fund: "false",
    npm_config_audit: "false",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "Install Test",
    GIT_AUTHOR_EMAIL: "install@example.com",
    GIT_COMMITTER_NAME: "Install Test",
    GIT_COMMITTER_EMAIL: "install@example.com",
  };
  const npmrc = userNpmrc();
  if (npmrc) env.npm_config_userconfig = npmrc;
  const proxied = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"].some(
    (v) => process.env[v],
  );
  if (proxied) {
    for (const v of ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY"])
      if (process.env[v]) env[v] = process.env[v];
  }
  // What runs after the install gets no dead proxy: Chromium reads these variables too.
  const afterInstall = { ...env };
  if (!proxied && options.registryOnly) {
    const registry = execFileSync("npm", ["config", "get", "registry"], {
      env,
      encoding: "utf8",
    }).trim();
    env.HTTPS_PROXY = env.HTTP_PROXY = "http://127.0.0.1:9";
    env.NO_PROXY = new URL(registry).hostname;
  }
  return { home, env, afterInstall };
}

/** Files and folders under `dir` whose name matches, at any depth (symlinks not followed). */
export function findNamed(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (pattern.test(entry.name)) found.push(full);
    if (entry.isDirectory()) found.push(...findNamed(full, pattern));
  }
  return found;
}

/** Bytes under `dir` (files only, symlinks not followed). */
export function sizeOf(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += sizeOf(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

/**
 * This repository's files as they are in the working tree (tracked, and untracked ones git
 * does not ignore), without node_modules or a build: what a clone of this commit holds.
 */
export function sourceCopy(name: string): string {
  const dir = path.join(tempRepo({}), name);
  const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "-z"], {
    cwd: repoRoot,
    encoding: "utf8",
  })
    .split("\0")
    .filter((f) => f && existsSync(path.join(repoRoot, f)));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(path.join(repoRoot, file), path.join(dir, file));
  }
  return dir;
}
