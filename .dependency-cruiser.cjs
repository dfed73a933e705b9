/**
 * Dependency rules on ssot-tracker's own code (run by `npm run depcruise`, part of `npm test`).
 * They keep the pipeline's seams honest: see docs in README ("Architecture").
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "Cycles make the stages impossible to test alone and to reason about in order.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-orphans",
      comment: "A module nothing imports is dead code (the CLI and src/index.ts are the entries).",
      severity: "error",
      from: { orphan: true, path: "^src/", pathNot: ["^src/index\\.ts$", "\\.d\\.ts$"] },
      to: {},
    },
    {
      name: "only-cli-imports-cli",
      comment:
        "render, check, history, migrate and analyze are libraries: the CLI uses them, never the reverse.",
      severity: "error",
      from: {
        path: "^src/(analyze|render|report|check|history|migrate|merge|result|config|util)/",
      },
      to: { path: "^src/cli/" },
    },
    {
      name: "render-reads-only-the-result",
      comment:
        "Renderers are pure functions of the AnalysisResult: no analysis, config loading or I/O.",
      severity: "error",
      from: { path: "^src/render/" },
      to: { path: "^src/(analyze|config|report|check|history|migrate)/" },
    },
    {
      name: "analyze-knows-no-outputs",
      comment:
        "The analysis produces the result and nothing else: it knows no output format or consumer.",
      severity: "error",
      from: { path: "^src/analyze/" },
      to: { path: "^src/(render|report|check|history|migrate)/" },
    },
    {
      name: "result-is-the-seam",
      comment: "The result schema is the contract everything reads: it depends on nothing of ours.",
      severity: "error",
      from: { path: "^src/result/" },
      to: { path: "^src/(?!result/)" },
    },
    {
      name: "merge-reads-analysis-and-result",
      comment:
        "Merging puts analyses together (shards, a fleet): it knows no output, no check, no history.",
      severity: "error",
      from: { path: "^src/merge/" },
      to: { path: "^src/(render|report|check|history|migrate|cli)/" },
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
