import picomatch from "picomatch";
import type { Consolidation } from "../../config/types.js";
import type { ResultProblem } from "../../result/schema.js";
import type { FoundEdge } from "./python.js";

export interface AllowedFound extends FoundEdge {
  reason: string;
  by: "pragma" | "config";
}

/**
 * Deliberate deprecated imports: a `# ssot: allow -- reason` line, or a config `allow`
 * entry matching the file (and path). Canonical edges are never "allowed": they need no
 * permission. Entries that match nothing are problems, so that they do not rot.
 */
export function splitAllowed(
  consolidation: Consolidation,
  edges: readonly FoundEdge[],
  pragmas: ReadonlyMap<FoundEdge, string>,
): { counted: FoundEdge[]; allowed: AllowedFound[]; problems: ResultProblem[] } {
  const deprecated = new Set(
    consolidation.paths.filter((p) => p.role !== "canonical").map((p) => p.id),
  );
  const entries = consolidation.allow.map((entry) => ({
    entry,
    match: picomatch(entry.file, { dot: true }),
    used: false,
  }));
  const counted: FoundEdge[] = [];
  const allowed: AllowedFound[] = [];
  for (const edge of edges) {
    if (!deprecated.has(edge.path)) {
      counted.push(edge);
      continue;
    }
    const pragma = pragmas.get(edge);
    const rule = entries.find(
      (e) => (e.entry.path === undefined || e.entry.path === edge.path) && e.match(edge.file),
    );
    if (rule) rule.used = true;
    if (pragma !== undefined)
      allowed.push({ ...edge, reason: pragma || "(no reason given)", by: "pragma" });
    else if (rule) allowed.push({ ...edge, reason: rule.entry.reason, by: "config" });
    else counted.push(edge);
  }
  const problems = entries.flatMap((e, i): ResultProblem[] =>
    e.used
      ? []
      : [
          {
            kind: "unused-allow",
            subject: `allow[${i}]`,
            message: `${consolidation.id}: allow[${i}] (file ${JSON.stringify(e.entry.file)}${e.entry.path ? `, path ${e.entry.path}` : ""}) matches no deprecated import any more: remove it`,
          },
        ],
  );
  return { counted, allowed, problems };
}
