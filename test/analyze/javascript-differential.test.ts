import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { isJavaScriptSource } from "../../src/analyze/discover/javascript-files.js";
import { type LocatedImport, locateImports } from "../../src/languages/javascript/locations.js";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** JS/TS sources under `dir` (repository-relative), sorted. */
function sources(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(repoRoot, rel), { withFileTypes: true })) {
      const file = `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== "fixtures") walk(file);
      } else if (isJavaScriptSource(entry.name)) out.push(file);
    }
  };
  walk(dir);
  return out.sort();
}

/** Specifiers preProcessFile reads that are deliberately no statements, by the text before them. */
const notStatements = [
  /\bmodule\s*$/, // `declare module "x"`
  /\.\s*require\s*\(\s*$/, // `x.require("…")`
];

/** `line:specifier` of every module specifier in `text`, by preProcessFile and by our pass. */
function compare(text: string) {
  const lineOf = (pos: number) => text.slice(0, pos).split("\n").length;
  const theirs = ts
    .preProcessFile(text, true, true)
    .importedFiles.filter(
      (ref) => !notStatements.some((re) => re.test(text.slice(Math.max(0, ref.pos - 40), ref.pos))),
    )
    .map((ref) => `${lineOf(ref.pos)}:${ref.fileName}`);
  const lines = text.split("\n");
  // What preProcessFile skips: `export * as ns from`, and `require()` in a `${…}` hole (it
  // only looks for import() there).
  const skippedByThem = (i: LocatedImport) => {
    const line = lines[i.line - 1] ?? "";
    return i.kind === "export-from"
      ? /export\s*\*\s*as\b/.test(line)
      : i.kind === "require" && /\$\{[^}]*\brequire\s*\(/.test(line);
  };
  const ours = locateImports(text)
    .imports.filter((i) => !skippedByThem(i))
    .map((i) => `${i.line}:${i.specifier}`);
  return { theirs: theirs.sort(), ours: ours.sort() };
}

// Like the Python scanner against CPython's ast, the JS/TS pass is held to TypeScript's own
// import pre-scanner, on real code shipped with our dependencies and on our own sources.
describe("the JS/TS import pass agrees with ts.preProcessFile", () => {
  const corpora = [
    "node_modules/dependency-cruiser/src",
    "node_modules/zod",
    "node_modules/playwright-core/lib",
    "src",
    "test",
  ];
  for (const corpus of corpora) {
    it(`on every file of ${corpus}`, () => {
      const files = sources(corpus);
      const disagreements: string[] = [];
      let specifiers = 0;
      for (const file of files) {
        const { theirs, ours } = compare(readFileSync(path.join(repoRoot, file), "utf8"));
        specifiers += theirs.length;
        if (JSON.stringify(theirs) !== JSON.stringify(ours))
          disagreements.push(
            `${file}: preProcessFile ${theirs.join(" ")} | ours ${ours.join(" ")}`,
          );
      }
      expect(disagreements).toEqual([]);
      expect(files.length).toBeGreaterThan(20);
      expect(specifiers).toBeGreaterThan(files.length);
    });
  }
});
