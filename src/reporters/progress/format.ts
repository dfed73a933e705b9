import { signed } from "../../util/words.js";
import { html } from "../escape/html.js";
import { mdText } from "../escape/markdown.js";

/** Small formatting helpers of the progress renderers: numbers, deltas, escaping, tables. */

export interface Table {
  headers: string[];
  /** Right-aligned columns (numbers). */
  numeric: ReadonlySet<number>;
  /**
   * Plain text. The first column holds names from the config or the history file (escaped
   * for every format); the other cells and the headers are our own words, numbers and
   * validated dates (escaped for HTML, where escaping is free; left readable in Markdown).
   */
  rows: string[][];
}

export const dash = "–";

/** Change from `then` to `now`; a dash when there was no `then`. */
export function delta(now: number, then: number | null): string {
  return then === null ? dash : signed(now - then);
}

/** Change of a share in percentage points. */
export function shareDelta(now: number | null, then: number | null): string {
  return then === null || now === null ? dash : `${signed((now - then) * 100, 1)} pp`;
}

export function markdownTable(table: Table): string {
  const row = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? mdText(c) : c)).join(" | ")} |`;
  const rule = `| ${table.headers.map((_, i) => (table.numeric.has(i) ? "---:" : "---")).join(" | ")} |`;
  return [`| ${table.headers.join(" | ")} |`, rule, ...table.rows.map(row)].join("\n");
}

export function htmlTable(table: Table): string {
  const cell = (tag: "th" | "td", text: string, i: number) =>
    `<${tag}${table.numeric.has(i) ? ' class="num"' : ""}>${html(text)}</${tag}>`;
  const head = `<tr>${table.headers.map((h, i) => cell("th", h, i)).join("")}</tr>`;
  const body = table.rows.map((r) => `<tr>${r.map((c, i) => cell("td", c, i)).join("")}</tr>`);
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${body.join("\n")}\n</tbody>\n</table>`;
}
