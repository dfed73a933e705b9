import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { scanFromText, scanText } from "../../../src/languages/python/scan-codec.js";
import type { PythonScan } from "../../../src/languages/python/scan-types.js";
import { scanPython } from "../../../src/languages/python/scanner.js";
import { shareNames } from "../../../src/languages/python/shared-text.js";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

// Names of 5,000 characters: a copy of each in every scan would dwarf everything else.
const long = "n".repeat(5000);
const source = [
  `import pkg_${long} as alias_${long}`,
  `from mod_${long} import (Name_${long},`,
  "    Second)",
  `defined_${long} = 1`,
  "__all__ = ['Second']",
].join("\n");

/** Heap bytes each of 1,000 scans made by `make(i)` keeps, after a full collection. */
function bytesPerScan(make: (i: number) => PythonScan): { perScan: number; last: PythonScan } {
  const scans: PythonScan[] = [];
  gc();
  const before = v8.getHeapStatistics().used_heap_size;
  for (let i = 0; i < 1000; i++) {
    const scan = make(i);
    // A stored scan keeps these as its cache line's text until first read.
    void [scan.moduleNames, scan.definedNames, scan.classes];
    scans.push(scan);
  }
  gc();
  const used = v8.getHeapStatistics().used_heap_size - before;
  return { perScan: used / scans.length, last: scans[999] as PythonScan };
}

// A copy of the five long names in each scan is over 25,000 bytes a scan; shared, a scan
// keeps its own small objects only (measured: 1–3 KB).
const limit = 10_000;

describe("scans share the names every file repeats", () => {
  it("in the scanner's own scans: imported modules and names, module-level names", () => {
    // Each file's text is its own string, as files read from disk are.
    const { perScan, last } = bytesPerScan((i) => scanPython(`${source}\n# file ${i}\n`));
    expect(last.imports.map((s) => [s.module, ...s.names.map((n) => n.alias ?? n.name)])).toEqual([
      ["", `alias_${long}`],
      [`mod_${long}`, `Name_${long}`, "Second"],
    ]);
    expect(last.definedNames).toEqual([`defined_${long}`, "__all__"]);
    expect(perScan).toBeLessThan(limit);
  });

  it("in scans read back from the cache", () => {
    const fresh = scanPython(source);
    const text = scanText(fresh);
    const { perScan, last } = bytesPerScan(() => scanFromText(text));
    expect(last).toEqual(fresh);
    expect(perScan).toBeLessThan(limit);
  });

  it("in a scanning thread's clones", () => {
    const fresh = scanPython(source);
    const { perScan, last } = bytesPerScan(() => shareNames(structuredClone(fresh)));
    expect(last).toEqual(fresh);
    expect(perScan).toBeLessThan(limit);
  });
});
