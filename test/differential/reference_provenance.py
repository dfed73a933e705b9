"""An independent reference for the spec's rule "symbol provenance on reexport paths", written
on CPython's `ast` from the rule's text: `from P import a, b` on a reexport path P counts only
when one of its names has its origin in one of the consolidation's canonical, shim or direct
modules; `import P`, `from P import *` and `from parent import P` count as before; the rest is
unrelated. Counting otherwise as in reference_counts.py.
Usage: reference_provenance.py ROOT CONFIG_JSON
  CONFIG_JSON (a file or the JSON text): {"consolidations": [{"id", "paths": [{"id", "module", "role"}]}]}
prints JSON {"consolidations": {id: {"counted": {path id: {file: statements}},
  "unrelated": {path id: {file: statements}}}}, "unparsed": [files CPython rejects]}
for the reexport paths. Files under site-packages/ are skipped; files CPython rejects are not
in the repository at all (the caller excludes them too)."""
import ast, json, os, sys
from collections import Counter

root, config = sys.argv[1], sys.argv[2]
config = json.load(open(config)) if os.path.isfile(config) else json.loads(config)

trees, unparsed = {}, []
for d, _, fs in os.walk(root):
    for f in fs:
        rel = os.path.relpath(os.path.join(d, f), root)
        if not f.endswith(".py") or rel.startswith("site-packages" + os.sep): continue
        try: trees[rel] = ast.parse(open(os.path.join(root, rel), "rb").read())
        except (SyntaxError, ValueError): unparsed.append(rel)
mods, module_of = {}, {}  # module -> file; file -> (module, package)
for rel in trees:
    parts = rel[:-3].split(os.sep)
    init = parts[-1] == "__init__"
    if init: parts = parts[:-1]
    if parts and all(p.isidentifier() for p in parts):
        m = ".".join(parts)
        mods[m], module_of[rel] = rel, (m, m if init else m.rpartition(".")[0])
exists = {".".join(m.split(".")[:i]) for m in mods for i in range(1, m.count(".") + 2)}
# Every import statement of every file, nested ones too (one walk per file).
imports = {rel: [n for n in ast.walk(t) if isinstance(n, (ast.Import, ast.ImportFrom))] for rel, t in trees.items()}

def absolute(node, pkg):
    """The module `from … import` names, or None when its dots climb past the top package."""
    if not node.level: return node.module
    if pkg is None: return None
    parts = pkg.split(".") if pkg else []
    keep = len(parts) - (node.level - 1)
    if keep <= 0: return None
    return ".".join(parts[:keep]) + ("." + node.module if node.module else "")

def module_level(body):
    """Statements outside def/class bodies, module-level compound statements included."""
    for s in body:
        yield s
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)): continue
        for block in (getattr(s, "body", []), getattr(s, "orelse", []), getattr(s, "finalbody", [])):
            yield from module_level(block)
        for inner in getattr(s, "handlers", []) + getattr(s, "cases", []):
            yield from module_level(inner.body)

def strings(node):
    """The string entries of a literal list/tuple (or a `+` of them); others are skipped."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return strings(node.left) + strings(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return []

bindings_of = {}
def bindings(m):
    """(named: name -> [("def",) | ("module", M) | ("from", X, name)], stars: [X], all or None);
    None when m has no file (outside the repository)."""
    if m not in bindings_of:
        bindings_of[m] = None if m not in mods else read(m, trees[mods[m]])
    return bindings_of[m]

def read(m, tree):
    named, stars, all_ = {}, [], None
    bind = lambda name, how: named.setdefault(name, []).append(how)
    for s in module_level(tree.body):
        if isinstance(s, ast.ImportFrom):
            base = absolute(s, module_of[mods[m]][1])
            for a in s.names if base is not None else []:
                if a.name == "*": stars.append(base)
                else: bind(a.asname or a.name, ("from", base, a.name))
        elif isinstance(s, ast.Import):
            for a in s.names:
                top = a.name.split(".")[0]
                bind(a.asname or top, ("module", a.name if a.asname else top))
        elif isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bind(s.name, ("def",))
        elif isinstance(s, (ast.Assign, ast.AnnAssign)):
            targets = s.targets if isinstance(s, ast.Assign) else [s.target] if s.value else []
            for t in targets:
                if isinstance(t, ast.Name): bind(t.id, ("def",))
                if isinstance(t, ast.Name) and t.id == "__all__": all_ = set(strings(s.value))
        elif isinstance(s, ast.AugAssign) and isinstance(s.target, ast.Name) and s.target.id == "__all__":
            all_ = (all_ or set()) | set(strings(s.value))
        elif (isinstance(s, ast.Expr) and isinstance(s.value, ast.Call) and s.value.args
              and isinstance(f := s.value.func, ast.Attribute) and f.attr in ("append", "extend")
              and isinstance(f.value, ast.Name) and f.value.id == "__all__"):
            arg = s.value.args[0]
            new = [arg.value] if f.attr == "append" and isinstance(arg, ast.Constant) else strings(arg)
            all_ = (all_ or set()) | set(new)
    return named, stars, all_

def origins(m, n, active=frozenset()):
    """The modules the name n of module m comes from (a module without a file is one itself)."""
    sub = m + "." + n
    if bindings(m) is None: return {sub if sub in exists else m}
    return bound(m, n, active) or ({sub} if sub in exists else set())

def bound(m, n, active):
    """The origins of what m's module-level code binds as n, directly or through star imports."""
    if (m, n) in active: return set()  # a cycle of re-exports adds nothing
    active |= {(m, n)}
    named, stars, _ = bindings(m)
    out = set()
    for how in named.get(n, []):
        if how[0] == "def": out.add(m)
        elif how[0] == "module": out.add(how[1])
        else: out |= origins(how[1], how[2], active)
    for x in stars:
        b = bindings(x)  # an outside module's star import contributes nothing
        if b is not None and (n in b[2] if b[2] is not None else not n.startswith("_") and bound(x, n, active)):
            out |= origins(x, n, active)
    return out

all_paths = {p["module"] for c in config["consolidations"] for p in c["paths"]}
report = {}
for c in config["consolidations"]:
    reexport = {p["module"]: p["id"] for p in c["paths"] if p["role"] == "reexport"}
    targets = {p["module"] for p in c["paths"] if p["role"] != "reexport"}
    internal = {mods[p["module"]] for p in c["paths"] if p["module"] in mods}
    counted, unrelated = {i: Counter() for i in reexport.values()}, {i: Counter() for i in reexport.values()}
    for rel, nodes in imports.items():
        if rel in internal: continue
        pkg = module_of.get(rel, (None, None))[1]
        for node in nodes:
            reached = {}  # module -> names reaching it
            if isinstance(node, ast.Import):
                for a in node.names: reached[a.name] = []
            elif isinstance(node, ast.ImportFrom) and (base := absolute(node, pkg)) is not None:
                for a in node.names:
                    sub = base + "." + a.name
                    to = sub if a.name != "*" and (sub in exists or sub in all_paths) else base
                    reached.setdefault(to, []).append(a.name)
            for p in reached.keys() & reexport.keys():
                names = reached[p]
                by_names = isinstance(node, ast.ImportFrom) and absolute(node, pkg) == p and "*" not in names
                related = not by_names or any(origins(p, n) & targets for n in names)
                (counted if related else unrelated)[reexport[p]][rel.replace(os.sep, "/")] += 1
    report[c["id"]] = {"counted": counted, "unrelated": unrelated}
unparsed = sorted(f.replace(os.sep, "/") for f in unparsed)
print(json.dumps({"consolidations": report, "unparsed": unparsed}, sort_keys=True))
