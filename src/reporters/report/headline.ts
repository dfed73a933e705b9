import type { ConsolidationResult } from "../../result/schema.js";
import { count, percent } from "../../util/words.js";
import type { BeforeSummary } from "./context.js";

/** The numbers an architect reads first, formatted once for every report format. */
export interface Headline {
  deprecatedShare: string;
  deprecatedStatements: string;
  statements: string;
  deprecatedFilesShare: string;
  deprecatedFiles: string;
  files: string;
  /** True when no import statement uses a deprecated path any more. */
  done: boolean;
  /** The deprecated share at the oldest recorded state, when there is one for this consolidation. */
  before?: { share: string; when: string };
}

export function headlineOf(c: ConsolidationResult, before?: BeforeSummary): Headline {
  const t = c.totals;
  const then = before?.consolidations.find((b) => b.id === c.id)?.deprecatedShare;
  return {
    deprecatedShare: percent(c.deprecatedShare.statements),
    deprecatedStatements: count(t.deprecatedStatements),
    statements: count(t.statements),
    deprecatedFilesShare: percent(c.deprecatedShare.files),
    deprecatedFiles: count(t.deprecatedFiles),
    files: count(t.files),
    done: t.deprecatedStatements === 0,
    ...(then && before
      ? { before: { share: percent(then.statements), when: before.date ?? before.source } }
      : {}),
  };
}
