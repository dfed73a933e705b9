/**
 * Markdown (CommonMark + GitHub tables) from untrusted text. Free text gets every ASCII
 * punctuation character that can start markup backslash-escaped (`<` only where it could
 * open a tag or autolink, `&` only where it could start an entity), and no HTML entities,
 * so the text reads the same in a terminal (`a -> b`, `>= 0.5`) as on GitHub; identifiers (files, modules) go into code spans, which nothing inside can break.
 * Line breaks become spaces: one value never spans lines, so it cannot start a block;
 * other control characters and bidi overrides are shown as escapes (`\x1b`, `\u202e`).
 */

import { visible } from "./terminal.js";

const oneLine = (text: string) => visible(text.replace(/[\r\n\u2028\u2029]+/g, " "));

/**
 * Inline text, for after our own words on a line (never at its start, where `-` or `1.`
 * could open a block): safe in paragraphs, list items, headings and table cells. Escapes
 * emphasis, code, links, HTML, table pipes, strikethrough, math ($), `@`, `#` and `://`
 * (autolinks). GitHub still turns `:name:` into emoji in rendered text, which no escape
 * prevents: untrusted identifiers and evidence go into code spans (mdCode) instead.
 */
export function mdText(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]|~$@#]|:(?=\/\/)|<(?=[A-Za-z/!?])|&(?=[#A-Za-z])/g, (ch) => `\\${ch}`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`);
}

/** A code span holding `text` verbatim; `|` is escaped because GitHub splits table cells first. */
export function mdCode(text: string, inTable = false): string {
  const value = oneLine(text);
  if (value.trim() === "") return mdText(value);
  const longestRun = Math.max(0, ...(value.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longestRun + 1);
  // CommonMark strips one space from each side when both sides have one: pad to keep them.
  const needsPad =
    value.startsWith("`") || value.endsWith("`") || (value.startsWith(" ") && value.endsWith(" "));
  const padded = needsPad ? ` ${value} ` : value;
  const body = inTable ? padded.replace(/\|/g, "\\|") : padded;
  return `${fence}${body}${fence}`;
}
