import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  LineMap
} from "./chunk-OVDC6TOV.js";

// dist/languages/javascript/locations.js
import ts from "typescript";
var K = ts.SyntaxKind;
var mockObjects = /* @__PURE__ */ new Set(["jest", "vi"]);
var scanner = ts.createScanner(ts.ScriptTarget.Latest, true);
var isWord = (kind) => kind === K.Identifier || kind !== void 0 && kind >= K.FirstKeyword && kind <= K.LastKeyword;
var inClause = (kind) => isWord(kind) || kind === K.OpenBraceToken || kind === K.CloseBraceToken || kind === K.CommaToken || kind === K.AsteriskToken || kind === K.StringLiteral;
var Clause = class {
  text;
  kinds = [];
  starts = [];
  ends = [];
  depth = 0;
  constructor(text) {
    this.text = text;
  }
  reset(depth) {
    this.kinds.length = 0;
    this.starts.length = 0;
    this.ends.length = 0;
    this.depth = depth;
  }
  push(kind, start, end) {
    this.kinds.push(kind);
    this.starts.push(start);
    this.ends.push(end);
  }
  /** A name as written: identifiers and keywords as they are, string names unquoted. */
  name(i) {
    const raw = this.text.slice(this.starts[i], this.ends[i]);
    return this.kinds[i] === K.StringLiteral ? raw.slice(1, -1) : raw;
  }
  /** `{ a, b as c, type D }` between `open` and `close`: the names and whether all are `type`. */
  specifiers(open, close) {
    const names = [];
    let allTypes = true;
    let spec = [];
    const flush = () => {
      const [first, second, third] = spec;
      if (first === void 0)
        return;
      const typeMarked = this.kinds[first] === K.TypeKeyword && second !== void 0 && (spec.length === 2 || spec.length === 4 && this.kinds[third ?? -1] === K.AsKeyword);
      if (!typeMarked)
        allTypes = false;
      names.push(this.name(typeMarked ? second : first));
      spec = [];
    };
    for (let i = open + 1; i < close; i++) {
      if (this.kinds[i] === K.CommaToken)
        flush();
      else
        spec.push(i);
    }
    flush();
    return { names, allTypes: allTypes && names.length > 0 };
  }
  /** Read forward from the keyword to `from` (the token before the specifier). */
  statement() {
    const from = this.kinds.length - 2;
    const isImport = this.kinds[0] === K.ImportKeyword;
    let k = 1;
    const typeKeyword = this.kinds[k] === K.TypeKeyword && k + 1 < from && this.kinds[k + 1] !== K.CommaToken;
    if (typeKeyword)
      k++;
    const names = [];
    let allTypes = false;
    if (isImport && k < from && isWord(this.kinds[k])) {
      if (this.kinds[k + 1] === K.CommaToken || k + 1 === from)
        names.push("default");
      k++;
      if (this.kinds[k] === K.CommaToken)
        k++;
      else if (isWord(this.kinds[k]) && k + 1 === from) {
        names.push("default");
        k++;
      }
    }
    if (this.kinds[k] === K.AsteriskToken)
      names.push("*");
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
};
function scanTokens(text) {
  const pass = { statements: [], mocks: [], classes: [] };
  const clause = new Clause(text);
  let inStatement = false;
  const kinds = new Int32Array(8);
  const starts = new Int32Array(8);
  const ends = new Int32Array(8);
  let n = 0;
  const back = (i) => kinds[n - i & 7];
  const textBack = (i) => text.slice(starts[n - i & 7], ends[n - i & 7]);
  const stack = [];
  let depth = 0;
  scanner.setText(text);
  for (let kind = scanner.scan(); kind !== K.EndOfFileToken; kind = scanner.scan()) {
    if (kind === K.CloseBraceToken && stack[stack.length - 1] === K.TemplateHead) {
      kind = scanner.reScanTemplateToken(false);
      if (kind === K.TemplateTail)
        stack.pop();
    } else if (kind === K.OpenBraceToken) {
      stack.push(kind);
      depth++;
    } else if (kind === K.CloseBraceToken) {
      stack.pop();
      if (depth > 0)
        depth--;
    } else if (kind === K.TemplateHead)
      stack.push(kind);
    const start = scanner.getTokenStart();
    const end = scanner.getTokenEnd();
    if ((kind === K.ImportKeyword || kind === K.ExportKeyword) && back(1) !== K.DotToken) {
      inStatement = true;
      clause.reset(depth);
      clause.push(kind, start, end);
    } else if (inStatement) {
      if (inClause(kind))
        clause.push(kind, start, end);
      else
        inStatement = false;
    }
    if (kind === K.StringLiteral || kind === K.NoSubstitutionTemplateLiteral) {
      const record = (statement) => pass.statements.push({ ...statement, at: start, specifier: scanner.getTokenValue() });
      const call = (kind2) => record({ kind: kind2, names: [], typeOnly: false, nested: depth > 0 });
      if (back(1) === K.FromKeyword && inStatement) {
        if (kind === K.StringLiteral)
          record(clause.statement());
        inStatement = false;
      } else if (back(1) === K.ImportKeyword && back(2) !== K.DotToken) {
        if (kind === K.StringLiteral)
          call("import");
      } else if (back(1) === K.OpenParenToken && back(3) !== K.DotToken) {
        if (back(2) === K.RequireKeyword)
          call("require");
        else if (back(2) === K.ImportKeyword)
          call("dynamic-import");
      } else if (back(1) === K.OpenParenToken && back(2) === K.Identifier && back(4) === K.Identifier && back(5) !== K.DotToken && textBack(2) === "mock" && mockObjects.has(textBack(4))) {
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
  scanner.setText(void 0);
  return pass;
}
function locateImports(text) {
  const pass = scanTokens(text);
  const lines = new LineMap(text);
  return {
    imports: pass.statements.map(({ at, ...statement }) => ({
      ...statement,
      line: lines.lineAt(at)
    })),
    mocks: pass.mocks.map((m) => ({ specifier: m.specifier, line: lines.lineAt(m.at) })),
    classes: pass.classes.map((c) => ({ name: c.name, line: lines.lineAt(c.at) }))
  };
}
var classCandidate = /\bclass(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n]*\n)+([A-Za-z_$\u00c0-\uffff][\w$\u00c0-\uffff]*)/g;
function classNameCandidates(text) {
  return [...text.matchAll(classCandidate)].map((m) => m[1] ?? "");
}

export {
  locateImports,
  classNameCandidates
};
