/**
 * Mermaid text from untrusted names (modules, folders, batch ids). Node ids are generated
 * (n0, n1, …), never derived from names; labels are always quoted, and every character that
 * Mermaid or the HTML it may produce gives meaning to becomes an entity code (`#quot;`,
 * `#60;`), which Mermaid turns back into plain text.
 */

const safe = /^[\p{L}\p{N} _.,:/()+\-=@·–]$/u;

function escapeChar(ch: string): string {
  if (safe.test(ch)) return ch;
  // Control and format characters (newlines, bidi overrides) would break or disguise labels.
  if (/^[\p{C}\p{Zl}\p{Zp}]$/u.test(ch)) return " ";
  const code = ch.codePointAt(0) ?? 0xfffd;
  return `#${code};`;
}

/** One line of label text, escaped for a Mermaid `"…"` label. */
export function mermaidText(text: string): string {
  return Array.from(text, escapeChar).join("");
}

/** A quoted Mermaid label of several lines (joined with <br/>, which Mermaid itself reads). */
export function mermaidLabel(...lines: string[]): string {
  return `"${lines.map(mermaidText).join("<br/>")}"`;
}

/**
 * Text for an xychart `"…"` string: it ends at the next `"` and cannot escape it, and
 * labels come from the config and the history file, so quotes and backticks are replaced,
 * and control and format characters (line breaks, bidi overrides) become spaces, as in
 * labels. Mermaid sets the text as text (and sanitises it); entity codes (`#60;`) are not
 * used because xychart drops a legend entry whose decoded text looks like HTML.
 */
export function xychartText(text: string): string {
  return text
    .replace(/["`]/g, "'")
    .replace(/[\p{C}\p{Zl}\p{Zp}]+/gu, " ")
    .trim();
}

/** Generated node ids: n0, n1, … in the order nodes are declared. */
export class NodeIds {
  private next = 0;
  private readonly ids = new Map<string, string>();

  /** The id of a key, allocating the next one the first time. */
  of(key: string): string {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = `n${this.next++}`;
      this.ids.set(key, id);
    }
    return id;
  }
}
