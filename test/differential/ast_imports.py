#!/usr/bin/env python3
"""Reference data from CPython's own parser, for the scanner's differential tests.

Usage: ast_imports.py [FILE...]   (without arguments: one path per line on stdin)

Prints one JSON line per file, in input order:
  {"path": P, "ok": false, "error": "..."}   CPython rejects the file (or cannot read it)
  {"path": P, "ok": true, "imports": [...], ...}   the file parses:
    imports   [lineno, alias.name, 0, asname or ""]       one per alias of an ast.Import
              [lineno, module or "", level, sorted names]  one per ast.ImportFrom, each name
                                                           "name" or "name as asname"
    contexts  [lineno, nested, type_checking]  one per Import/ImportFrom statement: inside a
              def/class body; inside the body of `if TYPE_CHECKING:` / `if typing.TYPE_CHECKING:`
    classes   [lineno, name, nested]           every class statement
    names     names bound at module level (outside def/class bodies): def, class, plain
              `NAME =` / `NAME: T = v` targets (not parenthesised), import bindings
    all       string entries of module-level __all__ list/tuple literals (=, +=, extend, append)
    warnings  lines of module-level warn(...) / warnings.warn(...) calls naming
              DeprecationWarning or PendingDeprecationWarning

Files are parsed from their bytes, as the interpreter would (BOM, coding cookie).
"""
import ast
import json
import sys
import warnings

SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
DEPRECATIONS = ("DeprecationWarning", "PendingDeprecationWarning")


def import_tuples(node):
    if isinstance(node, ast.Import):
        return [[node.lineno, a.name, 0, a.asname or ""] for a in node.names]
    names = sorted(a.name if a.asname is None else f"{a.name} as {a.asname}" for a in node.names)
    return [[node.lineno, node.module or "", node.level, names]]


def is_type_checking(test):
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return (
        isinstance(test, ast.Attribute)
        and test.attr == "TYPE_CHECKING"
        and isinstance(test.value, ast.Name)
        and test.value.id in ("typing", "typing_extensions")
    )


def is_warn(func):
    if isinstance(func, ast.Name):
        return func.id == "warn"
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "warn"
        and isinstance(func.value, ast.Name)
        and func.value.id == "warnings"
    )


def names_deprecation(call):
    for arg in call.args + [k.value for k in call.keywords]:
        for n in ast.walk(arg):
            if (isinstance(n, ast.Name) and n.id in DEPRECATIONS) or (
                isinstance(n, ast.Attribute) and n.attr in DEPRECATIONS
            ):
                return True
    return False


def walk(tree, rec):
    """Every node with (nested, type_checking), without recursion (deep trees exist)."""
    stack = [(tree, False, False)]
    while stack:
        node, nested, tc = stack.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            rec["imports"].extend(import_tuples(node))
            rec["contexts"].append([node.lineno, nested, tc])
        elif isinstance(node, ast.ClassDef):
            rec["classes"].append([node.lineno, node.name, nested])
        elif isinstance(node, ast.Call) and not nested and is_warn(node.func):
            if names_deprecation(node):
                rec["warnings"].append(node.lineno)
        inner = nested or isinstance(node, SCOPES)
        for field, value in ast.iter_fields(node):
            body_tc = tc or (isinstance(node, ast.If) and field == "body" and is_type_checking(node.test))
            for child in value if isinstance(value, list) else [value]:
                if isinstance(child, ast.AST):
                    stack.append((child, inner, body_tc))


def all_entries(value):
    if isinstance(value, (ast.List, ast.Tuple)):
        if all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in value.elts):
            return [e.value for e in value.elts]
        return []
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add):
        return all_entries(value.left) + all_entries(value.right)
    return []


def is_all(target):
    return isinstance(target, ast.Name) and target.id == "__all__"


def module_level(statements, rec):
    """Names bound and __all__ entries, in module-level code (nested blocks, not scopes)."""
    stack = list(statements)
    while stack:
        st = stack.pop()
        names, entries = rec["names"], rec["all"]
        if isinstance(st, SCOPES):
            names.append(st.name)
            continue
        if isinstance(st, ast.Import):
            names.extend(a.asname or a.name.split(".")[0] for a in st.names)
        elif isinstance(st, ast.ImportFrom):
            names.extend(a.asname or a.name for a in st.names if a.name != "*")
        elif isinstance(st, ast.Assign):
            names.extend(t.id for t in st.targets if isinstance(t, ast.Name))
            if any(is_all(t) for t in st.targets):
                entries.extend(all_entries(st.value))
        elif isinstance(st, ast.AnnAssign) and st.value is not None and st.simple:
            names.append(st.target.id)
            if is_all(st.target):
                entries.extend(all_entries(st.value))
        elif isinstance(st, ast.AugAssign) and is_all(st.target) and isinstance(st.op, ast.Add):
            entries.extend(all_entries(st.value))
        elif isinstance(st, ast.Expr) and isinstance(st.value, ast.Call):
            f = st.value.func
            if isinstance(f, ast.Attribute) and is_all(f.value) and len(st.value.args) == 1:
                arg = st.value.args[0]
                if f.attr == "extend":
                    entries.extend(all_entries(arg))
                elif f.attr == "append" and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    entries.append(arg.value)
        for field in ("body", "orelse", "finalbody", "handlers", "cases"):
            stack.extend(getattr(st, field, []))


def record(path):
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        return {"path": path, "ok": False, "error": f"read: {e}"}
    try:
        tree = ast.parse(data, filename=path)
    except (SyntaxError, ValueError, UnicodeError, RecursionError, MemoryError) as e:
        return {"path": path, "ok": False, "error": f"{type(e).__name__}: {e}"}
    rec = {"path": path, "ok": True, "imports": [], "contexts": [], "classes": []}
    rec.update({"names": [], "all": [], "warnings": []})
    walk(tree, rec)
    module_level(tree.body, rec)
    return rec


def main():
    warnings.simplefilter("ignore")  # invalid escapes etc. are not our subject
    paths = sys.argv[1:] or [line.rstrip("\r\n") for line in sys.stdin if line.strip()]
    out = sys.stdout
    for path in paths:
        out.write(json.dumps(record(path)) + "\n")
    out.flush()


if __name__ == "__main__":
    main()
