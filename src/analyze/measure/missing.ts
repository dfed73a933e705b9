import type { Consolidation } from "../../config/types.js";
import type { ResultProblem } from "../../result/schema.js";

/** Edit distance of `a` and `b`, or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(d);
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** The candidate nearest to `name` by edit distance, when near enough to be a typo of it. */
export function nearest(name: string, candidates: Iterable<string>): string | undefined {
  let limit = Math.max(2, Math.floor(name.length * 0.4));
  let best: string | undefined;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const d = editDistance(name, candidate, limit);
    if (d > limit) continue;
    // Nearer wins; among equals the first in sort order, so the advice is deterministic.
    if (d < limit || best === undefined || candidate < best) best = candidate;
    limit = d;
  }
  return best;
}

export interface MissingPath {
  id: string;
  module: string;
  suggestion?: string;
}

/**
 * Configured modules that no file defines and no statement reaches: almost always a typo.
 * A path marked `removed: true` is absent on purpose and never missing.
 */
export function missingPaths(
  consolidation: Consolidation,
  exists: (module: string) => boolean,
  reached: ReadonlySet<string>,
  candidates: () => Iterable<string>,
): MissingPath[] {
  return consolidation.paths
    .filter((p) => !p.removed && !exists(p.module) && !reached.has(p.id))
    .map((p) => {
      const suggestion = nearest(p.module, candidates());
      return { id: p.id, module: p.module, ...(suggestion ? { suggestion } : {}) };
    });
}

/** The one sentence every output shows for a missing module. */
export function missingMessage(consolidationId: string, m: MissingPath): string {
  const hint = m.suggestion ? ` (did you mean \`${m.suggestion}\`?)` : "";
  return (
    `${consolidationId}/${m.id}: module \`${m.module}\` is not in the repository and no import reaches it${hint}; ` +
    "fix the module name in the config, or mark the path `removed: true` if it was deleted on purpose"
  );
}

export function missingProblems(consolidationId: string, missing: readonly MissingPath[]) {
  return missing.map(
    (m): ResultProblem => ({
      kind: "missing-module",
      subject: m.id,
      message: missingMessage(consolidationId, m),
    }),
  );
}
