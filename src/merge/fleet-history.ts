import type { AnalysisResult, ConsolidationResult } from "../result/schema.js";

/**
 * A fleet result as history reads it: the organisation-wide consolidations, then one per
 * repository and consolidation, `id@repository`, so `ssot progress` draws the whole
 * organisation and each repository from the same fleet lines. Other results pass unchanged.
 */
export function withRepositoryLines(result: AnalysisResult): AnalysisResult {
  if (!result.fleet) return result;
  const perRepository = result.fleet.repositories.flatMap((repo) =>
    repo.consolidations.map((c): ConsolidationResult => {
      const whole = result.consolidations.find((x) => x.id === c.id);
      return {
        id: `${c.id}@${repo.name}`,
        title: `${whole?.title ?? c.id} (${repo.name})`,
        paths: c.paths.map((p) => {
          const path = whole?.paths.find((x) => x.id === p.id);
          return {
            id: p.id,
            module: path?.module ?? p.id,
            role: p.role,
            exists: true,
            deprecated: p.role !== "canonical",
            files: p.files,
            statements: p.statements,
            nestedStatements: 0,
            typeCheckingStatements: 0,
            stringReferences: 0,
            unrelatedStatements: 0,
            allowedStatements: 0,
          };
        }),
        symbols: {},
        totals: c.totals,
        deprecatedShare: c.deprecatedShare,
        edges: [],
        unrelatedImports: [],
        allowedEdges: [],
        blockers: [],
        problems: [],
        internalEdges: [],
        stringReferences: [],
        implementations: [],
        batches: [],
        phases: [],
      };
    }),
  );
  return { ...result, consolidations: [...result.consolidations, ...perRepository] };
}
