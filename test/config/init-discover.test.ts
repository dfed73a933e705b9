import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { loadConfig } from "../../src/config/load.js";
import { runCli } from "../helpers/cli.js";
import { tempRepo } from "../helpers/temp.js";

const canonicals = 50;

/**
 * A library that renamed its public modules to private ones and left shims behind, as
 * large libraries do: shim i forwards to `lib._impl.mod{i % 50}`, the even ones through a
 * PEP 562 `__getattr__`, the odd ones with a module-level warning and a star import.
 */
function shimFiles(from: number, to: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = from; i < to; i++) {
    const target = `lib._impl.mod${i % canonicals}`;
    files[`lib/old${i}.py`] =
      i % 2 === 0
        ? `import warnings\n\nfrom lib._impl import mod${i % canonicals} as _impl\n\n\ndef __getattr__(name):\n    warnings.warn(f"lib.old${i}.{name} is deprecated; use ${target}", DeprecationWarning, stacklevel=2)\n    return getattr(_impl, name)\n`
        : `import warnings\n\nfrom ${target} import *  # noqa: F403\n\nwarnings.warn("lib.old${i} is deprecated; use ${target}", FutureWarning, stacklevel=2)\n`;
    files[`app/use${i}.py`] = `from lib.old${i} import Thing${i % canonicals}\n`;
  }
  return files;
}

function library(shims: number): Record<string, string> {
  const files: Record<string, string> = {
    "lib/__init__.py": "",
    "lib/_impl/__init__.py": "",
    "app/__init__.py": "",
    ...shimFiles(0, shims),
  };
  for (let c = 0; c < canonicals; c++)
    files[`lib/_impl/mod${c}.py`] = `class Thing${c}:\n    pass\n`;
  return files;
}

/** Every shim path of the config, as `shim module -> canonical module`. */
function shimsOf(dir: string): Map<string, string> {
  const config = loadConfig(dir);
  const out = new Map<string, string>();
  for (const c of config.consolidations) {
    const canonical = c.paths.find((p) => p.role === "canonical")?.module ?? "";
    for (const p of c.paths) if (p.role === "shim") out.set(p.module, canonical);
  }
  return out;
}

describe("ssot init finds every shim of a generated library", () => {
  it("150 shims (75 through __getattr__, 75 at module level) in 50 consolidations", async () => {
    const dir = tempRepo(library(150));
    const run = await runCli(["init"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("150 deprecated modules detected");
    const shims = shimsOf(dir);
    expect(shims.size).toBe(150);
    for (let i = 0; i < 150; i++)
      expect(shims.get(`lib.old${i}`)).toBe(`lib._impl.mod${i % canonicals}`);
    const config = loadConfig(dir);
    expect(config.consolidations).toHaveLength(50);
    // Analyses as written: every shim warns (phase 1 met) and every use is deprecated.
    const result = await analyze(config, { cache: false });
    expect(result.consolidations.map((c) => c.phases[0]?.status)).toEqual(
      Array.from({ length: 50 }, () => "met"),
    );
    expect(result.consolidations.reduce((n, c) => n + c.totals.deprecatedStatements, 0)).toBe(150);
  });

  it("--discover adds new shims to an edited config and keeps the edits", async () => {
    const dir = tempRepo(library(140));
    expect((await runCli(["init"], dir)).code).toBe(0);
    const file = path.join(dir, "ssot.config.yaml");
    // The user's edits: a comment, a title, a hand-written direct path.
    const edited = readFileSync(file, "utf8")
      .replace("consolidations:\n", "consolidations: # edited by hand\n")
      .replace('title: "lib._impl.mod0 SSOT"', 'title: "Thing 0, our way"')
      .replace(
        '      - { id: canonical, module: "lib._impl.mod1", role: canonical }',
        '      - { id: canonical, module: "lib._impl.mod1", role: canonical }\n      - { id: mine, module: "lib._impl", role: reexport }',
      );
    writeFileSync(file, edited);
    // 10 more shims appear: old140..old149 (to mod40..mod49, which already have consolidations).
    const more = shimFiles(140, 150);
    for (const [f, text] of Object.entries(more))
      writeFileSync(path.join(dir, f), text, { flag: "w" });
    // And one whose canonical module is new.
    writeFileSync(path.join(dir, "lib/_impl/fresh.py"), "class Fresh:\n    pass\n");
    writeFileSync(
      path.join(dir, "lib/legacy_fresh.py"),
      'import warnings\nfrom lib._impl.fresh import *  # noqa: F403\nwarnings.warn("use lib._impl.fresh", DeprecationWarning)\n',
    );
    const refresh = await runCli(["init", "--discover"], dir);
    expect(refresh.code, refresh.stderr).toBe(0);
    expect(refresh.stdout).toContain(
      "11 newly detected shims added (1 in new consolidations), 140 already configured",
    );
    const text = readFileSync(file, "utf8");
    expect(text).toContain("consolidations: # edited by hand");
    expect(text).toContain('title: "Thing 0, our way"');
    expect(text).toContain('{ id: mine, module: "lib._impl", role: reexport }');
    const shims = shimsOf(dir);
    expect(shims.size).toBe(151);
    expect(shims.get("lib.old145")).toBe("lib._impl.mod45");
    expect(shims.get("lib.legacy_fresh")).toBe("lib._impl.fresh");
    expect(loadConfig(dir).consolidations).toHaveLength(51);
    // Nothing new: the file is left as it is.
    const again = await runCli(["init", "--discover"], dir);
    expect(again.stdout).toContain("up to date");
    expect(readFileSync(file, "utf8")).toBe(text);
  });
});
