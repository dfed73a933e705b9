import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  allPathModules,
  reachedModules,
  stringTarget
} from "./chunk-AQFLRR5H.js";
import {
  adviseName,
  batchAssigner,
  otherBatch
} from "./chunk-RZVQHAKH.js";
import {
  Lexer,
  S_BYTES,
  S_FORMAT,
  ScanSink,
  T_CLOSE,
  T_DEDENT,
  T_END,
  T_INDENT,
  T_NAME,
  T_NEWLINE,
  T_OP,
  T_OPEN,
  T_STRING,
  decodePython,
  discoverWorkingTree,
  identifier,
  isOwnState,
  scanPython
} from "./chunk-AFIXXXQQ.js";
import {
  absoluteFromModule,
  buildModuleIndex
} from "./chunk-LSQSVOAV.js";
import {
  LineMap
} from "./chunk-OVDC6TOV.js";
import {
  consolidationLanguage
} from "./chunk-C7PHYS7N.js";
import {
  InputError,
  errorCode
} from "./chunk-XGZIY2SH.js";

// dist/migrate/canonical.js
function fromScan(module, index, scan, symbols) {
  const names = /* @__PURE__ */ new Set([...scan?.moduleNames ?? [], ...scan?.dunderAll ?? []]);
  const usable = scan !== void 0 && scan.errors.length === 0;
  const binds = (name) => usable && (names.has(name) || index.exists.has(`${module}.${name}`));
  return {
    binds,
    binderOf: (name) => {
      const target = symbols[name] ?? name;
      return binds(target) ? { module, name: { name: target } } : void 0;
    }
  };
}
function canonicalFacts(consolidation, index, scan, provenance) {
  const module = consolidation.paths.find((p) => p.role === "canonical")?.module ?? "";
  const file = index.files.get(module);
  const usable = file !== void 0 && scan !== void 0 && scan.errors.length === 0;
  const rule = provenance ? {
    binds: (name) => provenance.binds(module, name),
    binderOf: (name, from) => adviseName(name, from, consolidation, provenance)
  } : fromScan(module, index, scan, consolidation.symbols);
  return {
    module,
    // A broken canonical file is never pointed at, whatever the provenance read from it.
    binds: (name) => usable && rule.binds(name),
    binderOf: (name, from) => {
      const advice = rule.binderOf(name, from);
      return advice?.module === module && !usable ? void 0 : advice;
    },
    unbound: (name) => {
      if (file === void 0)
        return `canonical module ${module} has no file to check ${name} against`;
      if (!usable)
        return `canonical module ${module} (${file}) cannot be read cleanly`;
      return `blocked: the canonical module does not define ${name}`;
    }
  };
}

// dist/migrate/tokens.js
function tokenize(text, from = 0, to = text.length) {
  const source = from === 0 && to === text.length ? text : text.slice(from, to);
  const shift = source === text ? 0 : from;
  const lx = new Lexer(new ScanSink(source), from === 0 && source.charCodeAt(0) === 65279 ? 1 : 0);
  const out = [];
  for (lx.next(); lx.tok !== T_END; lx.next()) {
    const kind = lx.tok;
    out.push({
      kind,
      start: lx.start + shift,
      end: lx.end + shift,
      text: kind === T_NAME ? identifier(source, lx.start, lx.end) : source.slice(lx.start, lx.end),
      format: kind === T_STRING && (lx.strFlags & S_FORMAT) !== 0,
      plain: kind === T_STRING && (lx.strFlags & (S_FORMAT | S_BYTES)) === 0,
      bodyStart: kind === T_STRING ? lx.bodyStart + shift : 0,
      bodyEnd: kind === T_STRING ? lx.bodyEnd + shift : 0
    });
  }
  return out;
}
var isName = (t, name) => t !== void 0 && t.kind === T_NAME && (name === void 0 || t.text === name);
var isDot = (t) => t !== void 0 && t.kind === T_OP && t.text === ".";
var isOp = (t, text) => t !== void 0 && t.text === text && t.kind !== T_NAME && t.kind !== T_STRING;
var assignOps = /* @__PURE__ */ new Set([
  "=",
  ":=",
  "+=",
  "-=",
  "*=",
  "/=",
  "//=",
  "%=",
  "@=",
  "&=",
  "|=",
  "^=",
  ">>=",
  "<<=",
  "**="
]);
var isAssignment = (t) => t !== void 0 && t.kind === T_OP && assignOps.has(t.text);

