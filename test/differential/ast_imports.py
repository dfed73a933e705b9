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
    ends      [lineno, end_lineno]             one per Import/ImportFrom statement
    classes   [lineno, name, nested]           every class statement
    bases     [lineno, name, bases]            every class statement: its bases that are
                                               (attributes of) names, as the last part
    names     names bound at module level (outside def/class bodies): def, class, the
              names among assignment targets (`A = b.c = D = v`: A and D), simple
              `NAME: T = v` targets, import bindings
    defined   the same without import bindings, in source order, once each
    all       string entries of module-level __all__ list/tuple literals (=, +=, extend, append)
    warnings  [line, message, names, in_getattr]  every warn(...) call outside def/class
              bodies or inside a module-level `def __getattr__` body (see warn_call)
    getattr_targets  X of getattr(X, ...) calls (>= 2 arguments) in such a __getattr__ body
    pragmas   [line, reason] of `# ssot: allow` comments (tokenize's COMMENT tokens); null
              when tokenize and the parser would count lines differently (a lone CR)

Files are parsed from their bytes, as the interpreter would (BOM, coding cookie).
"""
import ast
import io
import json
import re
import sys
import tokenize
import warnings

SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
# Brackets other than grouping parentheses: string literals inside are not the message.
BRACKETS = (ast.List, ast.Set, ast.Dict, ast.ListComp, ast.SetComp, ast.DictComp)
PRAGMA = re.compile(r"#[ \t]*ssot:[ \t]*allow(?![A-Za-z0-9_])")  # opening the comment
FSTRING_START = getattr(tokenize, "FSTRING_START", None)  # Python 3.12+
FSTRING_END = getattr(tokenize, "FSTRING_END", None)


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


def position(node):
    return (node.lineno, node.col_offset)


def end_position(node):
    return (node.end_lineno, node.end_col_offset)


class Source:
    """The decoded text, to find what lies between nodes (AST columns are UTF-8 offsets)."""

    def __init__(self, text):
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]

    def offset(self, line, col):
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else len(self.text)
        return start + len(self.text[start:end].encode()[:col].decode())

    def next_char(self, line, col):
        """The first character at or after (line, col) that is not blank nor in a comment."""
        i = self.offset(line, col)
        t = self.text
        while i < len(t):
            if t[i] == "#":
                while i < len(t) and t[i] not in "\r\n":
                    i += 1
            elif t[i] in " \t\f\r\n\\":
                i += 1
            else:
                return t[i]
        return ""


class Aliases:
    """Module-level `import warnings as W` / `from warnings import warn as w`, with positions."""

    def __init__(self, tree):
        self.modules = []  # (position, name)
        self.functions = []
        for st in module_statements(tree.body):
            if isinstance(st, ast.Import):
                self.modules += [(position(st), a.asname) for a in st.names if a.name == "warnings" and a.asname]
            elif isinstance(st, ast.ImportFrom) and st.module == "warnings" and st.level == 0:
                self.functions += [(position(st), a.asname) for a in st.names if a.name == "warn" and a.asname]

    def is_warn(self, call, source):
        """warnings.warn, any bare warn, or an alias bound by an import before the call,
        directly followed by the call's `(` (a parenthesised callee is not read)."""
        func = call.func
        if source.next_char(func.end_lineno, func.end_col_offset) != "(":
            return False
        at = position(func)
        if isinstance(func, ast.Name):
            return func.id == "warn" or any(p < at and n == func.id for p, n in self.functions)
        return (
            isinstance(func, ast.Attribute)
            and func.attr == "warn"
            and isinstance(func.value, ast.Name)
            and (func.value.id == "warnings" or any(p < at and n == func.value.id for p, n in self.modules))
        )


def literal_bodies(segment):
    """The text between the quotes of every literal in the source of a str constant or f-string."""
    text = "(" + segment + ")"  # implicit line joining: no NEWLINE or INDENT tokens
    starts = [0]
    for line in io.StringIO(text).readlines():
        starts.append(starts[-1] + len(line))
    offset = lambda rc: starts[rc[0] - 1] + rc[1]
    out, depth, start = [], 0, 0
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type == tokenize.STRING and depth == 0:
            s = tok.string
            q = len(s) - len(s.lstrip("rRbBuUfF"))
            quote = 3 if s[q : q + 3] in ('"""', "'''") else 1
            out.append(s[q + quote : len(s) - quote])
        elif FSTRING_START is not None and tok.type == FSTRING_START:
            if depth == 0:
                start = offset(tok.end)
            depth += 1
        elif FSTRING_END is not None and tok.type == FSTRING_END:
            depth -= 1
            if depth == 0:
                out.append(text[start : offset(tok.start)])
    return "".join(out)


def call_message(call, source):
    """String literals among the arguments, directly or through grouping parentheses (not
    inside other brackets, nor as arguments or subscripts of something else), joined."""
    parts = []
    stack = list(call.args) + [k.value for k in call.keywords]
    while stack:
        n = stack.pop()
        if isinstance(n, (ast.Constant, ast.JoinedStr)):
            if isinstance(n, ast.JoinedStr) or isinstance(n.value, str):
                parts.append((position(n), literal_bodies(ast.get_source_segment(source, n))))
        elif isinstance(n, ast.Call):
            stack.append(n.func)
        elif isinstance(n, ast.Subscript):
            stack.append(n.value)
        elif not isinstance(n, BRACKETS):
            stack.extend(ast.iter_child_nodes(n))
    return "".join(text for _, text in sorted(parts))


def lambda_parameters(node):
    """Parameters without a default (with one, `x=` reads like a keyword argument's name)."""
    a = node.args
    positional = a.posonlyargs + a.args
    plain = positional[: len(positional) - len(a.defaults)]
    plain += [k for k, d in zip(a.kwonlyargs, a.kw_defaults) if d is None]
    plain += [p for p in (a.vararg, a.kwarg) if p is not None]
    return [(end_position(p), p.arg) for p in plain]


def call_names(call):
    """Identifiers among the arguments in source order, once each: a dotted name's last
    part, no keyword-argument names, nothing inside f-strings."""
    found = []
    stack = [(n, False) for n in call.args + [k.value for k in call.keywords]]
    while stack:
        n, is_value = stack.pop()  # is_value: the value of an Attribute (not a last part)
        if isinstance(n, (ast.JoinedStr, ast.arg)):
            continue
        if isinstance(n, ast.Name):
            if not is_value:
                found.append((end_position(n), n.id))
        elif isinstance(n, ast.Attribute):
            if not is_value:
                found.append((end_position(n), n.attr))
            stack.append((n.value, True))
            continue
        elif isinstance(n, ast.Lambda):
            found += lambda_parameters(n)
        stack.extend((c, False) for c in ast.iter_child_nodes(n))
    names = []
    for _, name in sorted(found):
        if name not in names:
            names.append(name)
    return names


def warn_call(call, source, in_getattr):
    line = call.func.end_lineno  # the `warn` name ends the callee
    return [line, call_message(call, source.text), call_names(call), in_getattr]


def getattr_target(call):
    if isinstance(call.func, ast.Name) and call.func.id == "getattr" and call.args:
        first = call.args[0]
        if isinstance(first, ast.Name) and len(call.args) + len(call.keywords) >= 2:
            return first.id
    return None


def base_name(e):
    if isinstance(e, ast.Name):
        return e.id
    if isinstance(e, ast.Attribute):
        v = e.value
        while isinstance(v, ast.Attribute):
            v = v.value
        if isinstance(v, ast.Name):
            return e.attr
    return None


def walk(tree, rec, source):
    """Every node with (nested, type_checking, in_getattr, in_warn), without recursion (deep
    trees exist). Only a def or class body is nested: decorators, bases and defaults run at
    import. A warn call inside another one's arguments is part of that one (in_warn)."""
    aliases = Aliases(tree)
    targets = []
    stack = [(tree, False, False, False, False)]
    while stack:
        node, nested, tc, ga, in_warn = stack.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            rec["imports"].extend(import_tuples(node))
            rec["contexts"].append([node.lineno, nested, tc])
            rec["ends"].append([node.lineno, node.end_lineno])
        elif isinstance(node, ast.ClassDef):
            rec["classes"].append([node.lineno, node.name, nested])
            bases = [b for b in map(base_name, node.bases) if b is not None]
            rec["bases"].append([node.lineno, node.name, bases])
        elif isinstance(node, ast.Call):
            if (not nested or ga) and not in_warn and aliases.is_warn(node, source):
                rec["warnings"].append(warn_call(node, source, ga))
                in_warn = True
            target = getattr_target(node) if ga else None
            if target is not None:
                targets.append((position(node), target))
        scope = isinstance(node, SCOPES)
        shim = isinstance(node, ast.FunctionDef) and node.name == "__getattr__" and not nested
        for field, value in ast.iter_fields(node):
            body = scope and field == "body"
            body_tc = tc or (isinstance(node, ast.If) and field == "body" and is_type_checking(node.test))
            for child in value if isinstance(value, list) else [value]:
                if isinstance(child, ast.AST):
                    stack.append((child, nested or body, body_tc, ga or (body and shim), in_warn))
    rec["getattr_targets"] = once([t for _, t in sorted(targets)])


def once(names):
    out = []
    for n in names:
        if n not in out:
            out.append(n)
    return out


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


def module_statements(statements):
    """Statements of module-level code: nested blocks, not def/class bodies."""
    stack = list(statements)
    while stack:
        st = stack.pop()
        yield st
        if not isinstance(st, SCOPES):
            for field in ("body", "orelse", "finalbody", "handlers", "cases"):
                stack.extend(getattr(st, field, []))


def module_level(statements, rec):
    """Names bound and __all__ entries, in module-level code (nested blocks, not scopes)."""
    names, entries = rec["names"], rec["all"]
    defined = []  # (position, name)
    for st in module_statements(statements):
        if isinstance(st, SCOPES):
            names.append(st.name)
            defined.append((position(st), st.name))
        elif isinstance(st, ast.Import):
            names.extend(a.asname or a.name.split(".")[0] for a in st.names)
        elif isinstance(st, ast.ImportFrom):
            names.extend(a.asname or a.name for a in st.names if a.name != "*")
        elif isinstance(st, ast.Assign):
            targets = [t for t in st.targets if isinstance(t, ast.Name)]
            names.extend(t.id for t in targets)
            defined.extend((position(t), t.id) for t in targets)
            if any(is_all(t) for t in st.targets):
                entries.extend(all_entries(st.value))
        elif isinstance(st, ast.AnnAssign) and st.value is not None and st.simple:
            names.append(st.target.id)
            defined.append((position(st.target), st.target.id))
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
    rec["defined"] = once([n for _, n in sorted(defined)])


def pragmas(data):
    """Comments opening with `# ssot: allow`: [line, the text after the first `--` that
    follows, stripped of spaces, tabs, form feeds and vertical tabs]."""
    if b"ssot:" not in data:
        return []
    if re.search(rb"\r(?!\n)", data):
        return None  # tokenize reads lines split at \n only; the parser also splits at a lone \r
    out = []
    try:
        for tok in tokenize.tokenize(io.BytesIO(data).readline):
            m = PRAGMA.match(tok.string) if tok.type == tokenize.COMMENT else None
            if m:
                rest = tok.string[m.end() :]
                dashes = rest.find("--")
                out.append([tok.start[0], "" if dashes < 0 else rest[dashes + 2 :].strip(" \t\f\v")])
    except (tokenize.TokenError, SyntaxError, UnicodeDecodeError):
        return None
    return out


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
    rec = {"path": path, "ok": True, "imports": [], "contexts": [], "ends": [], "classes": []}
    rec.update({"bases": [], "names": [], "all": [], "warnings": []})
    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    # Line ends kept as written (get_source_segment splits them); invalid bytes CPython let
    # pass (in a comment) replaced, as the scanner's decoder does.
    source = data.decode(encoding, errors="replace")
    walk(tree, rec, Source(source))
    module_level(tree.body, rec)
    rec["pragmas"] = pragmas(data)
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
