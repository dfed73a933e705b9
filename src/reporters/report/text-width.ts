/**
 * Text widths without a browser, for boxes that hold their labels: the advance widths of
 * DejaVu Sans (what `system-ui` is on Debian, and wider than Segoe UI, Helvetica or Roboto),
 * so a label fits its box with any of the page's fonts.
 */

/** Advance widths in em of U+0020 … U+007E, measured in Chromium at 100 px. */
const ascii = [
  0.32, 0.4, 0.46, 0.84, 0.64, 0.95, 0.78, 0.27, 0.39, 0.39, 0.5, 0.84, 0.32, 0.36, 0.32, 0.34,
  0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.64, 0.34, 0.34, 0.84, 0.84, 0.84, 0.53, 1,
  0.68, 0.69, 0.7, 0.77, 0.63, 0.58, 0.77, 0.75, 0.29, 0.29, 0.66, 0.56, 0.86, 0.75, 0.79, 0.6,
  0.79, 0.69, 0.63, 0.61, 0.73, 0.68, 0.99, 0.69, 0.61, 0.69, 0.39, 0.34, 0.39, 0.84, 0.5, 0.5,
  0.61, 0.63, 0.55, 0.63, 0.62, 0.35, 0.63, 0.63, 0.28, 0.28, 0.58, 0.28, 0.97, 0.63, 0.61, 0.63,
  0.63, 0.41, 0.52, 0.39, 0.63, 0.59, 0.82, 0.59, 0.59, 0.52, 0.64, 0.34, 0.64, 0.84,
];

/** Bold text is about this much wider. */
const boldFactor = 1.1;

function charEm(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x20 && code < 0x7f) return ascii[code - 0x20] ?? 0.7;
  // CJK, kana, Hangul and full-width forms take a full em; other letters about 0.75.
  return code >= 0x2e80 ? 1 : 0.75;
}

/** The width in px of `text` set at `font` px. */
export function textWidth(text: string, font: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * font * (bold ? boldFactor : 1);
}

/** Pieces of a line: after a dot, slash, comma or space first (a module or folder path). */
const strong = /[^./, ]*(?:[./, ]+|$)/g;
/** Then, inside a piece that is too wide on its own, after an underscore or hyphen. */
const weak = /[^_-]*(?:[_-]+|$)/g;

/** Break a piece that is wider than `max` by characters. */
function hardBreak(piece: string, max: number, width: (t: string) => number): string[] {
  const out: string[] = [];
  let line = "";
  for (const ch of piece) {
    if (line !== "" && width(line + ch) > max) {
      out.push(line);
      line = "";
    }
    line += ch;
  }
  return line === "" ? out : [...out, line];
}

/** Greedy lines of `pieces`; a piece too wide alone goes to `split`. */
function fill(
  pieces: readonly string[],
  max: number,
  width: (t: string) => number,
  split: (piece: string) => string[],
): string[] {
  const out: string[] = [];
  let line = "";
  for (const piece of pieces) {
    if (piece === "") continue;
    if (line !== "" && width(line + piece.trimEnd()) > max) {
      out.push(line.trimEnd());
      line = "";
    }
    if (width(piece.trimEnd()) > max) {
      const broken = split(piece);
      out.push(...broken.slice(0, -1));
      line = broken[broken.length - 1] ?? "";
    } else line += piece;
  }
  if (line.trim() !== "") out.push(line.trimEnd());
  return out;
}

/**
 * A line wrapped to at most `max` px: broken after `.`, `/`, `,` or a space (a module path
 * stays readable), inside a part too long for a line after `_` or `-`, and by characters
 * only where even that does not fit.
 */
export function wrapLine(text: string, max: number, width: (t: string) => number): string[] {
  if (width(text) <= max) return [text];
  const byChars = (piece: string) => hardBreak(piece, max, width);
  const byWeak = (piece: string) => fill(piece.match(weak) ?? [], max, width, byChars);
  return fill(text.match(strong) ?? [], max, width, byWeak);
}
