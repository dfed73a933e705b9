import type { AnalysisResult } from "../result/schema.js";
import { type HistoryLine, type HistorySource, historySchemaVersion } from "./schema.js";

export interface LineStamp {
  date: string;
  commit: string | null;
  source: HistorySource;
}

/** The history line of one analysis: counts per path and batch, shares and phase statuses. */
export function historyLine(result: AnalysisResult, stamp: LineStamp): HistoryLine {
  return {
    schemaVersion: historySchemaVersion,
    date: stamp.date,
    commit: stamp.commit,
    source: stamp.source,
    consolidations: result.consolidations.map((c) => ({
      id: c.id,
      deprecatedShare: { statements: c.deprecatedShare.statements, files: c.deprecatedShare.files },
      paths: c.paths.map((p) => ({ id: p.id, files: p.files, statements: p.statements })),
      batches: c.batches.map((b) => ({
        id: b.id,
        statements: b.statements,
        deprecatedStatements: b.deprecatedStatements,
      })),
      phases: c.phases.map((p) => ({ id: p.id, status: p.status })),
    })),
  };
}
