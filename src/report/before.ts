import path from "node:path";
import type { HistoryLine } from "../history/schema.js";
import { defaultHistoryFile, readHistory } from "../history/store.js";
import type { BeforeSummary } from "../render/report/context.js";

/** The per-path counts of a history line, as the "before" diagram reads them. */
export function beforeFromHistory(line: HistoryLine, source: string): BeforeSummary {
  return {
    source,
    date: line.date,
    ...(line.commit ? { commit: line.commit } : {}),
    consolidations: line.consolidations.map((c) => ({
      id: c.id,
      deprecatedShare: c.deprecatedShare,
      paths: c.paths,
    })),
  };
}

/**
 * The oldest entry of the repository's history (`.ssot/history.jsonl`), or undefined when
 * there is none yet. A corrupt history is an InputError naming the line (from readHistory).
 */
export function oldestHistoryEntry(root: string): BeforeSummary | undefined {
  const oldest = readHistory(path.join(root, defaultHistoryFile))[0];
  return oldest ? beforeFromHistory(oldest, defaultHistoryFile) : undefined;
}