// dist/migrate/syntax.js
var F_NONE = 0;
var F_CALL = 1;
var F_SUBSCRIPT = 2;
var F_GROUP = 3;
var F_LIST = 4;
var F_BRACE = 5;
var F_PARAMS = 6;
var F_BASES = 7;
var F_TYPECALL = 8;
var compound = /* @__PURE__ */ new Set([
  "if",
  "elif",
  "else",
  "while",
  "for",
  "try",
  "except",
  "finally",
  "with",
  "def",
  "class",
  "async"
]);
var keywords = /* @__PURE__ */ new Set([
  ...compound,
  "and",
  "or",
  "not",
  "in",
  "is",
  "return",
  "yield",
  "await",
  "lambda",
  "del",
  "assert",
  "raise",
  "import",
  "from",
  "global",
  "nonlocal",
  "pass",
  "break",
  "continue",
  "None",
  "True",
  "False"
]);
var isOpText = (t, text) => t !== void 0 && (t.kind === T_OP || t.kind === T_OPEN || t.kind === T_CLOSE) && t.text === text;
function readSyntax(tokens, skip, lineAt) {
  const n = tokens.length;
  const frame = new Uint8Array(n);
  const typed = new Uint8Array(n);
  const closeOf = new Int32Array(n).fill(-1);
  const bindings = /* @__PURE__ */ new Map();
  const bind = (k, kind) => {
    const t = tokens[k];
    const list = bindings.get(t.text);
    const b = { kind, line: lineAt(t.start) };
    if (list)
      list.push(b);
    else
      bindings.set(t.text, [b]);
  };
  const scopes = [];
  const frames = [];
  let level = 0;
  let typeDepth = 0;
  let pendingScope;
  let headerParen = false;
  let arrow = false;
  let paramAnnotation = -1;
  let openScopeAt;
  const lambdas = [];
  let forTarget = -1;
  let stmtStart = 0;
  const scopeKind = () => {
    const top = scopes[scopes.length - 1];
    return top === void 0 ? "module-level name" : top.kind === "def" ? "local variable" : "class attribute";
  };
  const topLevel = (from, e, visit) => {
    let depth = 0;
    let lambdas2 = 0;
    for (let k = from; k < e; k++) {
      const t = tokens[k];
      if (t.kind === T_OPEN)
        depth++;
      else if (t.kind === T_CLOSE)
        depth--;
      else if (depth !== 0)
        continue;
      else if (t.kind === T_NAME && t.text === "lambda")
        lambdas2++;
      else if (lambdas2 > 0 && isOpText(t, ":"))
        lambdas2--;
      else if (visit(k, t, lambdas2 > 0))
        return;
    }
  };
  const statement = (s, e) => {
    let from = s;
    while (from < e && skip[from])
      from++;
    if (from >= e || skip[from])
      return;
    const first = tokens[from];
    if (first.kind === T_NAME && (first.text === "match" || first.text === "case")) {
      const second = tokens[from + 1];
      let colon2 = -1;
      topLevel(from, e, (k, t) => {
        if (isOpText(t, ":"))
          colon2 = k;
        return colon2 >= 0;
      });
      const clause = colon2 > from + 1 && !isAssignment(second) && !isOpText(second, ".") && !isOpText(second, ":");
      if (clause) {
        if (first.text === "case")
          captures(from + 1, colon2);
        return statement(colon2 + 1, e);
      }
    }
    if (first.kind === T_NAME && compound.has(first.text)) {
      topLevel(from, e, (k, t) => {
        if (!isOpText(t, ":"))
          return false;
        statement(k + 1, e);
        return true;
      });
      return;
    }
    const del = first.kind === T_NAME && first.text === "del";
    const ops = [];
    let colon = -1;
    topLevel(from, e, (k, t, inLambda) => {
      if (isOpText(t, ":")) {
        if (colon < 0 && ops.length === 0)
          colon = k;
      } else if (!inLambda && isAssignment(t) && t.text !== ":=")
        ops.push(k);
      return false;
    });
    if (colon >= 0)
      for (let k = colon + 1; k < (ops[0] ?? e); k++)
        typed[k] = 1;
    const targets = [];
    if (del)
      targets.push([from + 1, e]);
    else if (ops.length > 0) {
      let at = from;
      for (const op of ops) {
        targets.push([at, colon >= 0 && colon < op ? colon : op]);
        at = op + 1;
      }
    } else if (colon >= 0 && first.kind === T_NAME && !keywords.has(first.text)) {
      targets.push([from, colon]);
    }
    for (const [a, b] of targets)
      targetNames(a, b);
  };
  const captures = (a, b) => {
    let depth = 0;
    for (let k = a; k < b; k++) {
      const t = tokens[k];
      if (t.kind === T_OPEN)
        depth++;
      else if (t.kind === T_CLOSE)
        depth--;
      else if (depth === 0 && t.kind === T_NAME && t.text === "if")
        return;
      else if (t.kind === T_NAME && t.text !== "_" && !keywords.has(t.text) && !isOpText(tokens[k - 1], ".") && !isOpText(tokens[k + 1], ".") && !isOpText(tokens[k + 1], "(") && !isOpText(tokens[k + 1], "="))
        bind(k, scopeKind());
    }
  };
  const targetNames = (a, b) => {
    let opaque = 0;
    const kinds = [];
    for (let k = a; k < b; k++) {
      const t = tokens[k];
      if (t.kind === T_OPEN) {
        const prev = tokens[k - 1];
        const reads = k > a && prev !== void 0 && (prev.kind === T_NAME || prev.kind === T_CLOSE || isOpText(prev, "."));
        kinds.push(reads);
        if (reads)
          opaque++;
      } else if (t.kind === T_CLOSE) {
        if (kinds.pop())
          opaque--;
      } else if (opaque === 0 && t.kind === T_NAME && !keywords.has(t.text) && !isOpText(tokens[k - 1], ".") && !isOpText(tokens[k + 1], ".") && !isOpText(tokens[k + 1], "(") && !isOpText(tokens[k + 1], "[")) {
        bind(k, scopeKind());
      }
    }
  };
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    const top = frames[frames.length - 1];
    frame[k] = top?.kind ?? F_NONE;
    if (typeDepth > 0 || arrow || paramAnnotation >= 0)
      typed[k] = 1;
    const structural = t.kind === T_NEWLINE || t.kind === T_END || t.kind === T_INDENT || t.kind === T_DEDENT;
    if (skip[k] && !structural)
      continue;
    const depth = frames.length;
    if (t.kind === T_NEWLINE || t.kind === T_END) {
      statement(stmtStart, k);
      stmtStart = k + 1;
      if (scopes[scopes.length - 1]?.level === -1)
        scopes.pop();
      arrow = false;
      forTarget = -1;
      lambdas.length = 0;
      continue;
    }
    if (t.kind === T_INDENT) {
      level++;
      if (openScopeAt !== void 0)
        scopes.push({ kind: openScopeAt, level });
      openScopeAt = void 0;
      stmtStart = k + 1;
      continue;
    }
    if (t.kind === T_DEDENT) {
      level--;
      while (scopes.length > 0 && scopes[scopes.length - 1].level > level)
        scopes.pop();
      stmtStart = k + 1;
      continue;
    }
    if (t.kind === T_OPEN) {
      const prev2 = tokens[k - 1];
      let kind;
      if (t.text === "(" && pendingScope !== void 0 && headerParen && depth === 0) {
        kind = pendingScope === "def" ? F_PARAMS : F_BASES;
        headerParen = false;
      } else if (t.text === "(") {
        const callee = prev2 !== void 0 && prev2.kind === T_NAME && !keywords.has(prev2.text);
        const call = callee || prev2 !== void 0 && (prev2.kind === T_CLOSE || prev2.kind === T_STRING);
        kind = !call ? F_GROUP : callee && (prev2.text === "isinstance" || prev2.text === "issubclass") ? F_TYPECALL : F_CALL;
      } else if (t.text === "[") {
        const sub = prev2 !== void 0 && (prev2.kind === T_NAME && !keywords.has(prev2.text) || prev2.kind === T_CLOSE || prev2.kind === T_STRING);
        kind = sub ? F_SUBSCRIPT : F_LIST;
      } else
        kind = F_BRACE;
      frames.push({ kind, open: k });
      if (kind === F_BASES || kind === F_TYPECALL)
        typeDepth++;
      continue;
    }
    if (t.kind === T_CLOSE) {
      const f = frames.pop();
      if (f) {
        closeOf[f.open] = k;
        if (f.kind === F_BASES || f.kind === F_TYPECALL)
          typeDepth--;
        if (f.kind === F_PARAMS)
          paramAnnotation = -1;
      }
      if (paramAnnotation > frames.length)
        paramAnnotation = -1;
      continue;
    }
    if (t.kind === T_OP) {
      if (t.text === ";" && depth === 0) {
        statement(stmtStart, k);
        stmtStart = k + 1;
      } else if (t.text === "->" && pendingScope !== void 0 && depth === 0)
        arrow = true;
      else if (t.text === ":") {
        if (lambdas[lambdas.length - 1] === depth)
          lambdas.pop();
        else if (depth === 0 && pendingScope !== void 0) {
          const next2 = tokens[k + 1];
          if (next2 !== void 0 && next2.kind === T_NEWLINE)
            openScopeAt = pendingScope;
          else
            scopes.push({ kind: pendingScope, level: -1 });
          pendingScope = void 0;
          arrow = false;
        } else if (top?.kind === F_PARAMS && paramAnnotation < 0)
          paramAnnotation = depth;
      } else if ((t.text === "," || t.text === "=") && paramAnnotation === depth) {
        paramAnnotation = -1;
      } else if (t.text === ":=" && tokens[k - 1]?.kind === T_NAME)
        bind(k - 1, scopeKind());
      continue;
    }
    if (t.kind !== T_NAME)
      continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if ((t.text === "def" || t.text === "class") && next?.kind === T_NAME) {
      bind(k + 1, scopeKind());
      pendingScope = t.text;
      headerParen = true;
      k++;
      frame[k] = frame[k - 1] ?? F_NONE;
      continue;
    }
    if (t.text === "lambda") {
      lambdas.push(depth);
      continue;
    }
    if (t.text === "for") {
      forTarget = depth;
      continue;
    }
    if (t.text === "in" && forTarget === depth) {
      forTarget = -1;
      continue;
    }
    if (t.text === "as") {
      if (next?.kind === T_NAME && !skip[k + 1])
        bind(k + 1, scopeKind());
      else if (next?.kind === T_OPEN && !skip[k + 1]) {
        let end = k + 1;
        for (let open = 0; end < n; end++) {
          const kind = tokens[end].kind;
          if (kind === T_OPEN)
            open++;
          else if (kind === T_CLOSE && --open === 0)
            break;
        }
        targetNames(k + 2, end);
      }
      continue;
    }
    const afterOpen = prev !== void 0 && (isOpText(prev, ",") || isOpText(prev, "(") || isOpText(prev, "*") || isOpText(prev, "**"));
    if (top?.kind === F_PARAMS && depth === frames.length && paramAnnotation < 0 && afterOpen) {
      bind(k, "parameter");
      continue;
    }
    if (lambdas[lambdas.length - 1] === depth && (afterOpen || prev?.kind === T_NAME && prev.text === "lambda")) {
      bind(k, "parameter");
      continue;
    }
    if (forTarget >= 0 && depth >= forTarget && !isOpText(prev, ".") && !isOpText(next, ".") && !isOpText(next, "(") && !isOpText(next, "[")) {
      bind(k, forTarget > 0 ? "comprehension variable" : scopeKind());
    }
  }
  statement(stmtStart, n);
  return { bindings, frame, typed, closeOf };
}

// dist/migrate/code-view.js
function formatFieldNames(source) {
  const quote = source.search(/['"]/);
  const body = source.slice(Math.max(quote, 0));
  const out = [];
  let depth = 0;
  let field = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (depth === 0) {
      if (c === "{" && body[i + 1] === "{")
        i++;
      else if (c === "{") {
        depth = 1;
        field = "";
      }
      continue;
    }
    if (c === "{")
      depth++;
    else if (c === "}")
      depth--;
    if (depth === 0) {
      for (const m of field.matchAll(/(?<![\w.])[A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*/gu))
        out.push(m[0]);
    } else
      field += c;
  }
  return out;
}
function mentionsOf(tokens, text, lines) {
  const out = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== T_STRING)
      continue;
    let j = k;
    while (tokens[j + 1]?.kind === T_STRING)
      j++;
    const pieces = tokens.slice(k, j + 1);
    const value = pieces.map((p) => text.slice(p.bodyStart, p.bodyEnd)).join("");
    if (pieces.every((p) => p.plain) && /^[\w.]+$/u.test(value)) {
      out.push({
        value,
        line: lines.lineAt(t.start),
        starts: pieces.map((p) => p.bodyStart),
        concatenated: pieces.length > 1
      });
    }
    k = j;
  }
  return out;
}
function codeView(text, scan) {
  const tokens = tokenize(text);
  const spans = scan.imports.map((s) => [s.start, s.end]).sort((a, b) => a[0] - b[0]);
  let k = 0;
  const inImport = tokens.map((t) => {
    while (k < spans.length && (spans[k]?.[1] ?? 0) <= t.start)
      k++;
    const span = spans[k];
    return span !== void 0 && span[0] <= t.start && t.start < span[1] && t.end > t.start;
  });
  const lines = new LineMap(text);
  const occurrences = /* @__PURE__ */ new Map();
  const formatNames = /* @__PURE__ */ new Map();
  tokens.forEach((t, i) => {
    if (t.format) {
      for (const name of formatFieldNames(text.slice(t.start, t.end)))
        if (!formatNames.has(name))
          formatNames.set(name, lines.lineAt(t.start));
    }
    if (t.kind !== T_NAME || inImport[i] || isDot(tokens[i - 1]))
      return;
    const list = occurrences.get(t.text);
    if (list)
      list.push(i);
    else
      occurrences.set(t.text, [i]);
  });
  const mentions = mentionsOf(tokens, text, lines);
  let syntax;
  return {
    tokens,
    inImport,
    lines,
    text,
    occurrences,
    formatNames,
    mentions,
    syntax: () => {
      syntax ??= readSyntax(tokens, inImport, (o) => lines.lineAt(o));
      return syntax;
    }
  };
}

