import {
  chmodSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/action.js";
import {
  findNamed,
  freshMachine,
  installSuite,
  installTestsEnabled,
  installTimeout,
  run,
  sizeOf,
} from "../helpers/install.js";
import { tempRepo } from "../helpers/temp.js";

const { version } = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8"));
const example = path.join(repoRoot, "examples/websocket-ssot");
const snippet = (name: string) => readFileSync(path.join(repoRoot, "examples/ci", name), "utf8");

/** A Python repository under git, without package.json: the example, or it without its config. */
function pythonRepo(machine: ReturnType<typeof freshMachine>, config = true): string {
  const dir = path.join(tempRepo({}), "repo");
  cpSync(example, dir, { recursive: true });
  if (!config) rmSync(path.join(dir, "ssot.config.yaml"));
  const git = (...args: string[]) => run("git", args, { cwd: dir, env: machine.afterInstall });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "a Python repository");
  return dir;
}

describe.skipIf(!installTestsEnabled)(installSuite("the packed tarball on a fresh machine"), () => {
  let tarball = "";
  let machine: ReturnType<typeof freshMachine>;

  beforeAll(() => {
    machine = freshMachine({ registryOnly: true });
    // `npm pack` as a release would: `prepare` builds dist/ from the sources first.
    const dest = tempRepo({});
    const pack = run("npm", ["pack", "--pack-destination", dest], {
      cwd: repoRoot,
      env: process.env,
    });
    expect(pack.status, pack.stderr).toBe(0);
    tarball = path.join(dest, `ssot-tracker-${version}.tgz`);
    expect(existsSync(tarball)).toBe(true);
  }, installTimeout);

  it(
    "installs into a Python repository with only the registry reachable, downloading no browser; npx ssot analyze and report work there",
    () => {
      const dir = pythonRepo(machine);
      writeFileSync(path.join(dir, ".gitignore"), "node_modules/\nout/\n");
      const install = run("npm", ["install", "--no-audit", "--no-fund", tarball], {
        cwd: dir,
        env: machine.env,
      });
      expect(install.status, install.stderr).toBe(0);
      const modules = path.join(dir, "node_modules");
      console.log(
        `install: ${(install.ms / 1000).toFixed(1)} s from an empty npm cache, ${(sizeOf(modules) / 1e6).toFixed(0)} MB in node_modules, tarball ${(statSync(tarball).size / 1e3).toFixed(0)} kB`,
      );
      // No browser anywhere: not in HOME's caches, not in node_modules, no install script.
      expect(findNamed(machine.home, /^(puppeteer|ms-playwright|chrome.*)$/)).toEqual([]);
      // (A downloaded browser is a folder or binary of these names; @puppeteer/browsers'
      // sources, chrome-headless-shell.js and the like, are not.)
      const browsers =
        /^(chrome|chrome-headless-shell|chrome-linux\d*|chrome-headless-shell-linux\d*|\.local-chromium)$/;
      expect(findNamed(modules, browsers)).toEqual([]);
      expect(existsSync(path.join(modules, "puppeteer"))).toBe(false);
      const lock = JSON.parse(readFileSync(path.join(dir, "package-lock.json"), "utf8"));
      const scripted = Object.entries(
        lock.packages as Record<string, { hasInstallScript?: boolean }>,
      )
        .filter(([, p]) => p.hasInstallScript)
        .map(([name]) => name);
      expect(scripted).toEqual([]);

      const npx = (...args: string[]) => run("npx", args, { cwd: dir, env: machine.afterInstall });
      expect(npx("ssot", "--version").stdout).toBe(`${version}\n`);
      const analyze = npx("ssot", "analyze");
      expect(analyze.status, analyze.stderr).toBe(0);
      expect(analyze.stdout.split("\n")[0]).toBe(
        `ssot-tracker ${version}: 18 Python files scanned, 1 parse error, 0 skipped`,
      );
      const report = npx("ssot", "report");
      expect(report.status, report.stderr).toBe(0);
      const out = path.join(dir, "out");
      const svgs = readdirSync(out).filter((f) => f.endsWith(".svg"));
      // Drawn in Node: no browser needed.
      expect(svgs.length).toBe(2);
      expect(report.stderr.split("\n")[0]).toBe(
        "wrote out/report.html, report.md, result.json and 2 diagrams (.mmd, 2 .svg)",
      );
      expect(readFileSync(path.join(out, "report.html"), "utf8")).toMatch(
        /<svg[^>]+id="ssot-d0-current-wide"/,
      );
    },
    installTimeout,
  );

  it(
    "runs the README's npx lines in a repository without package.json, and writes nothing else there",
    () => {
      const dir = pythonRepo(machine, false);
      const lines = snippet("npx.sh")
        .split("\n")
        .filter((line) => line.startsWith("npx "))
        .map((line) => line.replace(/\s+#.*$/, "").replace(`ssot-tracker@${version}`, tarball));
      expect(lines.map((l) => l.split(" ").slice(4, 5)[0])).toEqual([
        "init",
        "analyze",
        "check",
        "report",
      ]);
      for (const line of lines) {
        const r = run("sh", ["-c", line], { cwd: dir, env: machine.afterInstall });
        expect(r.status, `${line}\n${r.stderr}`).toBe(0);
      }
      const status = run("git", ["status", "--porcelain", "--untracked-files=all"], {
        cwd: dir,
        env: machine.afterInstall,
      }).stdout;
      const written = [
        ...new Set(
          status
            .split("\n")
            .filter(Boolean)
            .map((l) => l.slice(3).split("/")[0]),
        ),
      ];
      expect(written.sort()).toEqual([".ssot", "out", "ssot.config.yaml"]);
    },
    installTimeout,
  );

  it(
    "the README's plain git hook refuses a commit that adds a deprecated import, and lets a clean one through",
    () => {
      const dir = pythonRepo(machine);
      const npx = `npx --yes --package=${tarball} ssot`;
      const baseline = run("sh", ["-c", `${npx} check --update-baseline`], {
        cwd: dir,
        env: machine.afterInstall,
      });
      expect(baseline.status, baseline.stderr).toBeLessThanOrEqual(1); // the example's gate is not met
      const git = (...args: string[]) => run("git", args, { cwd: dir, env: machine.afterInstall });
      // Gates aside: the hook is about new imports.
      const config = path.join(dir, "ssot.config.yaml");
      writeFileSync(config, readFileSync(config, "utf8").replace("gate: true", "gate: false"));
      git("add", "-A");
      expect(git("commit", "-q", "-m", "baseline").status).toBe(0);

      const hook = path.join(dir, ".git/hooks/pre-commit");
      writeFileSync(hook, snippet("pre-commit").replace(`ssot-tracker@${version}`, tarball));
      chmodSync(hook, 0o755);
      writeFileSync(
        path.join(dir, "netra_backend/app/services/new_service.py"),
        "from netra_backend.app.websocket_core.manager import WebSocketManager\n",
      );
      git("add", "-A");
      const refused = git("commit", "-m", "a deprecated import");
      expect(refused.status).not.toBe(0);
      expect(refused.stdout + refused.stderr).toContain(
        "netra_backend/app/services/new_service.py:1  use: from netra_backend.app.websocket_core.websocket_manager import WebSocketManager\n    instead of: from netra_backend.app.websocket_core.manager import WebSocketManager",
      );
      writeFileSync(
        path.join(dir, "netra_backend/app/services/new_service.py"),
        "from netra_backend.app.websocket_core.websocket_manager import WebSocketManager\n",
      );
      git("add", "-A");
      const accepted = git("commit", "-q", "-m", "the canonical import");
      expect(accepted.status, accepted.stdout + accepted.stderr).toBe(0);
    },
    installTimeout,
  );
});
