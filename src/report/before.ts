import type { BaselineEntry } from "../check/baseline.js";
import type { HistoryLine } from "../history/schema.js";
import type { BeforeSummary } from "../reporters/report/context.js";
import type { AnalysisResult } from "../result/schema.js";

type ConsolidationBefore = BeforeSummary["consolidations"][number];

function consolidationFromLine(c: HistoryLine["consolidations"][number]): ConsolidationBefore {
  return {
    id: c.id,
    deprecatedShare: c.deprecatedShare,
    paths: c.paths,
    ...(c.batches ? { batches: c.batches } : {}),
  };
}

/** The per-path (and per-batch) counts of a history line, as the "before" diagram reads them. */
export function beforeFromHistory(line: HistoryLine, source: string): BeforeSummary {
  return {
    kind: "history",
    source,
    date: line.date,
    ...(line.commit ? { commit: line.commit } : {}),
    consolidations: line.consolidations.map(consolidationFromLine),
  };
}

/**
 * Per consolidation, its first history line where a statement reached its paths: one
 * consolidation may have started weeks after another, and its "before" is then, not an
 * empty point. The summary's own date is the oldest of them; each consolidation's entry
 * carries its point's date and commit.
 */
function beforeFromHistoryPerConsolidation(
  history: readonly HistoryLine[],
  source: string,
): BeforeSummary | undefined {
  const firsts = new Map<string, { line: HistoryLine; c: HistoryLine["consolidations"][number] }>();
  for (const line of history)
    for (const c of line.consolidations)
      if (!firsts.has(c.id) && c.deprecatedShare.statements !== null) firsts.set(c.id, { line, c });
  const oldest = history.find((line) => [...firsts.values()].some((f) => f.line === line));
  if (!oldest) return undefined;
  const summary = beforeFromHistory(oldest, source);
  return {
    ...summary,
    consolidations: [...firsts.values()].map(({ line, c }) => ({
      ...consolidationFromLine(c),
      date: line.date,
      ...(line.commit ? { commit: line.commit } : {}),
    })),
  };
}

type BeforePath = BeforeSummary["consolidations"][number]["paths"][number];

/** Deprecated statements (entries) and distinct importing files per path id. */
function countByPath(entries: readonly BaselineEntry[]): Map<string, BeforePath> {
  const files = new Map<string, Set<string>>();
  const statements = new Map<string, number>();
  for (const e of entries) {
    files.set(e.path, (files.get(e.path) ?? new Set()).add(e.file));
    statements.set(e.path, (statements.get(e.path) ?? 0) + 1);
  }
  return new Map(
    [...statements].map(([id, n]) => [id, { id, files: files.get(id)?.size ?? 0, statements: n }]),
  );
}

/**
 * The check baseline as a before state, for when there is no history. Its entries are the
 * deprecated import statements accepted when it was last updated, one entry per statement,
 * so the deprecated paths' counts are exact; it holds nothing about canonical imports, so
 * canonical paths get null counts ("not recorded"), never today's numbers passed off as then.
 * A consolidation without entries is left out: the baseline cannot tell "none deprecated"
 * from "not configured yet", so the report says it holds no entry instead of guessing.
 * The paths follow the result's order; paths only the baseline names (no longer configured)
 * follow, sorted.
 */
export function beforeFromBaseline(
  entries: readonly BaselineEntry[],
  result: AnalysisResult,
  source: string,
): BeforeSummary {
  const consolidations = result.consolidations.flatMap((c) => {
    const mine = entries.filter((e) => e.consolidation === c.id);
    if (mine.length === 0) return [];
    const counts = countByPath(mine);
    const configured = new Set(c.paths.map((p) => p.id));
    const paths: BeforePath[] = c.paths.map((p) =>
      p.role === "canonical"
        ? { id: p.id, files: null, statements: null }
        : (counts.get(p.id) ?? { id: p.id, files: 0, statements: 0 }),
    );
    const gone = [...counts.values()]
      .filter((p) => !configured.has(p.id))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return [{ id: c.id, paths: [...paths, ...gone] }];
  });
  return { kind: "baseline", source, consolidations };
}

/**
 * The "before" state: per consolidation, the oldest history line where it existed (a
 * statement reached its paths: an empty point is "not started", not a before state), else
 * the check baseline when it exists, else undefined (the report says how to record one).
 */
export function beforeState(
  history: readonly HistoryLine[],
  historySource: string,
  baseline: { entries: readonly BaselineEntry[]; source: string } | undefined,
  result: AnalysisResult,
): BeforeSummary | undefined {
  const fromHistory = beforeFromHistoryPerConsolidation(history, historySource);
  if (fromHistory) return fromHistory;
  return baseline ? beforeFromBaseline(baseline.entries, result, baseline.source) : undefined;
}
