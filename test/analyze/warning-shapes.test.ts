import { cpSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectRepository } from "../../src/analyze/detect.js";
import { runCli } from "../helpers/cli.js";
import { fixturePath } from "../helpers/fixture.js";
import { tempRepo } from "../helpers/temp.js";

/**
 * test/fixtures/python/warning-shapes: ten shims, one per way real code warns of a
 * deprecation, and two modules that warn of something else (a RuntimeWarning; a
 * DeprecationWarning raised inside a function, at run time).
 */
const dir = fixturePath("python/warning-shapes");

interface Criterion {
  metric: string;
  status: string;
  actual: number;
  evidence: string[];
}

describe("deprecation warnings, found the way real code writes them", () => {
  it("init's detection finds every shape, and the module each shim forwards to", async () => {
    const found = (await detectRepository(dir)).warningModules;
    expect(found.map((w) => `${w.module} -> ${w.canonical}`)).toEqual([
      "lib.old_bare -> lib.core", // from warnings import warn; warn(…)
      "lib.old_future -> lib.core", // FutureWarning, through `warn as _warn`
      "lib.old_getattr -> lib._impl", // PEP 562 __getattr__ with getattr(_impl, name)
      "lib.old_getattr_star -> lib._impl", // PEP 562 __getattr__ beside `from X import *`
      "lib.old_in_if -> lib.core", // inside a module-level if
      "lib.old_in_try -> lib.core", // inside try/else and with
      "lib.old_keyword -> lib.core", // category= after other keywords
      "lib.old_pending -> lib.core", // PendingDeprecationWarning, `import warnings as _w`
      "lib.old_positional -> lib.core", // warnings.warn(msg, DeprecationWarning)
      "lib.old_subclass -> lib.core", // a repository class two levels below DeprecationWarning
    ]);
    expect(found.find((w) => w.module === "lib.old_getattr")?.message).toBe(
      "lib.old_getattr.{name} is deprecated; use lib._impl",
    );
  });

  it("init writes one consolidation per canonical module, which analyses as written", async () => {
    const repo = tempRepo({});
    cpSync(dir, repo, { recursive: true });
    expect((await runCli(["init"], repo)).code).toBe(0);
    const config = readFileSync(path.join(repo, "ssot.config.yaml"), "utf8");
    expect(config.match(/role: canonical/g)).toHaveLength(2);
    expect(config.match(/role: shim/g)).toHaveLength(10);
    const run = await runCli(["analyze", "--no-cache", "--format", "json"], repo);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      consolidations: { id: string; phases: { criteria: Criterion[] }[] }[];
    };
    const warned = result.consolidations.map((c) => {
      const k = c.phases
        .flatMap((p) => p.criteria)
        .find((x) => x.metric === "deprecation-warnings");
      return `${c.id} ${k?.status} ${k?.actual} ${k?.evidence.length}`;
    });
    expect(warned).toEqual(["impl met 1 2", "core met 1 8"]); // every shim of both warns
  });
});
