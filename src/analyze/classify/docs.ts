import type { ModuleIndex } from "../resolve/python-modules.js";

export interface DocMention {
  file: string;
  line: number;
  module: string;
}

const isWordChar = (code: number) =>
  (code >= 48 && code <= 57) ||
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  code === 95;

/**
 * Mentions of dotted module names in a documentation text. A mention must stand alone
 * (no identifier character or dot before it, no identifier character after it); when a
 * `.name` follows, `module.name` must not be another known module, so a package is not
 * "mentioned" by every mention of its submodules.
 */
export function findMentions(
  file: string,
  text: string,
  modules: readonly string[],
  index: ModuleIndex,
): DocMention[] {
  const found: DocMention[] = [];
  for (const module of modules) {
    for (let at = text.indexOf(module); at >= 0; at = text.indexOf(module, at + module.length)) {
      const before = at > 0 ? text.charCodeAt(at - 1) : 32;
      if (isWordChar(before) || before === 46) continue;
      const after = at + module.length;
      if (isWordChar(text.charCodeAt(after))) continue;
      if (text.charCodeAt(after) === 46) {
        const rest = /^\.([A-Za-z_]\w*)/.exec(text.slice(after, after + 200));
        if (rest && index.exists.has(`${module}.${rest[1]}`)) continue;
      }
      found.push({ file, line: lineAt(text, at), module });
    }
  }
  return found;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
