import ts from "typescript";
import { LineMap } from "../line-map.js";

/** How a JS/TS statement imports: the JS/TS members of the result's edge kinds. */
export type JavaScriptImportKind =
  | "import"
  | "import-type"
  | "export-from"
  | "require"
  | "dynamic-import";

/** One import statement of a JS/TS file: where it is and what it takes from its specifier. */
export interface LocatedImport {
  specifier: string;
  line: number;
  kind: JavaScriptImportKind;
  /** Imported names as written (`default`, named ones, `*`); empty for side effects and calls. */
  names: string[];
  /** Not at the module's top level (inside any `{ … }`). */
  nested: boolean;
  /** Erased by the compiler: `import type`, `export type`, or every named binding `type`-marked. */
  typeOnly: boolean;
}

/** `jest.mock('…')` / `vi.mock('…')`: a reference to a module, not an import. */
export interface LocatedMock {
  specifier: string;
  line: number;
}

export interface LocatedClass {
  name: string;
  line: number;
}

export interface JavaScriptLocations {
  imports: LocatedImport[];
  mocks: LocatedMock[];
  classes: LocatedClass[];
}

const K = ts.SyntaxKind;
const mockObjects = new Set(["jest", "vi"]);
/** Reused for every file, as `ts.preProcessFile` reuses its own. */
const scanner = ts.createScanner(ts.ScriptTarget.Latest, true);

const isWord = (kind: number | undefined) =>
  kind === K.Identifier || (kind !== undefined && kind >= K.FirstKeyword && kind <= K.LastKeyword);

/** Tokens that can stand between `import`/`export` and `from`. */
const inClause = (kind: number) =>
  isWord(kind) ||
  kind === K.OpenBraceToken ||
  kind === K.CloseBraceToken ||
  kind === K.CommaToken ||
  kind === K.AsteriskToken ||
  kind === K.StringLiteral;

type Statement = Pick<LocatedImport, "kind" | "names" | "typeOnly" | "nested">;

