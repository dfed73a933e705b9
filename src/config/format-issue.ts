import type { z } from "zod";

/** `consolidations[0].paths[1].role` — the key path as a user would write it. */
export function keyPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out || "(top level)";
}

export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `a list (${JSON.stringify(value).slice(0, 60)})`;
  if (typeof value === "object") return "an object";
  // JSON.stringify shows NaN and infinities as null: name them as YAML writes them.
  if (typeof value === "number" && !Number.isFinite(value))
    return Number.isNaN(value) ? "not a number (.nan)" : `${value > 0 ? "" : "-"}infinity (.inf)`;
  const text = JSON.stringify(value);
  return `${typeof value} ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}

/** Edit distance, for "did you mean" on unknown keys and values. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min(
        (row[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    if (d < bestScore) [best, bestScore] = [c, d];
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(word.length / 3))
    ? best
    : undefined;
}

/**
 * One readable sentence per zod issue: the key path, what is allowed and what was
 * received. `allowedKeys` gives the keys allowed at a path (for unknown-key issues).
 */
export function formatIssue(
  issue: z.core.$ZodIssue,
  allowedKeys: (path: ReadonlyArray<PropertyKey>) => string[],
): string {
  const where = keyPath(issue.path);
  const received = "input" in issue ? describeValue(issue.input) : "nothing";
  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = allowedKeys(issue.path);
      return issue.keys
        .map((key) => {
          const at = keyPath([...issue.path, key]);
          const hint = closest(key, allowed);
          const suggestion = hint ? ` (did you mean "${hint}"?)` : "";
          return `${at}: unknown key "${key}"${suggestion}; allowed keys here: ${allowed.join(", ")}`;
        })
        .join("\n");
    }
    case "invalid_value": {
      const values = issue.values.map((v) => JSON.stringify(v));
      const hint =
        typeof issue.input === "string"
          ? closest(issue.input, issue.values.map(String))
          : undefined;
      const suggestion = hint ? ` (did you mean "${hint}"?)` : "";
      return `${where}: expected one of ${values.join(" | ")}, received ${received}${suggestion}`;
    }
    case "invalid_type":
      if (issue.input === undefined) return `${where}: required ${issue.expected} is missing`;
      if (issue.expected === "number" && typeof issue.input === "number")
        return `${where}: expected a finite number, received ${received}`;
      return `${where}: expected ${issue.expected}, received ${received}`;
    case "invalid_union":
      if ("note" in issue && issue.note === "No matching discriminator") {
        return `${where}: ${issue.message}, received ${received}`;
      }
      return `${where}: ${issue.message}, received ${received}`;
    default:
      return `${where}: ${issue.message}, received ${received}`;
  }
}
