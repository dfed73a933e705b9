import { LineMap } from "../line-map.js";
import { isDottedName, ownText } from "./chars.js";
import { PragmaFinder } from "./pragmas.js";
import type { ParseError, StringLiteral } from "./scan-types.js";

/**
 * What the lexer, the string scanner and the statement parser report into: dotted string
 * literals, `# ssot: allow` comments, parse errors (kept by offset so they can be sorted and
 * given lines at the end) and the shared offset → line map.
 */
export class ScanSink {
  readonly text: string;
  readonly lines: LineMap;
  readonly strings: StringLiteral[] = [];
  readonly pragmas: PragmaFinder;
  private readonly errorOffsets: number[] = [];
  private readonly errorMessages: string[] = [];

  constructor(text: string) {
    this.text = text;
    this.lines = new LineMap(text);
    this.pragmas = new PragmaFinder(text, this.lines);
  }

  /** The body text[s, e) of a plain (not f-, t- or bytes) string literal. */
  plainString(s: number, e: number): void {
    if (isDottedName(this.text, s, e)) {
      this.strings.push({
        value: ownText(this.text, s, e),
        line: this.lines.lineAt(s),
        start: s,
        end: e,
      });
    }
  }

  error(offset: number, message: string): void {
    this.errorOffsets.push(offset);
    this.errorMessages.push(message);
  }

  /** Errors in source order, each once per (line, message). */
  errors(): ParseError[] {
    const order = this.errorOffsets.map((_, i) => i);
    order.sort((a, b) => (this.errorOffsets[a] ?? 0) - (this.errorOffsets[b] ?? 0) || a - b);
    const out: ParseError[] = [];
    const seen = new Set<string>();
    for (const i of order) {
      const line = this.lines.lineAt(this.errorOffsets[i] ?? 0);
      const message = this.errorMessages[i] ?? "";
      const key = `${line}\u0000${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ line, message });
    }
    return out;
  }
}
