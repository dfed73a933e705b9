/**
 * JSON.parse keeps the last of two equal keys without a word, so a hand-edited config or
 * baseline with a key written twice silently loses one. This finds the first duplicate key
 * in text JSON.parse has accepted, with its line, column and key path. Iterative, so
 * deep nesting cannot overflow the stack.
 */

export interface DuplicateKey {
  key: string;
  /** Key path of the object holding it, e.g. `consolidations[0].paths[1]`. */
  at: string;
  line: number;
  column: number;
}

type Frame =
  | { kind: "object"; keys: Set<string>; at: string }
  | { kind: "array"; index: number; at: string };

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** The end (exclusive) of the string literal starting at `start` (a `"`). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
  return i + 1;
}

const keyPart = (at: string, key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? (at ? `${at}.${key}` : key) : `${at}[${JSON.stringify(key)}]`;

/** The first key that appears twice in one object, or undefined. `text` must be valid JSON. */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  const stack: Frame[] = [];
  let pendingKey: string | undefined;
  let i = 0;
  const childPath = () => {
    const top = stack.at(-1);
    if (!top) return "";
    if (top.kind === "array") return `${top.at}[${top.index}]`;
    return keyPart(top.at, pendingKey ?? "");
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (c === "{" || c === "[") {
      const at = childPath();
      stack.push(
        c === "{" ? { kind: "object", keys: new Set(), at } : { kind: "array", index: 0, at },
      );
      pendingKey = undefined;
      i++;
    } else if (c === "}" || c === "]") {
      stack.pop();
      i++;
    } else if (c === ",") {
      const top = stack.at(-1);
      if (top?.kind === "array") top.index++;
      i++;
    } else if (c === '"') {
      const end = stringEnd(text, i);
      const top = stack.at(-1);
      let after = end;
      while (/\s/.test(text[after] ?? "")) after++;
      if (top?.kind === "object" && text[after] === ":") {
        const key = JSON.parse(text.slice(i, end)) as string;
        if (top.keys.has(key)) return { key, at: top.at, ...lineColumn(text, i) };
        top.keys.add(key);
        pendingKey = key;
        i = after + 1;
      } else i = end;
    } else i++;
  }
  return undefined;
}

/** A message for a duplicate key: `line 3:5: key "root" appears twice in consolidations[0]`. */
export function duplicateKeyMessage(d: DuplicateKey): string {
  return `${d.line}:${d.column}: key "${d.key}" appears twice${d.at ? ` in ${d.at}` : ""}; keep one`;
}
