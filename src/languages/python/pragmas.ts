import type { LineMap } from "../line-map.js";
import { ownText } from "./chars.js";
import type { Pragma } from "./scan-types.js";

/** Space or tab. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** Part of a word (`allowed` is not `allow`). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

const EDGE_BLANKS = /^[ \t\f\v]+|[ \t\f\v]+$/g;

/**
 * Collects `# ssot: allow` comments. The lexer calls it only for a comment that opens with
 * `#`, optional blanks and `ssot:` (it looks at one character past the blanks first).
 */
export class PragmaFinder {
  readonly pragmas: Pragma[] = [];
  private readonly t: string;
  private readonly lines: LineMap;
  /** Start of the last comment read, so a comment scanned twice counts once. */
  private last = -1;

  constructor(text: string, lines: LineMap) {
    this.t = text;
    this.lines = lines;
  }

  /** The comment text[p, e), whose `ssot:` starts at `q`. */
  comment(p: number, q: number, e: number): void {
    const t = this.t;
    let i = q + 5;
    while (i < e && isBlank(t.charCodeAt(i))) i++;
    if (p <= this.last || !t.startsWith("allow", i) || i + 5 > e) return;
    if (i + 5 < e && isWordChar(t.charCodeAt(i + 5))) return;
    this.last = p;
    const rest = ownText(t, i + 5, e);
    const dashes = rest.indexOf("--");
    const reason = dashes < 0 ? "" : rest.slice(dashes + 2).replace(EDGE_BLANKS, "");
    this.pragmas.push({ line: this.lines.lineAt(p), reason });
  }
}
