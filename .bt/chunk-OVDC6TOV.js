import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);

// dist/languages/line-map.js
var LineMap = class {
  text;
  /** Any `\r` in the text (the lexer reads it too: one search per file). */
  hasCR;
  cursor = 0;
  line = 1;
  starts;
  constructor(text) {
    this.text = text;
    this.hasCR = text.indexOf("\r") >= 0;
  }
  lineAt(offset) {
    if (offset < this.cursor)
      return this.lookup(offset);
    const t = this.text;
    let line = this.line;
    if (!this.hasCR) {
      let i = t.indexOf("\n", this.cursor);
      while (i >= 0 && i < offset) {
        line++;
        i = t.indexOf("\n", i + 1);
      }
    } else {
      for (let i = this.cursor; i < offset; i++) {
        const c = t.charCodeAt(i);
        if (c === 10 || c === 13 && t.charCodeAt(i + 1) !== 10)
          line++;
      }
    }
    this.cursor = offset;
    this.line = line;
    return line;
  }
  /** Line breaks in text[s, e), so the line of `e` given the line of `s` (cursor untouched). */
  breaks(s, e) {
    const t = this.text;
    let count = 0;
    if (!this.hasCR) {
      for (let i = t.indexOf("\n", s); i >= 0 && i < e; i = t.indexOf("\n", i + 1))
        count++;
      return count;
    }
    for (let i = s; i < e; i++) {
      const c = t.charCodeAt(i);
      if (c === 10 || c === 13 && t.charCodeAt(i + 1) !== 10)
        count++;
    }
    return count;
  }
  lookup(offset) {
    const starts = this.starts ?? this.buildStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((starts[mid] ?? 0) <= offset)
        lo = mid;
      else
        hi = mid - 1;
    }
    return lo + 1;
  }
  buildStarts() {
    const t = this.text;
    const starts = [0];
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 10 || c === 13 && t.charCodeAt(i + 1) !== 10)
        starts.push(i + 1);
    }
    this.starts = starts;
    return starts;
  }
};

export {
  LineMap
};
