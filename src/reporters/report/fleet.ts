import type { AnalysisResult } from "../../result/schema.js";
import { count, percent } from "../../util/words.js";

/** One consolidation across the organisation: a row per repository, the paths as columns. */
export interface FleetTable {
  id: string;
  title: string;
  paths: { id: string; deprecated: boolean }[];
  rows: FleetRow[];
  total: FleetRow;
}

export interface FleetRow {
  name: string;
  statements: string;
  deprecated: string;
  share: string;
  /** Statements per path, in the table's path order ("–": the repository has no such path). */
  perPath: string[];
}

export interface FleetView {
  repositories: number;
  names: string[];
  tables: FleetTable[];
}

/**
 * The organisation-wide figures of a fleet result (`ssot merge --fleet`): per consolidation
 * the deprecated share of each repository and of all of them, and statements per path.
 * Undefined for the result of one repository.
 */
export function fleetOf(result: AnalysisResult): FleetView | undefined {
  const fleet = result.fleet;
  if (!fleet) return undefined;
  const tables = result.consolidations.map((c): FleetTable => {
    const paths = c.paths.map((p) => ({ id: p.id, deprecated: p.role !== "canonical" }));
    const rows = fleet.repositories.flatMap((repo): FleetRow[] => {
      const mine = repo.consolidations.find((x) => x.id === c.id);
      if (!mine) return [];
      return [
        {
          name: repo.name,
          statements: count(mine.totals.statements),
          deprecated: count(mine.totals.deprecatedStatements),
          share: percent(mine.deprecatedShare.statements),
          perPath: paths.map((p) => {
            const found = mine.paths.find((x) => x.id === p.id);
            return found ? count(found.statements) : "–";
          }),
        },
      ];
    });
    return {
      id: c.id,
      title: c.title,
      paths,
      rows,
      total: {
        name: rows.length === 1 ? "all (1 repository)" : `all ${count(rows.length)} repositories`,
        statements: count(c.totals.statements),
        deprecated: count(c.totals.deprecatedStatements),
        share: percent(c.deprecatedShare.statements),
        perPath: c.paths.map((p) => count(p.statements)),
      },
    };
  });
  return {
    repositories: fleet.repositories.length,
    names: fleet.repositories.map((r) => r.name),
    tables,
  };
}