// dist/migrate/file-context.js
var movedReason = (from, to) => `${from} -> ${to}`;
function only(p, module, claims) {
  if (claims === void 0 || claims.length === 0)
    return void 0;
  if (claims.length > 1) {
    const why = `${module} is a deprecated path of ${claims.map((c) => c.target.consolidation).join(" and ")}`;
    for (const c of claims)
      p.refuse(c.item, why);
    return void 0;
  }
  return claims[0];
}
var boundName = (s, n) => s.kind === "from" ? n.alias ?? n.name : n.alias ?? n.name.split(".")[0] ?? n.name;
function loadedModules(s, importer, index, add) {
  if (s.kind === "import") {
    for (const n of s.names)
      add(n.name);
    return;
  }
  const base = absoluteFromModule(s.module, s.level, importer?.package);
  if (base === void 0)
    return;
  add(base);
  for (const n of s.names)
    if (index.exists.has(`${base}.${n.name}`))
      add(`${base}.${n.name}`);
}
var FileContext = class {
  facts;
  claims;
  byLocal;
  after = /* @__PURE__ */ new Map();
  named;
  memos = /* @__PURE__ */ new Map();
  constructor(facts, claims) {
    this.facts = facts;
    this.claims = claims;
  }
  bound(local) {
    if (!this.byLocal) {
      this.byLocal = /* @__PURE__ */ new Map();
      for (const s of this.facts.scan.imports) {
        for (const n of s.names) {
          const name = boundName(s, n);
          const list = this.byLocal.get(name);
          if (!list)
            this.byLocal.set(name, [s]);
          else if (list[list.length - 1] !== s)
            list.push(s);
        }
      }
    }
    return this.byLocal.get(local) ?? [];
  }
  /** `make()` once per key and file (checks that do not depend on the statement). */
  memo(key2, make) {
    if (!this.memos.has(key2))
      this.memos.set(key2, make());
    return this.memos.get(key2);
  }
  /** The line of another import binding `local`: then `local` means two things. */
  otherBinding(stmt, local) {
    return this.bound(local).find((s) => s !== stmt)?.line;
  }
  /** Another import binding `root` to something else than the package (`from x import root`, `as root`). */
  otherRootBinding(stmt, root) {
    return this.bound(root).find((s) => s !== stmt && (s.kind === "from" || s.names.some((n) => n.alias === root)))?.line;
  }
  /** The import statements binding `local`. */
  importsBinding(local) {
    return this.bound(local);
  }
  /**
   * What the file's module-level imports still load once `module` (the one `import module`
   * being rewritten) is gone and every `from` import of a deprecated module has moved: the
   * other imports, and the canonical modules. (Another bare `import` of a deprecated module
   * counts: its own uses are rewritten with it, or it stays.)
   */
  importedAfter(module) {
    const cached = this.after.get(module);
    if (cached)
      return cached;
    const { facts } = this;
    const deprecated = new Set(this.claims.flatMap((c) => [...c.target.deprecated.keys()]));
    const modules = /* @__PURE__ */ new Set();
    const add = (m) => {
      for (let x = m; x !== "" && !modules.has(x); x = x.slice(0, Math.max(0, x.lastIndexOf("."))))
        modules.add(x);
    };
    for (const s of facts.scan.imports) {
      if (s.nested)
        continue;
      if (s.kind === "import") {
        for (const n of s.names)
          if (n.name !== module)
            add(n.name);
        continue;
      }
      loadedModules(s, facts.importer, facts.index, (m) => {
        if (!deprecated.has(m))
          add(m);
      });
    }
    for (const c of this.claims)
      add(c.target.canonical.module);
    const after = {
      modules,
      exists: (m) => facts.index.exists.has(m) || facts.pathModules.has(m)
    };
    this.after.set(module, after);
    return after;
  }
  /**
   * String literals naming `module` (their longest module prefix is it), for a rewrite that
   * moves the module object: without `--strings` they would keep naming the old module (a
   * string annotation, a `sys.modules` check, a `mock.patch` target), so the rewrite is
   * refused; with it, item and literals are rewritten together or not at all.
   */
  mentionProblem(p, item, module) {
    const { facts } = this;
    if (!this.named) {
      this.named = /* @__PURE__ */ new Map();
      for (const m of facts.view().mentions) {
        const target = stringTarget(m.value, facts.index, facts.pathModules);
        if (target === void 0)
          continue;
        const list = this.named.get(target);
        if (list)
          list.push(m);
        else
          this.named.set(target, [m]);
      }
    }
    const named = this.named.get(module) ?? [];
    const joined = named.find((m) => m.concatenated);
    if (joined)
      return `an implicitly concatenated string names ${module} (line ${joined.line}): its pieces are never rewritten`;
    const first = named[0];
    if (first === void 0)
      return void 0;
    if (!facts.strings)
      return `the string "${first.value}" (line ${first.line}) names ${module}: rewrite strings too with --strings`;
    for (const m of named)
      p.need(item, m.starts[0] ?? -1);
    return void 0;
  }
};

// dist/migrate/js-plan.js
import ts from "typescript";

// dist/migrate/js-specifier.js
import path from "node:path";
var posix = path.posix;
var writtenFor = {
  ".js": [".js", ".ts", ".tsx", ".jsx"],
  ".jsx": [".jsx", ".tsx"],
  ".mjs": [".mjs", ".mts"],
  ".cjs": [".cjs", ".cts"],
  ".ts": [".ts"],
  ".tsx": [".tsx"],
  ".mts": [".mts"],
  ".cts": [".cts"]
};
var stripExt = (file) => file.slice(0, file.length - posix.extname(file).length);
function readSpecifier(spec, target) {
  const trimmed = spec.replace(/\/+$/, "");
  const last = posix.basename(trimmed);
  const base = posix.basename(target);
  if (last === base)
    return { style: { kind: "real" }, specPath: trimmed, targetPath: target };
  if (last === stripExt(base))
    return { style: { kind: "none" }, specPath: trimmed, targetPath: stripExt(target) };
  const ext = posix.extname(last);
  if (ext !== "" && stripExt(last) === stripExt(base) && writtenFor[ext]?.includes(posix.extname(base))) {
    return {
      style: { kind: "written", ext },
      specPath: stripExt(trimmed),
      targetPath: stripExt(target)
    };
  }
  const folder = posix.dirname(target);
  if (stripExt(base) === "index" && last === posix.basename(folder)) {
    return { style: { kind: "folder" }, specPath: trimmed, targetPath: folder };
  }
  return void 0;
}
var isRelative = (spec) => spec === "." || spec === ".." || spec.startsWith("./") || spec.startsWith("../");
function styledTarget(style, canonical) {
  switch (style.kind) {
    case "real":
      return canonical;
    case "none":
      return stripExt(canonical);
    case "written":
      return writtenFor[style.ext]?.includes(posix.extname(canonical)) ? `${stripExt(canonical)}${style.ext}` : { problem: `a "${style.ext}" specifier cannot name ${canonical}` };
    case "folder":
      return stripExt(posix.basename(canonical)) === "index" ? posix.dirname(canonical) : stripExt(canonical);
  }
}
function namesFile(importer, spec, target) {
  const reading = readSpecifier(spec, target);
  if (!reading)
    return false;
  if (isRelative(spec)) {
    return posix.normalize(posix.join(posix.dirname(importer), reading.specPath)) === reading.targetPath;
  }
  return aliasParts(reading) !== void 0;
}
function aliasParts(reading) {
  const spec = reading.specPath.split("/");
  const target = reading.targetPath.split("/");
  let k = 0;
  while (k < spec.length && k < target.length && spec[spec.length - 1 - k] === target[target.length - 1 - k])
    k++;
  if (k === 0)
    return void 0;
  return { alias: spec.slice(0, spec.length - k), folder: target.slice(0, target.length - k) };
}
function rewriteSpecifier(importer, spec, target, canonical) {
  const reading = readSpecifier(spec, target);
  if (!reading)
    return { problem: `cannot tell how "${spec}" names ${target}` };
  const styled = styledTarget(reading.style, canonical);
  if (typeof styled !== "string")
    return styled;
  if (isRelative(spec)) {
    const rel = posix.relative(posix.dirname(importer), styled);
    return { value: rel.startsWith("../") || rel === ".." ? rel : `./${rel}` };
  }
  const parts = aliasParts(reading);
  if (!parts)
    return { problem: `cannot tell how "${spec}" names ${target}` };
  const folder = parts.folder.join("/");
  if (folder !== "" && !styled.startsWith(`${folder}/`)) {
    return { problem: `the alias of "${spec}" (${folder}/) does not reach ${canonical}` };
  }
  const rest = folder === "" ? styled : styled.slice(folder.length + 1);
  return { value: [...parts.alias, rest].join("/") };
}

// dist/migrate/planner.js
var Planner = class {
  file;
  consolidation;
  vetoes;
  batch;
  items = [];
  edits = [];
  needs = /* @__PURE__ */ new Map();
  anchors = /* @__PURE__ */ new Map();
  reasons = /* @__PURE__ */ new Map();
  skips = /* @__PURE__ */ new Map();
  constructor(file, consolidation, vetoes = /* @__PURE__ */ new Map(), batch = "") {
    this.file = file;
    this.consolidation = consolidation;
    this.vetoes = vetoes;
    this.batch = batch;
  }
  item(line, path3, kind, consolidation = this.consolidation, batch = this.batch) {
    const k = this.items.push({
      consolidation,
      file: this.file,
      line,
      path: path3,
      kind,
      ...batch ? { batch } : {}
    }) - 1;
    const veto = this.vetoes.get(k);
    if (veto !== void 0)
      this.refuse(k, veto);
    return k;
  }
  /** The veto on `item`, if any: the planner must then make no edit for it. */
  vetoed(item) {
    return this.vetoes.get(item);
  }
  refuse(item, reason) {
    const list = this.reasons.get(item) ?? [];
    if (!list.includes(reason))
      list.push(reason);
    this.reasons.set(item, list);
  }
  refused(item) {
    return this.reasons.has(item);
  }
  /** The item is not this consolidation's to migrate: it is listed as skipped, not planned. */
  skip(item, reason) {
    this.skips.set(item, reason);
  }
  edit(start, end, replacement, reason, owners, names = {}) {
    this.edits.push({ start, end, replacement, reason, owners, ...names });
  }
  /** `item` is rewritten only if the string literal at `literal` is rewritten too, and back. */
  need(item, literal) {
    const list = this.needs.get(literal);
    if (list)
      list.push(item);
    else
      this.needs.set(literal, [item]);
  }
  anchor(item, literal) {
    this.anchors.set(literal, item);
  }
  finish() {
    for (const [item, reasons] of this.reasons) {
      const it = this.items[item];
      if (it)
        it.refused = reasons.join("; ");
    }
    for (const [item, reason] of this.skips) {
      const it = this.items[item];
      if (it)
        it.skipped = reason;
    }
    return { items: this.items, edits: this.edits, needs: this.needs, anchors: this.anchors };
  }
};

