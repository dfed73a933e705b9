/**
 * Offset → 1-based line number, computed lazily: the scanner asks in (almost always)
 * increasing offset order, so a forward cursor counts line breaks once over the text. A
 * request behind the cursor (rare: error reports) falls back to a table built once.
 * Line breaks are `\n`, `\r\n` and a lone `\r`, as CPython counts them.
 */
export class LineMap {
  private readonly text: string;
  /** Any `\r` in the text (the lexer reads it too: one search per file). */
  readonly hasCR: boolean;
  private cursor = 0;
  private line = 1;
  private starts: number[] | undefined;

  constructor(text: string) {
    this.text = text;
    this.hasCR = text.indexOf("\r") >= 0;
  }

  lineAt(offset: number): number {
    if (offset < this.cursor) return this.lookup(offset);
    const t = this.text;
    let line = this.line;
    if (!this.hasCR) {
      // indexOf is much faster than a per-character loop for the common LF-only text.
      let i = t.indexOf("\n", this.cursor);
      while (i >= 0 && i < offset) {
        line++;
        i = t.indexOf("\n", i + 1);
      }
    } else {
      for (let i = this.cursor; i < offset; i++) {
        const c = t.charCodeAt(i);
        if (c === 10 || (c === 13 && t.charCodeAt(i + 1) !== 10)) line++;
      }
    }
    this.cursor = offset;
    this.line = line;
    return line;
  }

  /** Line breaks in text[s, e), so the line of `e` given the line of `s` (cursor untouched). */
  breaks(s: number, e: number): number {
    const t = this.text;
    let count = 0;
    if (!this.hasCR) {
      for (let i = t.indexOf("\n", s); i >= 0 && i < e; i = t.indexOf("\n", i + 1)) count++;
      return count;
    }
    for (let i = s; i < e; i++) {
      const c = t.charCodeAt(i);
      if (c === 10 || (c === 13 && t.charCodeAt(i + 1) !== 10)) count++;
    }
    return count;
  }

  private lookup(offset: number): number {
    const starts = this.starts ?? this.buildStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  private buildStarts(): number[] {
    const t = this.text;
    const starts = [0];
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 10 || (c === 13 && t.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
    this.starts = starts;
    return starts;
  }
}
