/**
 * Numbers and words of every human output (terminal, Markdown, HTML, Mermaid, messages):
 * one spelling everywhere. JSON outputs keep their numbers as numbers.
 */

/** Thousands separators, fixed locale so outputs are the same on every machine: `1,348`. */
export const count = (n: number) => n.toLocaleString("en-US");

/** `1 file`, `1,348 files`; `many` for irregular plurals (`entry`, `entries`). */
export const plural = (n: number, one: string, many = `${one}s`) =>
  `${count(n)} ${n === 1 ? one : many}`;

/** What a share is before anything was measured: never shown as 0%. */
export const notStarted = "not started";

/** A share as a percentage with one decimal; null is "not started". */
export const percent = (share: number | null) =>
  share === null ? notStarted : `${(share * 100).toFixed(1)}%`;

/** A change with its sign: `+1,348`, `-2`, `±0`; `digits` decimals (`+1.5`). */
export function signed(n: number, digits = 0): string {
  const abs = Math.abs(n);
  const rounded = Number(abs.toFixed(digits));
  const text = digits === 0 ? count(rounded) : abs.toFixed(digits);
  if (rounded === 0) return `±${text}`;
  return n > 0 ? `+${text}` : `-${text}`;
}
