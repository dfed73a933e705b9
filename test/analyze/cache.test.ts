import { utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ScanCache } from "../../src/analyze/cache.js";
import { discoverWorkingTree } from "../../src/analyze/discover.js";
import { scanPythonFiles } from "../../src/analyze/python/scan-files.js";
import { readFromDisk } from "../../src/analyze/source.js";
import { tempRepo } from "../helpers/temp.js";

const py = { accept: (n: string) => n.endsWith(".py"), exclude: [] };
const disk = (root: string) => ({ readMany: readFromDisk((f) => path.join(root, f)) });

describe("the scan cache", () => {
  it("rescans only changed files, forgets deleted ones and survives corruption", () => {
    const root = tempRepo({ "a.py": "import os\n", "b.py": "import sys\n" });
    const cacheDir = tempRepo({});
    const run = () => {
      const cache = ScanCache.open(cacheDir, root, "test");
      const files = discoverWorkingTree({ root, ...py }).files;
      const scanned = scanPythonFiles(files, disk(root), cache);
      cache.save(new Set(files.map((f) => f.file)));
      return scanned;
    };
    expect(run().scannedFresh).toBe(2);
    expect(run().scannedFresh).toBe(0);

    writeFileSync(path.join(root, "b.py"), "import json\n");
    utimesSync(path.join(root, "b.py"), new Date(), new Date(Date.now() + 5000));
    const changed = run();
    expect(changed.scannedFresh).toBe(1);
    expect(changed.scans.get("b.py")?.imports.map((i) => i.names[0]?.name)).toEqual(["json"]);

    const cache = ScanCache.open(cacheDir, root, "test");
    writeFileSync(cache.file, "{ not json");
    expect(run().scannedFresh).toBe(2);
  });

  it("ignores a cache written by another tool version", () => {
    const root = tempRepo({ "a.py": "import os\n" });
    const cacheDir = tempRepo({});
    const files = discoverWorkingTree({ root, ...py }).files;
    const old = ScanCache.open(cacheDir, root, "0.0.1");
    scanPythonFiles(files, disk(root), old);
    old.save(new Set(["a.py"]));
    expect(scanPythonFiles(files, disk(root), ScanCache.open(cacheDir, root, "0.0.2")).scannedFresh).toBe(1);
    expect(scanPythonFiles(files, disk(root), ScanCache.open(cacheDir, root, "0.0.1")).scannedFresh).toBe(0);
  });
});
