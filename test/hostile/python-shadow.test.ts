import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hasPython } from "../migrate/tree.js";
import { pythonRepo, runBuilt } from "./repo.js";

/**
 * migrate's compile check runs python3 in the repository being migrated. Python puts the
 * current folder first on `sys.path`, so a `json.py` there would be imported by our own
 * script, and run, unless the interpreter is isolated.
 */
describe.skipIf(!hasPython)("a repository whose files shadow Python's standard library", () => {
  it("migrate --write compiles the batch without importing any of them", () => {
    const marks = mkdtempSync(path.join(os.tmpdir(), "ssot-marks-"));
    const planted = (name: string) =>
      `open(${JSON.stringify(path.join(marks, name))}, "w").write("ran")\n`;
    const repo = pythonRepo({
      "json.py": planted("json"),
      "warnings.py": planted("warnings"),
      "sitecustomize.py": planted("sitecustomize"),
    });
    const run = runBuilt(["migrate", "--write", "--no-cache"], repo);
    expect(run.stdout.split("\n")[0]).toBe("1 planned, 1 applied, 0 refused; success rate 1");
    expect(readFileSync(path.join(repo, "app/uses.py"), "utf8")).toBe(
      "from pkg.canon import Manager\n",
    );
    for (const name of ["json", "warnings", "sitecustomize"])
      expect(existsSync(path.join(marks, name)), name).toBe(false);
  });
});
