/** Seeded random edits of source text, for the mutation checks against CPython. */

/** Insertions that make or break tokens and blocks. */
export const EDITS: readonly string[] = [
  '"',
  "'",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "\n",
  "\\",
  "#",
  ":",
  " ",
  "\t",
  'f"',
  "f'",
  "'''",
  "\r",
  "\r\n",
  "\f",
  ";",
  "import ",
  "from . ",
  "\n    ",
  "\n\t",
  " as x",
  ",",
  ".",
  '"""',
  'rb"',
  "lambda: ",
  "\\\n",
  "\\\n    ",
  "if x: ",
  "else: ",
  "def f(): ",
  "class C: ",
  "match x:\n    case 1: ",
  "{x!r:>{y}}",
  '"{',
  "async ",
  "yield ",
];

/** A small seeded generator (mulberry32), so every run makes the same mutants. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `text` with one to three random deletions or insertions (of EDITS, or `edits` when given). */
export function mutate(text: string, rand: () => number, edits: readonly string[] = EDITS): string {
  let out = text;
  const count = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < count; i++) {
    const pos = Math.floor(rand() * (out.length + 1));
    if (rand() < 0.3) out = out.slice(0, pos) + out.slice(pos + 1 + Math.floor(rand() * 4));
    else
      out = out.slice(0, pos) + (edits[Math.floor(rand() * edits.length)] ?? "") + out.slice(pos);
  }
  return out;
}
