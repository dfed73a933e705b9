import { bisect } from "./bisect.js";
import type { Edit } from "./types.js";

/**
 * A unified diff made from the edits themselves, in time linear in the file: the edits
 * say which lines change, so no general diff algorithm (quadratic on files with 100k
 * rewritten imports) has to find them again.
 */

/** Offsets where each line starts; lines end at `\n` (a `\r` stays in the line, as in `diff`). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0 && i + 1 < text.length; i = text.indexOf("\n", i + 1))
    starts.push(i + 1);
  return starts;
}

/** Index of the line holding `offset`. */
const lineOf = (starts: readonly number[], offset: number) =>
  bisect(starts, (s) => s <= offset) - 1;

/** The lines of `text`, each with its line break. */
function splitLines(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", from)) {
    out.push(text.slice(from, i + 1));
    from = i + 1;
  }
  if (from < text.length) out.push(text.slice(from));
  return out;
}

/** A run of changed lines: old lines [oldStart, oldStart + removed.length) become `added`. */
interface Change {
  oldStart: number;
  removed: string[];
  added: string[];
}

/** Edits grouped into blocks of whole lines, with the unchanged lines at both ends trimmed. */
function changes(text: string, edits: readonly Edit[]): Change[] {
  const starts = lineStarts(text);
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const out: Change[] = [];
  let k = 0;
  while (k < sorted.length) {
    const first = sorted[k] as Edit;
    const firstLine = lineOf(starts, first.start);
    let lastLine = lineOf(starts, Math.max(first.start, first.end - 1));
    const block: Edit[] = [first];
    for (k++; k < sorted.length; k++) {
      const e = sorted[k] as Edit;
      if (lineOf(starts, e.start) > lastLine + 1) break; // adjacent lines: one block, as diff shows them
      block.push(e);
      lastLine = Math.max(lastLine, lineOf(starts, Math.max(e.start, e.end - 1)));
    }
    const from = starts[firstLine] ?? 0;
    const to = starts[lastLine + 1] ?? text.length;
    const pieces: string[] = [];
    let at = from;
    for (const e of block) {
      pieces.push(text.slice(at, e.start), e.replacement);
      at = e.end;
    }
    pieces.push(text.slice(at, to));
    const removed = splitLines(text.slice(from, to));
    const added = splitLines(pieces.join(""));
    let head = 0;
    while (head < removed.length && head < added.length && removed[head] === added[head]) head++;
    let tail = 0;
    while (
      tail < removed.length - head &&
      tail < added.length - head &&
      removed[removed.length - 1 - tail] === added[added.length - 1 - tail]
    )
      tail++;
    if (head === removed.length && head === added.length) continue;
    out.push({
      oldStart: firstLine + head,
      removed: removed.slice(head, removed.length - tail),
      added: added.slice(head, added.length - tail),
    });
  }
  return out;
}

const noNewline = "\\ No newline at end of file\n";

/** One diff line: its marker, the line, and the note when it has no line break. */
function diffLine(marker: string, line: string): string {
  return line.endsWith("\n") ? `${marker}${line}` : `${marker}${line}\n${noNewline}`;
}

const range = (start: number, count: number) =>
  count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;

/**
 * `--- a/file` / `+++ b/file` and the hunks of `edits` on `text`, with `context` unchanged
 * lines around each change; "" when the edits change nothing.
 */
export function unifiedDiff(
  file: string,
  text: string,
  edits: readonly Edit[],
  context = 3,
): string {
  const list = changes(text, edits);
  if (list.length === 0) return "";
  const lines = splitLines(text);
  const out = [`--- a/${file}\n+++ b/${file}\n`];
  let shift = 0; // new line number minus old line number before the current change
  let k = 0;
  while (k < list.length) {
    let end = k;
    while (
      end + 1 < list.length &&
      (list[end + 1] as Change).oldStart -
        ((list[end] as Change).oldStart + (list[end] as Change).removed.length) <=
        2 * context
    )
      end++;
    const first = list[k] as Change;
    const last = list[end] as Change;
    const from = Math.max(0, first.oldStart - context);
    const to = Math.min(lines.length, last.oldStart + last.removed.length + context);
    const body: string[] = [];
    let oldCount = 0;
    let newCount = 0;
    let at = from;
    let grow = 0;
    for (let j = k; j <= end; j++) {
      const c = list[j] as Change;
      for (; at < c.oldStart; at++, oldCount++, newCount++)
        body.push(diffLine(" ", lines[at] ?? ""));
      for (const l of c.removed) body.push(diffLine("-", l));
      for (const l of c.added) body.push(diffLine("+", l));
      oldCount += c.removed.length;
      newCount += c.added.length;
      grow += c.added.length - c.removed.length;
      at = c.oldStart + c.removed.length;
    }
    for (; at < to; at++, oldCount++, newCount++) body.push(diffLine(" ", lines[at] ?? ""));
    out.push(
      `@@ -${range(from + 1, oldCount)} +${range(from + 1 + shift, newCount)} @@\n`,
      ...body,
    );
    shift += grow;
    k = end + 1;
  }
  return out.join("");
}
