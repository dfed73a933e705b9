import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import type { PythonScan } from "../../../src/languages/python/scan-types.js";
import { scanPython } from "../../../src/languages/python/scanner.js";

// A full collection on demand: the only way to see what a scan keeps alive.
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

/** Each thing a scan records as text, spelled long enough (13+ characters) to be a slice. */
const recorded: [string, string, (s: PythonScan) => unknown][] = [
  ["an imported module", "import module_name_long_enough", (s) => s.imports[0]?.names],
  ["an imported name", "from pkg import LongEnoughImportedName", (s) => s.imports[0]?.names],
  [
    "a class and its bases",
    "class SomeClassName(base_module.BaseClassName): pass",
    (s) => s.classes,
  ],
  ["a dotted string", 'REF = "dotted.string.literal_name"', (s) => s.strings[0]?.value],
  ["a module-level name", "long_enough_module_name = 1", (s) => s.definedNames],
  ["__all__", '__all__ = ["exported_long_name"]', (s) => s.dunderAll],
  [
    "a warning's message",
    'import warnings\nwarnings.warn("a message long enough to be a slice", DeprecationWarning)',
    (s) => s.warnings[0]?.message,
  ],
  ["a pragma's reason", "import os  # ssot: allow -- a reason long enough", (s) => s.pragmas],
];

/** About 600 KB of text per file (one docstring: quick to scan). */
const padding = `"""${"x".repeat(600_000)}"""`;

describe("scanPython keeps no file's text alive", () => {
  it.each(recorded)("through %s", (_what, line, read) => {
    const scans: PythonScan[] = [];
    gc();
    const before = v8.getHeapStatistics().used_heap_size;
    for (let i = 0; i < 8; i++) scans.push(scanPython(`${line}\n${padding}`));
    gc();
    const grown = v8.getHeapStatistics().used_heap_size - before;
    for (const scan of scans) expect(read(scan)).toBeTruthy();
    // Kept texts would be 8 × 600 KB; the scans themselves take a few KB.
    expect(grown).toBeLessThan(1_000_000);
  });
});
