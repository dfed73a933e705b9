import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scanPython } from "../../src/languages/python/scanner.js";
import { codeView } from "../../src/migrate/code-view.js";
import { findPython, listPythonFiles, stdlibDir } from "../differential/ast-diff.js";

/**
 * The shadowing check against CPython's own `symtable`: every name a file binds in any
 * scope (parameters, locals, class attributes, comprehension variables, module-level
 * assignments and definitions; imports aside) must be among the bindings migrate sees, or
 * a module-object rewrite could change what a use means. Extra bindings only refuse more.
 */
const python = findPython(process.env.SSOT_DIFF_PYTHON);

const symtableScript = `import json, symtable, sys
out = {}
for path in json.load(sys.stdin):
    try:
        table = symtable.symtable(open(path, encoding="utf-8").read(), path, "exec")
    except Exception:
        continue
    bound = set()
    stack = [table]
    while stack:
        t = stack.pop()
        stack.extend(t.get_children())
        for s in t.get_symbols():
            if not s.get_name().startswith(".") and (s.is_assigned() or s.is_parameter()):
                bound.add(s.get_name())
    out[path] = sorted(bound)
json.dump(out, sys.stdout)
`;

describe.skipIf(python === undefined)("bindings vs CPython symtable", () => {
  it("misses no binding of the standard library (private names and f-string fields aside)", () => {
    const files = listPythonFiles(stdlibDir(python ?? "python3"), [
      "site-packages",
      "test",
      "tests",
    ])
      .sort()
      .slice(0, 600);
    const run = spawnSync(python ?? "python3", ["-c", symtableScript], {
      input: JSON.stringify(files),
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(run.status).toBe(0);
    const reference = JSON.parse(run.stdout) as Record<string, string[]>;
    const missed: string[] = [];
    let checked = 0;
    for (const [file, names] of Object.entries(reference)) {
      const text = readFileSync(file, "utf8");
      const scan = scanPython(text);
      if (scan.errors.length > 0) continue;
      const view = codeView(text, scan);
      const seen = view.syntax().bindings;
      checked++;
      for (const name of names) {
        // `__x` in a class is mangled to `_C__x`: it can never be a module's root name.
        const mangled = /^_[A-Za-z0-9]\w*?__\w/.exec(name) !== null;
        if (!seen.has(name) && !mangled && !view.formatNames.has(name))
          missed.push(`${file}: ${name}`);
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(missed).toEqual([]);
  }, 120_000);
});