/** The tokens of one `import … from "x"` / `export … from "x"`, from its keyword on. */
class Clause {
  readonly kinds: number[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  depth = 0;

  constructor(private readonly text: string) {}

  reset(depth: number) {
    this.kinds.length = 0;
    this.starts.length = 0;
    this.ends.length = 0;
    this.depth = depth;
  }

  push(kind: number, start: number, end: number) {
    this.kinds.push(kind);
    this.starts.push(start);
    this.ends.push(end);
  }

  /** A name as written: identifiers and keywords as they are, string names unquoted. */
  name(i: number): string {
    const raw = this.text.slice(this.starts[i], this.ends[i]);
    return this.kinds[i] === K.StringLiteral ? raw.slice(1, -1) : raw;
  }

  /** `{ a, b as c, type D }` between `open` and `close`: the names and whether all are `type`. */
  private specifiers(open: number, close: number) {
    const names: string[] = [];
    let allTypes = true;
    let spec: number[] = [];
    const flush = () => {
      const [first, second, third] = spec;
      if (first === undefined) return;
      // `type X`, `type X as Y`: type-only; `type as Y` imports a binding named "type".
      const typeMarked =
        this.kinds[first] === K.TypeKeyword &&
        second !== undefined &&
        (spec.length === 2 || (spec.length === 4 && this.kinds[third ?? -1] === K.AsKeyword));
      if (!typeMarked) allTypes = false;
      names.push(this.name(typeMarked ? second : first));
      spec = [];
    };
    for (let i = open + 1; i < close; i++) {
      if (this.kinds[i] === K.CommaToken) flush();
      else spec.push(i);
    }
    flush();
    return { names, allTypes: allTypes && names.length > 0 };
  }

  /** Read forward from the keyword to `from` (the token before the specifier). */
  statement(): Statement {
    const from = this.kinds.length - 2;
    const isImport = this.kinds[0] === K.ImportKeyword;
    let k = 1;
    // `import type X from`, but `import type from "x"` imports a default named "type".
    const typeKeyword =
      this.kinds[k] === K.TypeKeyword && k + 1 < from && this.kinds[k + 1] !== K.CommaToken;
    if (typeKeyword) k++;
    const names: string[] = [];
    let allTypes = false;
    if (isImport && k < from && isWord(this.kinds[k])) {
      // A word not followed by `,` or `from` is a phase modifier (`import defer * as ns`).
      if (this.kinds[k + 1] === K.CommaToken || k + 1 === from) names.push("default");
      k++;
      if (this.kinds[k] === K.CommaToken) k++;
      else if (isWord(this.kinds[k]) && k + 1 === from) {
        names.push("default"); // `import source x from`
        k++;
      }
    }
    if (this.kinds[k] === K.AsteriskToken) names.push("*");
    else if (this.kinds[k] === K.OpenBraceToken) {
      const close = this.kinds.indexOf(K.CloseBraceToken, k);
      const specs = this.specifiers(k, close < 0 || close > from ? from : close);
      names.push(...specs.names);
      allTypes = specs.allTypes && names.length === specs.names.length;
    }
    const typeOnly = typeKeyword || allTypes;
    const kind = !isImport ? "export-from" : typeOnly ? "import-type" : "import";
    return { kind, names, typeOnly, nested: this.depth > 0 };
  }
}

interface Pass {
  /** Import statements in text order, each at the offset of its specifier literal. */
  statements: (Statement & { at: number; specifier: string })[];
  mocks: { at: number; specifier: string }[];
  classes: { at: number; name: string }[];
}

/**
 * One pass over the tokens of a file, as TypeScript's scanner sees them, with the template
 * handling of `ts.preProcessFile` (held to it by test/analyze/javascript-differential.test.ts).
 * Comments are trivia and a string is one token: neither can look like a statement. Only
 * the last few tokens and the current `import`/`export` clause are kept.
 */
function scanTokens(text: string): Pass {
  const pass: Pass = { statements: [], mocks: [], classes: [] };
  const clause = new Clause(text);
  let inStatement = false;
  // The last eight tokens, a ring: back(1) is the previous one.
  const kinds = new Int32Array(8);
  const starts = new Int32Array(8);
  const ends = new Int32Array(8);
  let n = 0;
  const back = (i: number) => kinds[(n - i) & 7];
  const textBack = (i: number) => text.slice(starts[(n - i) & 7], ends[(n - i) & 7]);
  const stack: number[] = []; // TemplateHead or OpenBrace, innermost last
  let depth = 0;
  scanner.setText(text);
  for (let kind = scanner.scan(); kind !== K.EndOfFileToken; kind = scanner.scan()) {
    if (kind === K.CloseBraceToken && stack[stack.length - 1] === K.TemplateHead) {
      // The `}` closing a `${ … }` hole continues the template text.
      kind = scanner.reScanTemplateToken(false);
      if (kind === K.TemplateTail) stack.pop();
    } else if (kind === K.OpenBraceToken) {
      stack.push(kind);
      depth++;
    } else if (kind === K.CloseBraceToken) {
      stack.pop();
      if (depth > 0) depth--;
    } else if (kind === K.TemplateHead) stack.push(kind);
    const start = scanner.getTokenStart();
    const end = scanner.getTokenEnd();

    if ((kind === K.ImportKeyword || kind === K.ExportKeyword) && back(1) !== K.DotToken) {
      inStatement = true;
      clause.reset(depth);
      clause.push(kind, start, end);
    } else if (inStatement) {
      if (inClause(kind)) clause.push(kind, start, end);
      else inStatement = false;
    }

    if (kind === K.StringLiteral || kind === K.NoSubstitutionTemplateLiteral) {
      const record = (statement: Statement) =>
        pass.statements.push({ ...statement, at: start, specifier: scanner.getTokenValue() });
      const call = (kind: Statement["kind"]) =>
        record({ kind, names: [], typeOnly: false, nested: depth > 0 });
      if (back(1) === K.FromKeyword && inStatement) {
        if (kind === K.StringLiteral) record(clause.statement());
        inStatement = false;
      } else if (back(1) === K.ImportKeyword && back(2) !== K.DotToken) {
        if (kind === K.StringLiteral) call("import");
      } else if (back(1) === K.OpenParenToken && back(3) !== K.DotToken) {
        if (back(2) === K.RequireKeyword) call("require");
        else if (back(2) === K.ImportKeyword) call("dynamic-import");
      } else if (
        back(1) === K.OpenParenToken &&
        back(2) === K.Identifier &&
        back(4) === K.Identifier &&
        back(5) !== K.DotToken &&
        textBack(2) === "mock" &&
        mockObjects.has(textBack(4))
      ) {
        pass.mocks.push({ at: start, specifier: scanner.getTokenValue() });
      }
    } else if (kind === K.Identifier && back(1) === K.ClassKeyword && back(2) !== K.DotToken) {
      pass.classes.push({ at: start, name: text.slice(start, end) });
    }
    kinds[n & 7] = kind;
    starts[n & 7] = start;
    ends[n & 7] = end;
    n++;
  }
  scanner.setText(undefined);
  return pass;
}

/**
 * The import statements (`import`, `import type`, `export … from`, `require("…")`,
 * `import("…")` with a literal), module mocks (`jest.mock`/`vi.mock`) and class
 * declarations of a JS/TS file, with lines: one pass of TypeScript's scanner. It reads the
 * statements `ts.preProcessFile` reads, plus `export * as ns from` (which it skips), minus
 * `declare module "…"`, AMD `define([…])` and member calls such as `x.require("…")`.
 */
export function locateImports(text: string): JavaScriptLocations {
  const pass = scanTokens(text);
  const lines = new LineMap(text);
  return {
    imports: pass.statements.map(({ at, ...statement }) => ({
      ...statement,
      line: lines.lineAt(at),
    })),
    mocks: pass.mocks.map((m) => ({ specifier: m.specifier, line: lines.lineAt(m.at) })),
    classes: pass.classes.map((c) => ({ name: c.name, line: lines.lineAt(c.at) })),
  };
}

/** `class` (then blanks or comments) and a name: a class declaration may be there. */
const classCandidate =
  /\bclass(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n]*\n)+([A-Za-z_$\u00c0-\uffff][\w$\u00c0-\uffff]*)/g;

/**
 * Names that follow `class` anywhere in the text, comments and strings included: a cheap
 * superset of the declared class names, to skip files that cannot declare a wanted one.
 */
export function classNameCandidates(text: string): string[] {
  return [...text.matchAll(classCandidate)].map((m) => m[1] ?? "");
}
