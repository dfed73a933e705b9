/**
 * Dependency rules on ssot-tracker's own code (run by `npm run depcruise`, part of `npm test`).
 * They keep the pipeline's seams honest: see docs in README ("Architecture").
 * @type {import('dependency-cruiser').IConfiguration}
 */
// Each folder of src/ names the folders it may import (besides itself, Node's core modules and
// runtime npm dependencies). Anything else is a "not-in-allowed" error: a new dependency between
// folders is a design decision made here, not an accident. Order = the pipeline, bottom up.
const mayImport = {
  util: [],
  version: [],
  result: [],
  // Parsers and tokenizers as libraries: they know no config, result or file system.
  languages: ["util"],
  config: ["metrics", "util", "version", "workspace"],
  metrics: ["config/fields", "result", "util"],
  // The file system and git: the working tree, commits, caches, and the one owner of the .ssot/
  // layout and the migration record's schema. It knows no consumer.
  // The terminal escape (control characters, bidi) is a leaf every message to a person uses.
  workspace: ["languages", "reporters/escape/terminal", "result", "util"],
  analyze: [
    "config",
    "languages",
    "metrics",
    "reporters/escape/terminal",
    "result",
    "util",
    "version",
    "workspace",
  ],
  // The baseline ratchet and gates: it knows no output format (those are reporters/check/).
  check: ["config", "result", "util", "version", "workspace"],
  history: ["analyze", "config", "languages", "result", "util", "version", "workspace"],
  // Pure functions from the result (and check's, history's computed views) to text.
  reporters: ["check", "history", "metrics", "result", "util", "version"],
  migrate: [
    "analyze",
    "config",
    "history",
    "languages",
    "reporters/escape/terminal",
    "result",
    "util",
    "version",
    "workspace",
  ],
  report: [
    "analyze",
    "check",
    "config",
    "history",
    "reporters",
    "result",
    "util",
    "version",
    "workspace",
  ],
  // Merging puts analyses together (shards, a fleet): it knows no output, check or history.
  merge: ["analyze", "config", "languages", "result", "util", "version", "workspace"],
};
// A folder, or one module of a folder ("config/fields"): metrics may read the config's
// shared fields but not the config schema, which is built from the metrics.
const own = (folders) =>
  folders.map((f) =>
    f === "version" ? "^src/version\\.ts$" : f.includes("/") ? `^src/${f}\\.ts$` : `^src/${f}/`,
  );

module.exports = {
  allowedSeverity: "error",
  allowed: [
    {
      comment: "A module may use Node's core modules and runtime npm dependencies.",
      from: { path: "^src/" },
      to: { dependencyTypes: ["core", "npm", "type-only"], path: "^(?!src/)" },
    },
    {
      comment: "Within its own folder.",
      from: { path: "^src/([^/]+)/" },
      to: { path: "^src/$1/" },
    },
    ...Object.entries(mayImport).map(([folder, allowed]) => ({
      comment: `${folder}/ may import: ${allowed.join(", ") || "nothing else of ours"}.`,
      from: { path: `^src/${folder}/` },
      to: { path: allowed.length > 0 ? own(allowed) : "^$" },
    })),
    {
      comment: "The CLI is the top: it may import every library folder.",
      from: { path: "^src/cli/" },
      to: { path: "^src/" },
    },
    {
      comment: "The library entry re-exports the libraries, never the CLI.",
      from: { path: "^src/index\\.ts$" },
      to: { path: "^src/(?!cli/)" },
    },
  ],
  forbidden: [
    {
      name: "no-circular",
      comment: "Cycles make the stages impossible to test alone and to reason about in order.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "not-reachable-from-an-entry",
      comment:
        "Every module is reachable from the CLI (src/cli/main.ts) or the library (src/index.ts); " +
        "worker entries are loaded by file name. A module nothing reaches is dead code.",
      severity: "error",
      from: { path: "^src/(cli/main|index)\\.ts$" },
      to: {
        path: "^src/",
        pathNot: ["^src/(cli/main|index)\\.ts$", "-worker\\.ts$", "\\.d\\.ts$"],
        reachable: false,
      },
    },
    {
      name: "fs-only-in-workspace",
      comment:
        "Only workspace/ (the working tree, commits, caches, .ssot/) and cli/ reach the disk and " +
        "child processes. Named exceptions: migrate's compiler adapter (compile.ts, verify.ts spawn Python and the user's " +
        "--verify command) and its applier and plan inputs (apply.ts, plan-inputs.ts read and " +
        "rewrite the planned files; not moved yet), the dependency-cruiser adapter (looks for its " +
        "own install, not the analysed repository), and the readers of our own package.json and page " +
        "templates (version.ts, reporters' templates.ts).",
      severity: "error",
      from: {
        path: "^src/",
        pathNot: [
          "^src/(workspace|cli)/",
          "^src/migrate/(compile|verify|apply|plan-inputs)\\.ts$",
          "^src/languages/javascript/cruise\\.ts$",
          "^src/(version|reporters/report/html/templates)\\.ts$",
        ],
      },
      to: { dependencyTypes: ["core"], path: "^(node:)?(fs|child_process)(/|$)" },
    },
    {
      name: "src-never-imports-test",
      comment: "Shipped code must not depend on tests, fixtures or benchmarks.",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(test|bench)/" },
    },
    {
      name: "no-console-libraries-outside-cli",
      comment: "Only the CLI talks to the terminal (progress bars, prompts, argument parsing).",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/cli/" },
      to: { path: "node_modules/(cli-progress|yargs)/" },
    },
    {
      name: "not-to-dev-dep",
      comment: "Shipped code may only use runtime dependencies, or installs break for users.",
      severity: "error",
      from: { path: "^src/" },
      to: { dependencyTypes: ["npm-dev"], dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
  },
};
