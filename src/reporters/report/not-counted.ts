import type { ConsolidationResult } from "../../result/schema.js";
import { count, plural } from "../../util/words.js";

/** At most this many locations per list: the full lists are in result.json. */
const maxRows = 50;

/**
 * What the headline numbers leave out, and why, formatted once for every report format:
 * configuration problems (a misspelt module), names that block the migration, imports of a
 * re-exporting package unrelated to the consolidation, and deprecated imports allowed on
 * purpose. Plain text: each format escapes it.
 */
export interface NotCounted {
  any: boolean;
  problems: string[];
  blockers: string[];
  unrelatedSummary: string;
  unrelated: { location: string; path: string; names: string }[];
  allowedSummary: string;
  allowed: { location: string; path: string; reason: string }[];
  more: string[];
}

export function notCountedOf(c: ConsolidationResult): NotCounted {
  const more: string[] = [];
  const cap = <T>(rows: T[], what: string): T[] => {
    if (rows.length > maxRows)
      more.push(`and ${count(rows.length - maxRows)} more ${what} in result.json`);
    return rows.slice(0, maxRows);
  };
  const byPath = (ids: string[]) =>
    [...new Set(ids)].map((id) => `${id} ${count(ids.filter((x) => x === id).length)}`).join(", ");
  const blockers = c.blockers.map(
    (b) =>
      `blocked: the canonical module does not define ${b.name} (${plural(b.statements, "deprecated statement")} in ${plural(b.files, "file")})`,
  );
  return {
    any:
      c.problems.length + c.blockers.length + c.unrelatedImports.length + c.allowedEdges.length > 0,
    problems: c.problems.map((p) => p.message),
    blockers,
    unrelatedSummary:
      c.unrelatedImports.length === 0
        ? ""
        : `${plural(c.unrelatedImports.length, "statement")} on re-export paths import only names unrelated to the consolidation (by path: ${byPath(c.unrelatedImports.map((u) => u.path))}); not counted`,
    unrelated: cap(
      c.unrelatedImports.map((u) => ({
        location: `${u.file}:${u.line}`,
        path: u.path,
        names: u.names.join(", "),
      })),
      "unrelated imports",
    ),
    allowedSummary:
      c.allowedEdges.length === 0
        ? ""
        : `${plural(c.allowedEdges.length, "deprecated statement")} allowed on purpose (by path: ${byPath(c.allowedEdges.map((a) => a.path))}); not counted, never failing ssot check`,
    allowed: cap(
      c.allowedEdges.map((a) => ({
        location: `${a.file}:${a.line}`,
        path: a.path,
        reason: `${a.reason} (${a.by === "pragma" ? "# ssot: allow" : "config allow"})`,
      })),
      "allowed imports",
    ),
    more,
  };
}
