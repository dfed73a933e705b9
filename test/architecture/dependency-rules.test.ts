import { createRequire } from "node:module";
import path from "node:path";
import { cruise, type IConfiguration } from "dependency-cruiser";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/action.js";
import { tempRepo } from "../helpers/temp.js";

/**
 * The rules in .dependency-cruiser.cjs, run on a small tree shaped like src/: each one
 * must catch what it is for (a rule that never fires passes anyway).
 */
const rules = createRequire(import.meta.url)(
  path.join(repoRoot, ".dependency-cruiser.cjs"),
) as IConfiguration;

async function violations(files: Record<string, string>): Promise<string[]> {
  const dir = tempRepo({ "tsconfig.json": '{"compilerOptions":{"module":"nodenext"}}', ...files });
  const cwd = process.cwd();
  process.chdir(dir); // dependency-cruiser reports paths relative to the working folder
  try {
    const { output } = await cruise(["src"], {
      validate: true,
      ruleSet: { ...rules, options: undefined },
      tsPreCompilationDeps: true,
    } as never);
    if (typeof output === "string") throw new Error(output);
    return output.summary.violations
      .map((v) => `${v.rule.name}: ${v.from}${v.to !== v.from ? ` -> ${v.to}` : ""}`)
      .sort();
  } finally {
    process.chdir(cwd);
  }
}

const base = {
  "src/cli/main.ts": 'import { run } from "../analyze/run.js";\nexport const main = run;\n',
  "src/index.ts": 'export { run } from "./analyze/run.js";\n',
  "src/analyze/run.ts": 'import { tidy } from "../util/tidy.js";\nexport const run = tidy;\n',
  "src/util/tidy.ts": "export const tidy = () => 1;\n",
};

describe("our own dependency rules", () => {
  it("pass on a tree that keeps them", async () => {
    expect(await violations(base)).toEqual([]);
  });

  it("fail on a probe module that nothing imports", async () => {
    expect(await violations({ ...base, "src/util/probe.ts": "export const probe = 1;\n" })).toEqual(
      ["not-reachable-from-an-entry: src/util/probe.ts"],
    );
  });

  it("fail on an import between folders that the allow-list does not name", async () => {
    const found = await violations({
      ...base,
      "src/util/tidy.ts":
        'import { run } from "../analyze/run.js";\nexport const tidy = () => run;\n',
      "src/index.ts":
        'export { run } from "./analyze/run.js";\nexport { main } from "./cli/main.js";\n',
    });
    expect(found).toEqual([
      "no-circular: src/analyze/run.ts -> src/util/tidy.ts",
      "not-in-allowed: src/index.ts -> src/cli/main.ts",
      "not-in-allowed: src/util/tidy.ts -> src/analyze/run.ts",
    ]);
  });

  it("fail on file-system or process access outside workspace/ (the compiler adapter excepted)", async () => {
    const found = await violations({
      ...base,
      "src/util/tidy.ts":
        'import { readFileSync } from "node:fs";\nexport const tidy = () => readFileSync;\n',
      "src/workspace/files.ts":
        'import { readFileSync } from "node:fs";\nexport const f = readFileSync;\n',
      "src/migrate/compile.ts":
        'import { spawnSync } from "node:child_process";\nexport const c = spawnSync;\n',
      "src/index.ts":
        'export { run } from "./analyze/run.js";\nexport { f } from "./workspace/files.js";\nexport { c } from "./migrate/compile.js";\n',
    });
    expect(found).toEqual(["fs-only-in-workspace: src/util/tidy.ts -> fs"]);
  });
});
