import { RE2JS } from "re2js";

/**
 * CODEOWNERS as GitHub reads it: one `pattern owner…` rule per line, `#` comments, the last
 * matching rule wins (a rule without owners makes a file unowned). Patterns follow
 * .gitignore rules as GitHub documents them: `/` at the start or in the middle anchors to
 * the root, `dir/` owns everything below a folder of that name, `*` stays within a folder,
 * `**` crosses folders, and `docs/*` owns only the files directly in docs/.
 */

export interface CodeownersRule {
  pattern: string;
  owners: string[];
  line: number;
  match: (file: string) => boolean;
}

/** Where GitHub looks for the file, in its order. */
export const codeownersLocations = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];

function globToRegex(glob: string): string {
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] as string;
    if (ch === "*" && glob[i + 1] === "*") {
      const slashAfter = glob[i + 2] === "/";
      out += slashAfter ? "(?:.*/)?" : ".*";
      i += slashAfter ? 2 : 1;
    } else if (ch === "*") out += "[^/]*";
    else if (ch === "?") out += "[^/]";
    else if (ch === "\\" && i + 1 < glob.length) out += escapeRegex(glob[++i] as string);
    else out += escapeRegex(ch);
  }
  return out;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** A matcher for one CODEOWNERS pattern against repository-relative posix file paths. */
export function codeownersMatcher(pattern: string): (file: string) => boolean {
  const dirOnly = pattern.endsWith("/");
  const body = pattern.replace(/^\/+/, "").replace(/\/+$/, "");
  const anchored = pattern.startsWith("/") || body.includes("/");
  const last = body.split("/").at(-1) ?? "";
  // A wildcard last segment names files (GitHub: `docs/*` does not own docs/a/b.md); a plain
  // name may be a folder, which owns everything below it.
  const suffix = dirOnly ? "/.*" : /\*/.test(last) ? "" : "(?:/.*)?";
  // RE2: CODEOWNERS comes from the repository, and `*a*a*a…` would backtrack for ages.
  const regex = RE2JS.compile(
    `^${anchored ? "" : "(?:.*/)?"}${globToRegex(body)}${suffix}$`,
    RE2JS.DOTALL,
  );
  return (file) => regex.test(file);
}

/** Parse CODEOWNERS text; malformed lines are skipped (GitHub ignores them too). */
export function parseCodeowners(text: string): CodeownersRule[] {
  const rules: CodeownersRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const tokens = raw
      .trim()
      .split(/\s+/)
      .filter((t) => t !== "");
    const commentAt = tokens.findIndex((t) => t.startsWith("#"));
    const kept = commentAt === -1 ? tokens : tokens.slice(0, commentAt);
    const [pattern, ...owners] = kept;
    if (!pattern || pattern.startsWith("!")) return;
    rules.push({ pattern, owners, line: index + 1, match: codeownersMatcher(pattern) });
  });
  return rules;
}

/** The owners of a file: those of the last matching rule; [] when none matches or it lists none. */
export function ownersOf(rules: readonly CodeownersRule[], file: string): string[] {
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i] as CodeownersRule;
    if (rule.match(file)) return rule.owners;
  }
  return [];
}
