import ts from "typescript";

/** What a JS/TS module exports, as far as its own text tells. */
export interface ModuleExports {
  /** Exported names (`default` for a default export). */
  names: Set<string>;
  /** Specifiers of `export * from "…"` (their names are not known from this file alone). */
  stars: string[];
  /** Why the exports cannot be read (`export =`, `module.exports = expression`). */
  unreadable?: string;
}

const kindOf = (file: string) =>
  file.endsWith(".tsx")
    ? ts.ScriptKind.TSX
    : file.endsWith(".jsx")
      ? ts.ScriptKind.JSX
      : /\.[mc]?ts$/.test(file)
        ? ts.ScriptKind.TS
        : ts.ScriptKind.JS;

const parse = (text: string, file: string) =>
  ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kindOf(file));

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);
}

function bindingNames(name: ts.BindingName, out: Set<string>): void {
  if (ts.isIdentifier(name)) out.add(name.text);
  else for (const e of name.elements) if (!ts.isOmittedExpression(e)) bindingNames(e.name, out);
}

/** `module.exports` / `exports` (CommonJS). */
const isModuleExports = (e: ts.Expression) =>
  (ts.isPropertyAccessExpression(e) &&
    ts.isIdentifier(e.expression) &&
    e.expression.text === "module" &&
    e.name.text === "exports") ||
  (ts.isIdentifier(e) && e.text === "exports");

function commonJs(statement: ts.Statement, out: ModuleExports): void {
  if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression)) return;
  const { left, right, operatorToken } = statement.expression;
  if (operatorToken.kind !== ts.SyntaxKind.EqualsToken) return;
  if (isModuleExports(left)) {
    if (!ts.isObjectLiteralExpression(right)) {
      out.unreadable = "module.exports is not an object literal";
      return;
    }
    for (const p of right.properties) {
      const name = p.name;
      if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) out.names.add(name.text);
      else out.unreadable = "module.exports has a computed or spread property";
    }
  } else if (ts.isPropertyAccessExpression(left) && isModuleExports(left.expression)) {
    out.names.add(left.name.text);
  }
}

function declarationNames(statement: ts.Statement, out: ModuleExports): void {
  if (!hasModifier(statement, ts.SyntaxKind.ExportKeyword)) return;
  if (hasModifier(statement, ts.SyntaxKind.DefaultKeyword)) {
    out.names.add("default");
    return;
  }
  if (ts.isVariableStatement(statement)) {
    for (const d of statement.declarationList.declarations) bindingNames(d.name, out.names);
    return;
  }
  const named = statement as ts.Statement & { name?: ts.Node };
  if (named.name && (ts.isIdentifier(named.name) || ts.isStringLiteral(named.name)))
    out.names.add(named.name.text);
}

/** The exports a module declares: ES module syntax, TypeScript forms and plain CommonJS objects. */
export function readExports(text: string, file: string): ModuleExports {
  const out: ModuleExports = { names: new Set(), stars: [] };
  for (const statement of parse(text, file).statements) {
    if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause;
      const from = statement.moduleSpecifier;
      if (!clause) {
        if (from && ts.isStringLiteral(from)) out.stars.push(from.text);
      } else if (ts.isNamespaceExport(clause)) out.names.add(clause.name.text);
      else for (const e of clause.elements) out.names.add(e.name.text);
    } else if (ts.isExportAssignment(statement)) {
      if (statement.isExportEquals) out.unreadable = "it uses `export =`";
      else out.names.add("default");
    } else {
      declarationNames(statement, out);
      commonJs(statement, out);
    }
  }
  return out;
}

/** The first syntax error TypeScript's parser reports, as `line N: message`, if any. */
export function javascriptSyntaxError(text: string, file: string): string | undefined {
  const result = ts.transpileModule(text, {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: { allowJs: true, jsx: ts.JsxEmit.Preserve, noEmit: false },
  });
  const d = result.diagnostics?.find((x) => x.category === ts.DiagnosticCategory.Error);
  if (!d) return undefined;
  const line =
    d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
  return `line ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
}