// dist/migrate/js-plan.js
var quotes = /* @__PURE__ */ new Set(["'", '"', "`"]);
function literalFinder(text) {
  const lines = new LineMap(text);
  const byLine = /* @__PURE__ */ new Map();
  for (const ref of ts.preProcessFile(text, true, true).importedFiles) {
    const start = ref.pos + 1;
    const end = start + ref.fileName.length;
    const q = text[ref.pos] ?? "";
    if (!quotes.has(q) || text[end] !== q || text.slice(start, end) !== ref.fileName)
      continue;
    const line = lines.lineAt(ref.pos);
    byLine.set(line, [...byLine.get(line) ?? [], { start, end, value: ref.fileName }]);
  }
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1))
    lineStarts.push(i + 1);
  const quoted = (line) => {
    const from = lineStarts[line - 1] ?? 0;
    const to = lineStarts[line] ?? text.length;
    const out = [];
    for (const m of text.slice(from, to).matchAll(/(['"`])([^'"`\\\n$]*)\1/g)) {
      const start = from + (m.index ?? 0) + 1;
      out.push({ start, end: start + (m[2] ?? "").length, value: m[2] ?? "" });
    }
    return out;
  };
  return { onLine: (line) => byLine.get(line) ?? [], quoted };
}
function missingExports(deprecated, canonical, coversAll) {
  if (deprecated.unreadable)
    return `its exports cannot be read (${deprecated.unreadable})`;
  if (canonical.unreadable)
    return `the canonical exports cannot be read (${canonical.unreadable})`;
  const stars = deprecated.stars.filter((s) => !coversAll(s));
  if (stars.length > 0)
    return `it re-exports everything from ${stars.map((s) => `"${s}"`).join(", ")}, which cannot be checked`;
  return [...deprecated.names].filter((n) => !canonical.names.has(n)).sort();
}
function exportProblem(edge, deprecatedFile, t, canonicalFile) {
  const canonical = t.exportsOf(canonicalFile);
  if (typeof canonical === "string")
    return canonical;
  const renamed = edge.names.filter((n) => t.symbols[n] !== void 0 && t.symbols[n] !== n);
  if (renamed.length > 0)
    return `${renamed.join(", ")} is renamed in \`symbols\`: JS/TS renames are not rewritten`;
  const named = edge.names.filter((n) => n !== "*");
  if (named.length > 0 && named.length === edge.names.length) {
    const missing2 = named.filter((n) => !canonical.names.has(n));
    if (missing2.length === 0)
      return void 0;
    const star = canonical.stars.length > 0 ? " (directly; its `export *` cannot be checked)" : "";
    return `${missing2.join(", ")} ${missing2.length === 1 ? "is" : "are"} not exported by ${canonicalFile}${star}`;
  }
  const deprecated = t.exportsOf(deprecatedFile);
  if (typeof deprecated === "string")
    return deprecated;
  const coversAll = (spec) => namesFile(deprecatedFile, spec, canonicalFile);
  const missing = missingExports(deprecated, canonical, coversAll);
  if (typeof missing === "string")
    return `the whole module is used and ${missing}`;
  if (missing.length > 0) {
    return `the whole module is used and ${deprecatedFile} exports ${missing.join(", ")}, which ${canonicalFile} does not`;
  }
  return void 0;
}
function planJavaScript(file, text, t, edges, refs) {
  const p = new Planner(file, t.consolidation);
  const find = literalFinder(text);
  const used = /* @__PURE__ */ new Set();
  const locate = (line, target) => {
    const pick = (list) => list.filter((l) => !used.has(l.start) && namesFile(file, l.value, target));
    let found = pick(find.onLine(line));
    if (found.length === 0)
      found = pick(find.quoted(line));
    if (found.length === 0)
      return "the specifier could not be found on this line";
    const first = found[0];
    if (found.length > 1 && found.some((l) => l.value !== first.value))
      return "more than one specifier on this line names the path";
    return first;
  };
  const rewrite = (item, line, pathId, check) => {
    const target = t.fileOfPath.get(pathId);
    const canonical = t.canonicalFile;
    if (target === void 0 || canonical === void 0) {
      p.refuse(item, `the ${target === void 0 ? "deprecated" : "canonical"} path has no file`);
      return;
    }
    const literal = locate(line, target);
    if (typeof literal === "string")
      return p.refuse(item, literal);
    const problem = check(target, canonical);
    if (problem !== void 0)
      return p.refuse(item, problem);
    const next = rewriteSpecifier(file, literal.value, target, canonical);
    if ("problem" in next)
      return p.refuse(item, next.problem);
    used.add(literal.start);
    p.edit(literal.start, literal.end, next.value, `${literal.value} -> ${next.value}`, [item]);
  };
  for (const e of edges) {
    const item = p.item(e.line, e.path, e.kind);
    rewrite(item, e.line, e.path, (target, canonical) => exportProblem(e, target, t, canonical));
  }
  for (const r of refs) {
    rewrite(p.item(r.line, r.path, "string"), r.line, r.path, () => void 0);
  }
  return p.finish();
}

// dist/migrate/uses.js
function bindingProblem(view, name) {
  const b = view.syntax().bindings.get(name)?.[0];
  if (b === void 0)
    return void 0;
  return b.kind === "module-level name" ? `${name} is rebound (line ${b.line})` : `${name} is shadowed by a ${b.kind} (line ${b.line})`;
}
function formatProblem(view, name) {
  const line = view.formatNames.get(name);
  return line === void 0 ? void 0 : `${name} appears inside an f-string (line ${line})`;
}
function passedAsValue(view, k) {
  const syntax = view.syntax();
  if (syntax.typed[k])
    return false;
  const prev = view.tokens[k - 1];
  if (prev === void 0)
    return false;
  if (isAssignment(prev) || isName(prev, "return") || isName(prev, "yield"))
    return true;
  const frame = syntax.frame[k];
  const inside = frame === F_CALL || frame === F_LIST || frame === F_BRACE || frame === F_GROUP;
  return inside && (isOp(prev, "(") || isOp(prev, "[") || isOp(prev, "{") || isOp(prev, ",") || isOp(prev, ":") || isOp(prev, "*") || isOp(prev, "**"));
}
var lineOf = (view, t) => view.lines.lineAt(t.start);
function attributeUse(view, k, j, holder, replacementHolder, t) {
  const { tokens } = view;
  const start = tokens[k].start;
  const at = lineOf(view, tokens[k]);
  const attr = tokens[j + 2];
  if (!isDot(tokens[j + 1]) || !isName(attr)) {
    return { edits: [], problem: `${holder} is used other than as ${holder}.<name> (line ${at})` };
  }
  if (isAssignment(tokens[j + 3])) {
    return { edits: [], problem: `${holder}.${attr.text} is assigned to (line ${at})` };
  }
  const { canonical } = t;
  const place = `${holder}.${attr.text}, line ${at}`;
  const check = (name2) => canonical.binds(name2) ? void 0 : `${canonical.unbound(name2)} (${place})`;
  const wanted = t.symbols[attr.text] ?? attr.text;
  let problem = check(wanted);
  let name = wanted;
  const factory = t.factories[attr.text];
  if (problem === void 0 && factory !== void 0) {
    if (isOp(tokens[j + 3], "(")) {
      problem = check(factory);
      name = factory;
    } else if (passedAsValue(view, k)) {
      problem = `${holder}.${attr.text} is passed on as a value (line ${at}): a call through it cannot be rewritten to ${factory}`;
    }
  }
  if (problem !== void 0)
    return { edits: [], problem };
  const replacement = `${replacementHolder}.${name}`;
  const original = view.text.slice(start, attr.end);
  return { edits: original === replacement ? [] : [{ start, end: attr.end, replacement }] };
}
function merge(checks) {
  const problem = checks.find((c) => c.problem !== void 0)?.problem;
  return problem !== void 0 ? { edits: [], problem } : { edits: checks.flatMap((c) => c.edits) };
}
function localUses(view, local, t) {
  const problem = formatProblem(view, local) ?? bindingProblem(view, local);
  if (problem !== void 0)
    return { edits: [], problem };
  return merge((view.occurrences.get(local) ?? []).map((k) => attributeUse(view, k, k, local, local, t)));
}
function dottedUses(view, dotted, t, after) {
  const parts = dotted.split(".");
  const root = parts[0] ?? "";
  const problem = formatProblem(view, root) ?? bindingProblem(view, root);
  if (problem !== void 0)
    return { edits: [], problem };
  const { tokens } = view;
  const checks = [];
  for (const k of view.occurrences.get(root) ?? []) {
    const chain = [root];
    let j = k;
    while (isDot(tokens[j + 1]) && isName(tokens[j + 2])) {
      chain.push(tokens[j + 2].text);
      j += 2;
    }
    const line = lineOf(view, tokens[k]);
    const fail = (why) => ({ edits: [], problem: `${why} (line ${line})` });
    if (chain.length === 1) {
      checks.push(fail(`${root} is used other than as ${root}.<name>`));
      break;
    }
    let longest = 0;
    for (let i = chain.length; i >= 1 && longest === 0; i--)
      if (after.modules.has(chain.slice(0, i).join(".")))
        longest = i;
    const viaShim = parts.every((p, i) => chain[i] === p);
    if (viaShim && longest <= parts.length) {
      const last = k + 2 * (parts.length - 1);
      if (view.text.slice(tokens[k].start, tokens[last].end) !== dotted) {
        checks.push(fail(`${dotted} is written with spaces or line breaks`));
        break;
      }
      checks.push(attributeUse(view, k, last, dotted, t.canonical.module, t));
      continue;
    }
    if (longest === 0) {
      checks.push(fail(`${root} is used beyond ${dotted}`));
      break;
    }
    const next = chain.slice(0, longest + 1).join(".");
    if (longest < chain.length && after.exists(next)) {
      checks.push({
        edits: [],
        problem: `${next} is used (line ${line}) but not imported by this file: only the import of ${dotted} may load it`
      });
      break;
    }
  }
  return merge(checks);
}

// dist/migrate/factories.js
function factoryCalls(ctx, stmt, local, factory) {
  const view = ctx.facts.view();
  const fail = (problem2) => ({ problem: problem2, edits: [], classUsed: true });
  const twice = ctx.otherBinding(stmt, local);
  const problem = formatProblem(view, local) ?? bindingProblem(view, local) ?? (twice === void 0 ? void 0 : `${local} is also bound by the import on line ${twice}`);
  if (problem !== void 0)
    return fail(problem);
  const edits = [];
  let classUsed = false;
  for (const k of view.occurrences.get(local) ?? []) {
    const t = view.tokens[k];
    const line = view.lines.lineAt(t.start);
    if (isOp(view.tokens[k + 1], "(")) {
      if ((view.syntax().closeOf[k + 1] ?? -1) < 0)
        return fail(`the call of ${local} on line ${line} cannot be read whole`);
      edits.push({ start: t.start, end: t.end, replacement: factory });
    } else if (passedAsValue(view, k)) {
      return fail(`${local} is passed on as a value (line ${line}): a call through it cannot be rewritten to ${factory}`);
    } else
      classUsed = true;
  }
  if (edits.length === 0)
    return { edits, classUsed };
  const bound = bindingProblem(view, factory);
  if (bound !== void 0)
    return fail(`${factory} cannot be imported: ${bound}`);
  const other = ctx.importsBinding(factory).find((s) => s !== stmt && !s.names.some((n) => n.name === factory && (n.alias ?? factory) === factory));
  if (other !== void 0)
    return fail(`${factory} is bound by the import on line ${other.line} to another name`);
  return { edits, classUsed };
}

// dist/migrate/bisect.js
function bisect(items, before) {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (before(items[mid]))
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

// dist/migrate/statement.js
function tokensIn(tokens, start, end) {
  const from = bisect(tokens, (t) => t.start < start);
  const to = bisect(tokens, (t) => t.start < end);
  return tokens.slice(from, to);
}
function lineStartOf(text, offset) {
  let p = offset;
  while (p > 0 && text[p - 1] !== "\n" && text[p - 1] !== "\r")
    p--;
  return p;
}
function eolAfter(text, offset) {
  const lf = text.indexOf("\n", offset);
  if (lf < 0)
    return text.includes("\r") ? "\r" : "\n";
  return lf > 0 && text[lf - 1] === "\r" ? "\r\n" : "\n";
}
function layoutOf(text, stmt, fileTokens) {
  const tokens = fileTokens ? tokensIn(fileTokens, stmt.start, stmt.end) : tokenize(text, stmt.start, stmt.end);
  let i = 1;
  if (stmt.kind === "from") {
    while (i < tokens.length && !(isName(tokens[i], "import") && (tokens[i]?.start ?? 0) >= stmt.moduleEnd))
      i++;
    i++;
  }
  const paren = isOp(tokens[i], "(");
  if (paren)
    i++;
  const names = [];
  while (i < tokens.length && isName(tokens[i])) {
    const first2 = tokens[i];
    let last = first2;
    let name = first2.text;
    i++;
    while (stmt.kind === "import" && isDot(tokens[i]) && isName(tokens[i + 1])) {
      last = tokens[i + 1];
      name += `.${last.text}`;
      i += 2;
    }
    const span = {
      name,
      nameStart: first2.start,
      nameEnd: last.end,
      start: first2.start,
      end: last.end
    };
    if (isName(tokens[i], "as") && isName(tokens[i + 1])) {
      const alias = tokens[i + 1];
      span.alias = alias.text;
      span.end = alias.end;
      i += 2;
    }
    names.push(span);
    if (!isOp(tokens[i], ","))
      break;
    i++;
  }
  if (names.length === 0 && stmt.names[0]?.name === "*") {
    const star = tokens.find((t) => t.text === "*");
    if (star)
      names.push({
        name: "*",
        nameStart: star.start,
        nameEnd: star.end,
        start: star.start,
        end: star.end
      });
  }
  const same = names.length === stmt.names.length && names.every((n, k) => n.name === stmt.names[k]?.name && n.alias === stmt.names[k]?.alias);
  if (!same)
    return void 0;
  const source = text.slice(stmt.start, stmt.end);
  const lineStart = lineStartOf(text, stmt.start);
  const before = text.slice(lineStart, stmt.start);
  const indent = /^[ \t\f]*$/.test(before) ? before : void 0;
  const first = names[0];
  const firstLineStart = first ? lineStartOf(text, first.start) : lineStart;
  const firstBefore = text.slice(firstLineStart, first?.start ?? firstLineStart);
  const innerIndent = firstLineStart !== lineStart && /^[ \t]*$/.test(firstBefore) ? firstBefore : `${indent ?? ""}    `;
  return {
    names,
    paren,
    multiline: /[\r\n]/.test(source),
    comment: source.includes("#"),
    // import statements hold no strings: a `#` is a comment
    indent,
    innerIndent,
    eol: eolAfter(text, stmt.end)
  };
}
function nameText(name, local) {
  return local === void 0 || local === name ? name : `${name} as ${local}`;
}
function fromStatementText(module, names, layout) {
  if (layout.paren && layout.multiline) {
    const inner = names.map((n) => `${layout.innerIndent}${n},${layout.eol}`).join("");
    return `from ${module} import (${layout.eol}${inner}${layout.indent ?? ""})`;
  }
  if (layout.paren)
    return `from ${module} import (${names.join(", ")})`;
  return `from ${module} import ${names.join(", ")}`;
}
function statementSeparator(layout) {
  return layout.indent === void 0 ? "; " : `${layout.eol}${layout.indent}`;
}
function spliceSpans(text, base, spans) {
  let out = text;
  for (const s of [...spans].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, s.start - base) + s.replacement + out.slice(s.end - base);
  }
  return out;
}

// dist/migrate/python-from.js
function planFrom(p, ctx, stmt, layout, mine) {
  const { facts } = ctx;
  const base = absoluteFromModule(stmt.module, stmt.level, facts.importer?.package) ?? "";
  const assigned = /* @__PURE__ */ new Set();
  const decisions = layout.names.map((n) => decideName(p, ctx, stmt, base, n, mine, assigned));
  const shared = mine.get(base) ?? [];
  if (shared.length > 1) {
    for (const c of shared)
      if (!assigned.has(c.item))
        p.skip(c.item, `none of the statement's names belongs to ${c.target.consolidation}`);
  }
  for (const d of decisions)
    if (d.kind === "refuse")
      p.refuse(d.item, d.reason);
  const moves = decisions.filter((d) => d.kind === "move");
  if (moves.length === 0)
    return;
  const original = facts.text.slice(stmt.moduleStart, stmt.moduleEnd);
  const render = (module) => renderModule(module, base, original, stmt, ctx);
  const groups = /* @__PURE__ */ new Map();
  const add = (module, text) => {
    const list = groups.get(module);
    if (!list)
      groups.set(module, [text]);
    else if (!list.includes(text))
      list.push(text);
  };
  decisions.forEach((d, k) => {
    const n = layout.names[k];
    if (d.kind === "move")
      for (const part of d.parts)
        add(render(part.module), part.text);
    else
      add(original, facts.text.slice(n.start, n.end));
  });
  const owners = [...new Set(moves.map((d) => d.item))];
  const targets = [...new Set(moves.flatMap((d) => d.parts.map((x) => x.module)))].join(", ");
  const reason = movedReason(base, targets);
  const inPlace = groups.size === 1 && moves.every((d) => d.parts.length === 1);
  let replacement;
  if (inPlace) {
    const spans = decisions.flatMap((d, k) => {
      const n = layout.names[k];
      const text = d.kind === "move" ? d.parts[0].text : facts.text.slice(n.start, n.end);
      return text === facts.text.slice(n.start, n.end) ? [] : [{ start: n.start, end: n.end, replacement: text }];
    });
    const only2 = [...groups.keys()][0] ?? original;
    if (only2 !== original)
      spans.push({ start: stmt.moduleStart, end: stmt.moduleEnd, replacement: only2 });
    replacement = spliceSpans(facts.text.slice(stmt.start, stmt.end), stmt.start, spans);
  } else if (layout.comment) {
    for (const item of owners)
      p.refuse(item, "the statement must be split but holds a comment");
    return;
  } else {
    replacement = [...groups].map(([module, names]) => fromStatementText(module, names, layout)).join(statementSeparator(layout));
  }
  const adds = moves.flatMap((d) => d.adds ?? []);
  const removes = moves.flatMap((d) => d.removes ?? []);
  p.edit(stmt.start, stmt.end, replacement, reason, owners, {
    ...adds.length > 0 ? { adds } : {},
    ...removes.length > 0 ? { removes } : {}
  });
  for (const d of moves) {
    for (const u of d.uses)
      p.edit(u.start, u.end, u.replacement, reason, [d.item]);
  }
}
function renderModule(target, base, original, stmt, ctx) {
  if (target === base)
    return original;
  if (stmt.level === 0)
    return target;
  const levelBase = absoluteFromModule("", stmt.level, ctx.facts.importer?.package);
  const dots = ".".repeat(stmt.level);
  if (levelBase === void 0)
    return target;
  if (target === levelBase)
    return dots;
  if (target.startsWith(`${levelBase}.`))
    return `${dots}${target.slice(levelBase.length + 1)}`;
  return target;
}
function droppedImportProblem(ctx, module, to) {
  if (to === module || to.startsWith(`${module}.`))
    return void 0;
  return ctx.memo(`dropped\0${module}`, () => unimportedUse(ctx, module));
}
function unimportedUse(ctx, module) {
  const own = /* @__PURE__ */ new Set([...ctx.facts.importsOf(module) ?? [], module]);
  const after = ctx.importedAfter("");
  const view = ctx.facts.view();
  for (const root of new Set([...own].map((m) => m.split(".")[0] ?? m))) {
    if (ctx.importsBinding(root).length === 0)
      continue;
    for (const k of view.occurrences.get(root) ?? []) {
      let chain = root;
      for (let j = k; isDot(view.tokens[j + 1]) && isName(view.tokens[j + 2]); j += 2) {
        const next = `${chain}.${view.tokens[j + 2]?.text ?? ""}`;
        if (!after.modules.has(next) && own.has(next)) {
          return `${next} is used (line ${view.lines.lineAt(view.tokens[k]?.start ?? 0)}) but not imported by this file: only the import from ${module} may load it`;
        }
        chain = next;
      }
    }
  }
  return void 0;
}
function adviceFor(claim, name, base) {
  const fix = claim.edge.fix;
  if (fix === void 0)
    return claim.target.canonical.binderOf(name, base);
  if (fix.blocked.includes(name))
    return void 0;
  const canonical = claim.target.canonical.module;
  const wanted = claim.target.symbols[name] ?? name;
  for (const i of fix.imports) {
    for (const n of i.names) {
      const match = n.alias !== void 0 ? n.alias === name : n.name === name || i.module === canonical && n.name === wanted;
      if (match)
        return i.module === base ? "stay" : { module: i.module, name: n };
    }
  }
  return void 0;
}
function claimOfName(p, base, name, claims) {
  if (claims === void 0 || claims.length <= 1)
    return claims?.[0];
  if (name === "*")
    return only(p, "*", claims);
  const binding = claims.filter((c) => typeof adviceFor(c, name, base) === "object");
  if (binding.length === 0)
    return claims[0];
  if (binding.length === 1)
    return binding[0];
  for (const c of binding)
    p.refuse(c.item, `${name} is bound by the canonical modules of ${binding.map((b) => b.target.consolidation).join(" and ")}`);
  return void 0;
}
function decideName(p, ctx, stmt, base, n, mine, assigned) {
  const { facts } = ctx;
  const sub = `${base}.${n.name}`;
  const isModule = n.name !== "*" && (facts.index.exists.has(sub) || facts.pathModules.has(sub));
  const claim = isModule ? only(p, sub, mine.get(sub)) : claimOfName(p, base, n.name, mine.get(base));
  if (claim !== void 0)
    assigned.add(claim.item);
  if (claim === void 0 || p.refused(claim.item))
    return { kind: "stay" };
  const { item, target } = claim;
  const canonical = target.canonical;
  const local = n.alias ?? n.name;
  const refuse = (reason) => ({ kind: "refuse", item, reason });
  if (!isModule) {
    if (n.name === "*")
      return refuse("a star import: the names it binds cannot be checked");
    const advice = adviceFor(claim, n.name, base);
    if (advice === "stay")
      return { kind: "stay" };
    if (advice === void 0)
      return refuse(canonical.unbound(target.symbols[n.name] ?? n.name));
    const binder = advice.module;
    const wanted = advice.name.name;
    const dropped = droppedImportProblem(ctx, base, binder);
    if (dropped !== void 0)
      return refuse(dropped);
    const factory = target.factories[n.name];
    if (factory === void 0)
      return {
        kind: "move",
        item,
        parts: [{ module: binder, text: nameText(wanted, local) }],
        uses: []
      };
    const calls = factoryCalls(ctx, stmt, local, factory);
    if (calls.problem !== void 0)
      return refuse(calls.problem);
    if (calls.edits.length === 0)
      return {
        kind: "move",
        item,
        parts: [{ module: binder, text: nameText(wanted, local) }],
        uses: []
      };
    const factoryAdvice = canonical.binderOf(factory, canonical.module);
    if (factoryAdvice === void 0)
      return refuse(canonical.unbound(factory));
    const keepClass = calls.classUsed || facts.scan.dunderAll.includes(local);
    const parts = [
      ...keepClass ? [{ module: binder, text: nameText(wanted, local) }] : [],
      { module: factoryAdvice.module, text: nameText(factoryAdvice.name.name, factory) }
    ];
    const moduleLevel = !stmt.nested;
    return {
      kind: "move",
      item,
      parts,
      uses: calls.edits,
      ...moduleLevel && !facts.scan.moduleNames.includes(factory) ? { adds: [factory] } : {},
      ...moduleLevel && !keepClass ? { removes: [local] } : {}
    };
  }
  const dot = canonical.module.lastIndexOf(".");
  if (dot < 0)
    return refuse(`canonical module ${canonical.module} has no package to import it from`);
  const line = ctx.otherBinding(stmt, local);
  if (line !== void 0)
    return refuse(`${local} is also bound by the import on line ${line}`);
  const uses = localUses(facts.view(), local, target);
  const problem = uses.problem ?? droppedImportProblem(ctx, sub, canonical.module) ?? ctx.mentionProblem(p, item, sub);
  if (problem !== void 0)
    return refuse(problem);
  return {
    kind: "move",
    item,
    parts: [
      {
        module: canonical.module.slice(0, dot),
        text: nameText(canonical.module.slice(dot + 1), local)
      }
    ],
    uses: uses.edits
  };
}

// dist/migrate/python-plan.js
var key = (line, path3) => `${line}\0${path3}`;
function planImports(p, ctx) {
  const { facts, claims } = ctx;
  const pending = claims.map((c) => {
    const map = /* @__PURE__ */ new Map();
    for (const e of c.edges) {
      const list = map.get(key(e.line, e.path));
      if (list)
        list.push(e);
      else
        map.set(key(e.line, e.path), [e]);
    }
    return map;
  });
  const dotted = /* @__PURE__ */ new Map();
  for (const stmt of facts.scan.imports) {
    const mine = /* @__PURE__ */ new Map();
    for (const reach of reachedModules(stmt, facts.importer, facts.index, facts.pathModules)) {
      claims.forEach((c, ci) => {
        const path3 = c.target.deprecated.get(reach.module);
        const edge = path3 === void 0 ? void 0 : pending[ci]?.get(key(stmt.line, path3))?.shift();
        if (!edge)
          return;
        const { target } = c;
        const item = p.item(stmt.line, edge.path, edge.kind, target.consolidation, target.batchOf(facts.file));
        const list = mine.get(reach.module);
        if (list)
          list.push({ item, target, edge });
        else
          mine.set(reach.module, [{ item, target, edge }]);
      });
    }
    if (mine.size === 0)
      continue;
    const layout = layoutOf(facts.text, stmt, facts.view().tokens);
    if (!layout) {
      for (const list of mine.values())
        for (const { item } of list)
          p.refuse(item, "the statement's names could not be read back");
    } else if (stmt.kind === "from")
      planFrom(p, ctx, stmt, layout, mine);
    else
      planImport(p, ctx, stmt, layout, mine, dotted);
  }
  claims.forEach((c, ci) => {
    for (const left of pending[ci]?.values() ?? []) {
      for (const e of left) {
        p.refuse(p.item(e.line, e.path, e.kind, c.target.consolidation, c.target.batchOf(facts.file)), "no import statement on this line reaches the path (the file changed since the analysis?)");
      }
    }
  });
}
function bareUses(ctx, stmt, module, target, dotted) {
  if (stmt.nested) {
    return {
      edits: [],
      problem: `import ${module} inside a function or class: only a module-level binding is rewritten`
    };
  }
  const root = module.split(".")[0] ?? module;
  const line = ctx.otherRootBinding(stmt, root);
  if (line !== void 0)
    return { edits: [], problem: `${root} is also bound by the import on line ${line}` };
  let cached = dotted.get(module);
  if (!cached) {
    cached = dottedUses(ctx.facts.view(), module, target, ctx.importedAfter(module));
    dotted.set(module, cached);
  }
  return cached;
}
function planImport(p, ctx, stmt, layout, mine, dotted) {
  const { facts } = ctx;
  const spans = [];
  const moved = /* @__PURE__ */ new Set();
  const targets = /* @__PURE__ */ new Set();
  for (const n of layout.names) {
    const claim = only(p, n.name, mine.get(n.name));
    if (claim === void 0 || p.refused(claim.item))
      continue;
    const { item, target } = claim;
    const canonical = target.canonical.module;
    let uses;
    if (n.alias !== void 0) {
      const line = ctx.otherBinding(stmt, n.alias);
      uses = line !== void 0 ? { edits: [], problem: `${n.alias} is also bound by the import on line ${line}` } : localUses(facts.view(), n.alias, target);
    } else
      uses = bareUses(ctx, stmt, n.name, target, dotted);
    const problem = uses.problem ?? ctx.mentionProblem(p, item, n.name);
    if (problem !== void 0) {
      p.refuse(item, problem);
      continue;
    }
    spans.push({ start: n.nameStart, end: n.nameEnd, replacement: canonical });
    moved.add(item);
    targets.add(canonical);
    for (const u of uses.edits)
      p.edit(u.start, u.end, u.replacement, movedReason(n.name, canonical), [item]);
  }
  if (spans.length === 0)
    return;
  const replacement = spliceSpans(facts.text.slice(stmt.start, stmt.end), stmt.start, spans);
  const from = [...mine.keys()].join(", ");
  p.edit(stmt.start, stmt.end, replacement, movedReason(from, [...targets].join(", ")), [...moved]);
}

// dist/migrate/python-strings.js
function planStrings(p, ctx, target, refs, moduleOfPath) {
  const { facts } = ctx;
  const byLine = /* @__PURE__ */ new Map();
  facts.scan.strings.forEach((s, i) => {
    const list = byLine.get(s.line);
    if (list)
      list.push(i);
    else
      byLine.set(s.line, [i]);
  });
  const joined = new Set(facts.view().mentions.filter((m) => m.concatenated).flatMap((m) => m.starts));
  const used = /* @__PURE__ */ new Set();
  const canonical = target.canonical;
  for (const ref of refs) {
    const item = p.item(ref.line, ref.path, "string", target.consolidation, target.batchOf(facts.file));
    const k = (byLine.get(ref.line) ?? []).find((i) => !used.has(i) && facts.scan.strings[i]?.value === ref.value);
    const literal = k === void 0 ? void 0 : facts.scan.strings[k];
    const module = moduleOfPath.get(ref.path) ?? "";
    if (k === void 0 || !literal || facts.text.slice(literal.start, literal.end) !== ref.value || !ref.value.startsWith(module)) {
      p.refuse(item, "the string literal could not be found again");
      continue;
    }
    used.add(k);
    p.anchor(item, literal.start);
    if (p.refused(item))
      continue;
    if (joined.has(literal.start)) {
      p.refuse(item, "part of an implicitly concatenated string: its pieces are never rewritten");
      continue;
    }
    const rest = ref.value.slice(module.length);
    let value = canonical.module;
    if (rest !== "") {
      const [attr = "", ...more] = rest.slice(1).split(".");
      const wanted = target.symbols[attr] ?? attr;
      if (!canonical.binds(wanted)) {
        p.refuse(item, canonical.unbound(wanted));
        continue;
      }
      value = [canonical.module, wanted, ...more].join(".");
    }
    p.edit(literal.start, literal.end, value, `${ref.value} -> ${value}`, [item]);
  }
}

// dist/migrate/plan-file.js
function resolveOverlaps(edits, items) {
  let current = edits;
  for (; ; ) {
    const sorted = [...current].sort((a, b) => a.start - b.start || a.end - b.end);
    const merged = [];
    const losers = /* @__PURE__ */ new Set();
    for (const e of sorted) {
      const last = merged[merged.length - 1];
      if (last && last.start === e.start && last.end === e.end && last.replacement === e.replacement) {
        last.owners = [.../* @__PURE__ */ new Set([...last.owners, ...e.owners])];
      } else if (last && e.start < last.end) {
        for (const o of e.owners)
          losers.add(o);
      } else
        merged.push({ ...e });
    }
    if (losers.size === 0)
      return merged;
    for (const o of losers) {
      const it = items[o];
      if (it && it.refused === void 0)
        it.refused = "overlaps another rewrite in this file";
    }
    current = merged.filter((e) => !e.owners.some((o) => losers.has(o)));
  }
}
function groupVetoes(plan, lineAt) {
  const vetoes = /* @__PURE__ */ new Map();
  const refused = (k) => plan.items[k]?.refused !== void 0;
  const what = (k) => {
    const it = plan.items[k];
    return it?.kind === "string" ? `the string on line ${it.line}` : `the import on line ${it?.line}`;
  };
  for (const [literal, owners] of plan.needs) {
    const anchor = plan.anchors.get(literal);
    if (anchor === void 0) {
      for (const o of owners)
        if (!refused(o))
          vetoes.set(o, `the string on line ${lineAt(literal)} names the module and is not rewritten in this run`);
      continue;
    }
    const members = [...owners, anchor];
    const bad = members.find(refused);
    if (bad === void 0)
      continue;
    for (const m of members)
      if (!refused(m))
        vetoes.set(m, `rewritten together with ${what(bad)}, which is refused`);
  }
  return vetoes;
}
function settle(plan) {
  const kept = resolveOverlaps(plan.edits, plan.items);
  const owners = new Set(kept.flatMap((e) => e.owners));
  for (const [k, it] of plan.items.entries()) {
    if (it.refused === void 0 && it.skipped === void 0 && !owners.has(k))
      it.refused = "no rewrite was found for it";
  }
  return kept;
}
function planPythonFile(facts, works) {
  let vetoes = /* @__PURE__ */ new Map();
  for (let pass = 0; ; pass++) {
    const p = new Planner(facts.file, works[0]?.consolidation ?? "", vetoes);
    const claims = works.flatMap((w) => w.python ? [{ target: w.python.target, edges: w.edges }] : []);
    const ctx = new FileContext(facts, claims);
    if (claims.some((c) => c.edges.length > 0))
      planImports(p, ctx);
    for (const w of works) {
      if (w.python && w.strings.length > 0)
        planStrings(p, ctx, w.python.target, w.strings, w.python.moduleOfPath);
    }
    const plan = p.finish();
    const kept = settle(plan);
    const more = groupVetoes(plan, (o) => facts.view().lines.lineAt(o));
    if (more.size === 0 || pass >= 8)
      return { items: plan.items, edits: kept };
    vetoes = new Map([...vetoes, ...more]);
  }
}
function planJavaScriptFile(file, loaded, works) {
  const items = [];
  const edits = [];
  for (const w of works) {
    if (!w.javascript || w.edges.length + w.strings.length === 0)
      continue;
    const plan = planJavaScript(file, loaded.text, w.javascript, w.edges, w.strings);
    const offset = items.length;
    items.push(...plan.items.map((it) => ({ ...it, batch: w.batch })));
    for (const e of plan.edits)
      edits.push({ ...e, owners: e.owners.map((o) => o + offset) });
  }
  return { items, edits: settle({ items, edits, needs: /* @__PURE__ */ new Map(), anchors: /* @__PURE__ */ new Map() }) };
}

// dist/migrate/plan-inputs.js
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path2 from "node:path";

// dist/migrate/js-exports.js
import ts2 from "typescript";
var kindOf = (file) => file.endsWith(".tsx") ? ts2.ScriptKind.TSX : file.endsWith(".jsx") ? ts2.ScriptKind.JSX : /\.[mc]?ts$/.test(file) ? ts2.ScriptKind.TS : ts2.ScriptKind.JS;
var parse = (text, file) => ts2.createSourceFile(file, text, ts2.ScriptTarget.Latest, false, kindOf(file));
function hasModifier(node, kind) {
  return ts2.canHaveModifiers(node) && (ts2.getModifiers(node) ?? []).some((m) => m.kind === kind);
}
function bindingNames(name, out) {
  if (ts2.isIdentifier(name))
    out.add(name.text);
  else
    for (const e of name.elements)
      if (!ts2.isOmittedExpression(e))
        bindingNames(e.name, out);
}
var isModuleExports = (e) => ts2.isPropertyAccessExpression(e) && ts2.isIdentifier(e.expression) && e.expression.text === "module" && e.name.text === "exports" || ts2.isIdentifier(e) && e.text === "exports";
function commonJs(statement, out) {
  if (!ts2.isExpressionStatement(statement) || !ts2.isBinaryExpression(statement.expression))
    return;
  const { left, right, operatorToken } = statement.expression;
  if (operatorToken.kind !== ts2.SyntaxKind.EqualsToken)
    return;
  if (isModuleExports(left)) {
    if (!ts2.isObjectLiteralExpression(right)) {
      out.unreadable = "module.exports is not an object literal";
      return;
    }
    for (const p of right.properties) {
      const name = p.name;
      if (name && (ts2.isIdentifier(name) || ts2.isStringLiteral(name)))
        out.names.add(name.text);
      else
        out.unreadable = "module.exports has a computed or spread property";
    }
  } else if (ts2.isPropertyAccessExpression(left) && isModuleExports(left.expression)) {
    out.names.add(left.name.text);
  }
}
function declarationNames(statement, out) {
  if (!hasModifier(statement, ts2.SyntaxKind.ExportKeyword))
    return;
  if (hasModifier(statement, ts2.SyntaxKind.DefaultKeyword)) {
    out.names.add("default");
    return;
  }
  if (ts2.isVariableStatement(statement)) {
    for (const d of statement.declarationList.declarations)
      bindingNames(d.name, out.names);
    return;
  }
  const named = statement;
  if (named.name && (ts2.isIdentifier(named.name) || ts2.isStringLiteral(named.name)))
    out.names.add(named.name.text);
}
function readExports(text, file) {
  const out = { names: /* @__PURE__ */ new Set(), stars: [] };
  for (const statement of parse(text, file).statements) {
    if (ts2.isExportDeclaration(statement)) {
      const clause = statement.exportClause;
      const from = statement.moduleSpecifier;
      if (!clause) {
        if (from && ts2.isStringLiteral(from))
          out.stars.push(from.text);
      } else if (ts2.isNamespaceExport(clause))
        out.names.add(clause.name.text);
      else
        for (const e of clause.elements)
          out.names.add(e.name.text);
    } else if (ts2.isExportAssignment(statement)) {
      if (statement.isExportEquals)
        out.unreadable = "it uses `export =`";
      else
        out.names.add("default");
    } else {
      declarationNames(statement, out);
      commonJs(statement, out);
    }
  }
  return out;
}
function javascriptSyntaxError(text, file) {
  const result = ts2.transpileModule(text, {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: { allowJs: true, jsx: ts2.JsxEmit.Preserve, noEmit: false }
  });
  const d = result.diagnostics?.find((x) => x.category === ts2.DiagnosticCategory.Error);
  if (!d)
    return void 0;
  const line = d.file && d.start !== void 0 ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
  return `line ${line}: ${ts2.flattenDiagnosticMessageText(d.messageText, " ")}`;
}

// dist/migrate/plan-inputs.js
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
function once(make) {
  let value;
  return () => {
    value ??= { v: make() };
    return value.v;
  };
}
function load(root, file) {
  const abs = path2.join(root, file);
  let bytes;
  try {
    bytes = readFileSync(abs);
  } catch (error) {
    return new Error(`the file cannot be read (${errorCode(error)})`);
  }
  try {
    strictUtf8.decode(bytes);
  } catch {
    return new Error("the file is not valid UTF-8");
  }
  const text = decodePython(bytes);
  const python = once(() => scanPython(text));
  return {
    abs,
    text,
    bom: bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191,
    hash: createHash("sha256").update(bytes).digest("hex"),
    python,
    syntaxError: once(() => {
      if (!file.endsWith(".py")) {
        const error = javascriptSyntaxError(text, file);
        return error ? `syntax error in the file (${error})` : void 0;
      }
      const e = python().errors[0];
      return e ? `syntax error in the file (line ${e.line}: ${e.message})` : void 0;
    }),
    exports: once(() => readExports(text, file))
  };
}
function loader(root) {
  const cache = /* @__PURE__ */ new Map();
  return (file) => {
    let loaded = cache.get(file);
    if (!loaded) {
      loaded = load(root, file);
      cache.set(file, loaded);
    }
    return loaded;
  };
}
function selectConsolidations(config, result, options) {
  const ids = config.consolidations.map((c) => c.id);
  if (options.consolidation !== void 0 && !ids.includes(options.consolidation)) {
    throw new InputError(`--consolidation: unknown id "${options.consolidation}"; consolidations: ${ids.join(", ")}`);
  }
  const chosen = config.consolidations.filter((c) => options.consolidation === void 0 || c.id === options.consolidation);
  const batches = [...new Set(chosen.flatMap((c) => [...c.batches.map((b) => b.id), otherBatch]))];
  if (options.batch !== void 0 && !batches.includes(options.batch)) {
    throw new InputError(`--batch: unknown batch "${options.batch}"; batches: ${batches.join(", ")}`);
  }
  const paths = [
    ...new Set(chosen.flatMap((c) => c.paths.filter((p) => p.role !== "canonical").map((p) => p.id)))
  ];
  if (options.path !== void 0 && !paths.includes(options.path)) {
    throw new InputError(`--path: "${options.path}" is no deprecated path; deprecated paths: ${paths.join(", ")}`);
  }
  return chosen.map((c) => ({ c, r: result.consolidations.find((r) => r.id === c.id) })).filter((x) => x.r !== void 0);
}

// dist/migrate/plan.js
var rewritableKinds = {
  python: /* @__PURE__ */ new Set(["import", "from-import"]),
  javascript: /* @__PURE__ */ new Set(["import", "import-type", "export-from", "require", "dynamic-import"])
};
function push(map, key2, value) {
  const list = map.get(key2);
  if (list)
    list.push(value);
  else
    map.set(key2, [value]);
}
function pythonTarget(c, inputs, deprecated, batchOf) {
  const canonical = c.paths.find((p) => p.role === "canonical")?.module ?? "";
  const file = inputs.index.files.get(canonical);
  const loaded = file === void 0 ? void 0 : inputs.load(file);
  const scan = loaded === void 0 || loaded instanceof Error ? void 0 : loaded.python();
  return {
    target: {
      consolidation: c.id,
      canonical: canonicalFacts(c, inputs.index, scan, inputs.provenance),
      symbols: c.symbols,
      factories: c.factories ?? {},
      deprecated: new Map(deprecated.map((p) => [p.module, p.id])),
      batchOf
    },
    moduleOfPath: new Map(deprecated.map((p) => [p.id, p.module]))
  };
}
function javascriptTarget(c, r, inputs, deprecated) {
  const fileOf = (id) => r.paths.find((p) => p.id === id)?.file;
  const canonicalId = c.paths.find((p) => p.role === "canonical")?.id ?? "";
  return {
    consolidation: c.id,
    canonicalFile: fileOf(canonicalId),
    fileOfPath: new Map(deprecated.flatMap((p) => fileOf(p.id) === void 0 ? [] : [[p.id, fileOf(p.id)]])),
    symbols: c.symbols,
    exportsOf: (file) => {
      const loaded = inputs.load(file);
      return loaded instanceof Error ? `${file}: ${loaded.message}` : loaded.exports();
    }
  };
}
function untouchable(e, module, inputs) {
  const own = inputs.pathFiles.get(e.file);
  if (own !== void 0)
    return `inside the path module ${own}: path modules are never rewritten`;
  const info = inputs.index.moduleOf.get(e.file);
  if (module !== void 0 && info !== void 0 && info.module === info.package && /(^|\/)__init__\.py$/.test(e.file) && module.startsWith(`${info.module}.`) && !module.slice(info.module.length + 1).includes(".")) {
    return `keep-alive: ${e.file} imports its own deprecated submodule ${module}, which keeps it importable`;
  }
  return void 0;
}
function workOf(c, r, inputs) {
  const { options } = inputs;
  const language = consolidationLanguage(c);
  const deprecated = c.paths.filter((p) => p.role !== "canonical" && (options.path === void 0 || p.id === options.path));
  const moduleOf = new Map(deprecated.map((p) => [p.id, p.module]));
  const batchOf = batchAssigner(c);
  const inScope = (file, pathId) => moduleOf.has(pathId) && !isOwnState(file) && // our own state (earlier runs' backups included) is never rewritten
  (options.batch === void 0 || batchOf(file) === options.batch);
  const work = {
    consolidation: c.id,
    batchOf,
    ...language === "python" ? { python: pythonTarget(c, inputs, deprecated, batchOf) } : { javascript: javascriptTarget(c, r, inputs, deprecated) },
    edges: /* @__PURE__ */ new Map(),
    strings: /* @__PURE__ */ new Map()
  };
  const ownLanguage = (file) => language === "python" === file.endsWith(".py");
  const skip = (e, reason) => inputs.skipped.push({ file: e.file, line: e.line, path: e.path, reason });
  for (const e of r.edges) {
    if (!inScope(e.file, e.path))
      continue;
    if (!ownLanguage(e.file) || !rewritableKinds[language].has(e.kind)) {
      skip(e, `${e.kind} edges are not rewritten`);
      continue;
    }
    const why = language === "python" ? untouchable(e, moduleOf.get(e.path), inputs) : void 0;
    if (why !== void 0)
      skip(e, why);
    else
      push(work.edges, e.file, e);
  }
  if (options.strings) {
    for (const s of r.stringReferences)
      if (inScope(s.file, s.path) && ownLanguage(s.file) && !inputs.pathFiles.has(s.file))
        push(work.strings, s.file, s);
  }
  return work;
}
function importsOfModule(index, load2) {
  const memo = /* @__PURE__ */ new Map();
  return (module) => {
    if (memo.has(module))
      return memo.get(module);
    const file = index.files.get(module);
    const loaded = file === void 0 ? void 0 : load2(file);
    let out;
    if (file !== void 0 && loaded !== void 0 && !(loaded instanceof Error)) {
      out = /* @__PURE__ */ new Set();
      const add = (m) => {
        for (let x = m; x !== "" && !out?.has(x); x = x.slice(0, Math.max(0, x.lastIndexOf("."))))
          out?.add(x);
      };
      const scan = loaded.python();
      for (const s of scan.imports)
        if (!s.nested)
          loadedModules(s, index.moduleOf.get(file), index, add);
    }
    memo.set(module, out);
    return out;
  };
}
function planFile(file, works, inputs, pathModules) {
  const loaded = inputs.load(file);
  const broken = loaded instanceof Error ? loaded.message : loaded.syntaxError();
  const mine = works.flatMap((w) => {
    const edges = w.edges.get(file) ?? [];
    const strings = w.strings.get(file) ?? [];
    if (edges.length + strings.length === 0)
      return [];
    return [
      {
        consolidation: w.consolidation,
        batch: w.batchOf(file),
        ...w.python ? { python: w.python } : {},
        ...w.javascript ? { javascript: w.javascript } : {},
        edges,
        strings
      }
    ];
  });
  if (broken !== void 0 || loaded instanceof Error) {
    const items = mine.flatMap((w) => {
      const refused = {
        consolidation: w.consolidation,
        file,
        batch: w.batch,
        refused: broken ?? ""
      };
      return [
        ...w.edges.map((e) => ({ ...refused, line: e.line, path: e.path, kind: e.kind })),
        ...w.strings.map((s) => ({
          ...refused,
          line: s.line,
          path: s.path,
          kind: "string"
        }))
      ];
    });
    return { loaded, items, edits: [] };
  }
  if (!file.endsWith(".py"))
    return { loaded, ...planJavaScriptFile(file, loaded, mine) };
  let view;
  const facts = {
    file,
    text: loaded.text,
    scan: loaded.python(),
    importer: inputs.index.moduleOf.get(file),
    index: inputs.index,
    pathModules,
    strings: inputs.options.strings === true,
    importsOf: inputs.importsOf,
    view: () => {
      view ??= codeView(loaded.text, loaded.python());
      return view;
    }
  };
  return { loaded, ...planPythonFile(facts, mine) };
}
function discoveredIndex(config) {
  const discovery = discoverWorkingTree({
    root: config.root,
    exclude: config.exclude,
    accept: (n) => n.endsWith(".py")
  });
  return buildModuleIndex(discovery.files.map((f) => f.file), config.python.sourceRoots);
}
function planMigration(config, result, options = {}, python) {
  const selected = selectConsolidations(config, result, options);
  const index = python?.index ?? discoveredIndex(config);
  const pathFiles = /* @__PURE__ */ new Map();
  for (const c of config.consolidations) {
    for (const p of c.paths) {
      const file = index.files.get(p.module);
      if (file !== void 0 && !pathFiles.has(file))
        pathFiles.set(file, p.module);
    }
  }
  const load2 = loader(config.root);
  const inputs = {
    options,
    index,
    provenance: python?.provenance,
    load: load2,
    skipped: [],
    pathFiles,
    importsOf: importsOfModule(index, load2)
  };
  const pathModules = allPathModules(config.consolidations);
  const works = selected.map(({ c, r }) => workOf(c, r, inputs));
  const files = [...new Set(works.flatMap((w) => [...w.edges.keys(), ...w.strings.keys()]))].sort();
  const items = [];
  const planned = [];
  for (const file of files) {
    const plannedFile = planFile(file, works, inputs, pathModules);
    const { loaded, edits } = plannedFile;
    const owners = new Set(edits.flatMap((e) => e.owners));
    const mine = [];
    plannedFile.items.forEach((it, k) => {
      if (it.skipped !== void 0) {
        inputs.skipped.push({ file, line: it.line, path: it.path, reason: it.skipped });
        return;
      }
      if (it.refused === void 0 && owners.has(k))
        mine.push(items.length);
      items.push(it);
    });
    if (edits.length === 0 || loaded instanceof Error)
      continue;
    planned.push({
      file,
      abs: loaded.abs,
      hash: loaded.hash,
      text: loaded.text,
      bom: loaded.bom,
      edits: edits.map(({ start, end, replacement, reason }) => ({
        file,
        start,
        end,
        replacement,
        reason
      })),
      items: mine,
      names: {
        added: [...new Set(edits.flatMap((e) => e.adds ?? []))].sort(),
        removed: [...new Set(edits.flatMap((e) => e.removes ?? []))].sort(),
        ...file.endsWith(".py") ? { before: loaded.python().moduleNames } : {}
      }
    });
  }
  return { root: config.root, items, files: planned, skipped: inputs.skipped.sort(byPlace) };
}
var byPlace = (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export {
  bisect,
  javascriptSyntaxError,
  planMigration
};
