import { describe, expect, it } from "vitest";
import { analyze, wantedFile } from "../../src/analyze/index.js";
import { loadConfig } from "../../src/config/load.js";
import { tempRepo } from "../helpers/temp.js";

const files = {
  "src/new.ts": "export const f = 1;\n",
  "src/old.ts": "export { f } from './new';\n",
  "src/app.ts": "import { f } from './old';\nexport const g = f;\n",
  "pkg/__init__.py": "",
  "pkg/new.py": "def f():\n    pass\n",
  "pkg/old.py": "from pkg.new import f\n",
  "app.py": "from pkg.old import f\n",
};

const consolidation = (id: string, canonical: string, shim: string) => `  - id: ${id}
    paths:
      - { id: new, module: ${canonical}, role: canonical }
      - { id: old, module: ${shim}, role: shim }
    phases:
      - id: done
        criteria:
          - { metric: deprecated-share, max: 0.1 }
`;
const js = consolidation("ts", "src/new.ts", "src/old.ts");
const py = consolidation("py", "pkg.new", "pkg.old");

describe("one language's configuration reads only that language's files", () => {
  it("a JS/TS-only config wants no .py file, a Python-only one no JS/TS file", () => {
    const jsOnly = wantedFile(
      loadConfig(tempRepo({ ...files, "ssot.config.yaml": `consolidations:\n${js}` })),
    );
    expect(jsOnly("app.py")).toBe(false);
    expect(jsOnly("src/app.ts")).toBe(true);
    const pyOnly = wantedFile(
      loadConfig(tempRepo({ ...files, "ssot.config.yaml": `consolidations:\n${py}` })),
    );
    expect(pyOnly("app.py")).toBe(true);
    expect(pyOnly("src/app.ts")).toBe(false);
    const both = wantedFile(
      loadConfig(tempRepo({ ...files, "ssot.config.yaml": `consolidations:\n${js}${py}` })),
    );
    expect([both("app.py"), both("src/app.ts")]).toEqual([true, true]);
  });

  it("counts no Python file in a JS/TS-only analysis and no JS/TS file in a Python-only one", async () => {
    const jsRoot = tempRepo({ ...files, "ssot.config.yaml": `consolidations:\n${js}` });
    const jsResult = await analyze(loadConfig(jsRoot), { cache: false, workers: 0 });
    expect(jsResult.files).toMatchObject({ python: 0, javascript: 3, scanned: 3 });
    expect(jsResult.consolidations[0]?.totals).toMatchObject({
      statements: 1,
      deprecatedStatements: 1,
    });

    const pyRoot = tempRepo({ ...files, "ssot.config.yaml": `consolidations:\n${py}` });
    const pyResult = await analyze(loadConfig(pyRoot), { cache: false, workers: 0 });
    expect(pyResult.files).toMatchObject({ python: 4, scanned: 4 });
    expect(pyResult.files.javascript).toBeUndefined();
  });
});
