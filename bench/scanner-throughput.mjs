#!/usr/bin/env node
/**
 * Throughput of the Python scanner on real code, in MB/s of source on one core.
 *
 *   node bench/scanner-throughput.mjs [DIR...]     (default: python3's standard library)
 *
 * Compiles src/languages/python/scanner.ts and what it imports (nothing else of the tree)
 * into a temporary folder, reads every .py file under DIR into memory, then times
 * scanPython alone (text already decoded) and decodePython + scanPython, after a warm-up
 * pass. Reports the best and median of 5 passes.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = mkdtempSync(join(tmpdir(), "scanner-bench-"));
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const tscFlags = ["--outDir", out, "--module", "nodenext", "--moduleResolution", "nodenext"];
tscFlags.push("--target", "es2022", "--rootDir", join(root, "src"), "--skipLibCheck");
execFileSync(process.execPath, [tsc, ...tscFlags, join(root, "src/languages/python/scanner.ts")], {
  stdio: "inherit",
});
const { decodePython, scanPython } = await import(
  pathToFileURL(join(out, "languages/python/scanner.js")).href
);
rmSync(out, { recursive: true, force: true });

function stdlib() {
  return execFileSync(
    "python3",
    ["-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"],
    {
      encoding: "utf8",
    },
  ).trim();
}

function pythonFiles(dir, found = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "site-packages" && entry.name !== "__pycache__") pythonFiles(path, found);
    } else if (entry.isFile() && entry.name.endsWith(".py")) found.push(path);
  }
  return found;
}

const dirs = process.argv.length > 2 ? process.argv.slice(2) : [stdlib()];
const files = dirs.flatMap((dir) => pythonFiles(dir));
const buffers = files.map((file) => readFileSync(file));
const texts = buffers.map((bytes) => decodePython(bytes));
const megabytes = buffers.reduce((sum, b) => sum + b.length, 0) / 1e6;

function pass(withDecode) {
  const t0 = performance.now();
  let imports = 0;
  for (let i = 0; i < buffers.length; i++) {
    const text = withDecode ? decodePython(buffers[i]) : texts[i];
    imports += scanPython(text).imports.length;
  }
  return { seconds: (performance.now() - t0) / 1000, imports };
}

function measure(withDecode) {
  pass(withDecode); // warm-up: let the JIT optimise the hot loops
  const rates = [];
  let imports = 0;
  for (let i = 0; i < 5; i++) {
    const r = pass(withDecode);
    rates.push(megabytes / r.seconds);
    imports = r.imports;
  }
  rates.sort((a, b) => a - b);
  return { best: rates[rates.length - 1], median: rates[2], imports };
}

console.log(`${files.length} files, ${megabytes.toFixed(1)} MB (${dirs.join(", ")})`);
const scan = measure(false);
console.log(
  `scanPython:                ${scan.median.toFixed(0)} MB/s median, ${scan.best.toFixed(0)} best (${scan.imports} import statements)`,
);
const both = measure(true);
console.log(
  `decodePython + scanPython: ${both.median.toFixed(0)} MB/s median, ${both.best.toFixed(0)} best`,
);
