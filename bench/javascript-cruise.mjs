// The baseline of bench/javascript.sh: one bare dependency-cruiser cruise() of the JS/TS files
// `ssot analyze` analyses in ROOT (sources, no declaration files, nothing in node_modules or
// .git), with the cruise options ssot-tracker uses (src/languages/javascript/cruise.ts).
//   node bench/javascript-cruise.mjs ROOT [TSCONFIG]
import { readdirSync } from "node:fs";
import path from "node:path";
import { cruise } from "dependency-cruiser";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";

const root = path.resolve(process.argv[2] ?? ".");
const tsConfig = process.argv[3] ? path.resolve(root, process.argv[3]) : undefined;
const source = /\.(ts|tsx|js|jsx|mjs|cjs|mts|cts)$/;
const declaration = /\.d\.([^./]+\.)?[mc]?ts$/;

function walk(dir, rel, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === ".git") continue;
    const file = rel === "" ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory()) walk(path.join(dir, entry.name), file, out);
    else if (source.test(file) && !declaration.test(file)) out.push(file);
  }
  return out;
}

const files = walk(root, "", []).sort();
const { output } = await cruise(
  files,
  {
    baseDir: root,
    tsPreCompilationDeps: true,
    doNotFollow: { path: "(^|/)node_modules(/|$)" },
    exclude: { path: "(^|/)\\.git(/|$)" },
    moduleSystems: ["es6", "cjs"],
    exoticRequireStrings: ["jest.mock", "vi.mock"],
    skipAnalysisNotInRules: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
    ...(tsConfig ? { tsConfig: { fileName: tsConfig } } : {}),
  },
  {},
  tsConfig ? { tsConfig: extractTSConfig(tsConfig) } : {},
);
const dependencies = output.modules.reduce((n, m) => n + m.dependencies.length, 0);
console.log(
  `${files.length} files, ${output.modules.length} modules, ${dependencies} dependencies`,
);
