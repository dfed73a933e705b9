"""An independent reference for the spec's counting rules, written on CPython's `ast`:
per configured path module, the import statements that reach it and the files they are in.
Usage: reference_counts.py ROOT MODULE... ; prints JSON
  {"counts": {module: [statements, files]}, "unparsed": [files CPython rejects]}.
Files under site-packages/ are skipped (installed packages, not the repository)."""
import ast, os, sys, json
root, paths = sys.argv[1], sys.argv[2:]
mods = {}
for d, _, fs in os.walk(root):
    for f in fs:
        if f.endswith(".py"):
            rel = os.path.relpath(os.path.join(d, f), root)
            if rel.startswith("site-packages" + os.sep): continue
            parts = rel[:-3].split(os.sep)
            init = parts[-1] == "__init__"
            if init: parts = parts[:-1]
            if all(p.isidentifier() for p in parts) and parts:
                mods[".".join(parts)] = (rel, init)
exists = set()
for m in mods:
    p = m.split(".")
    for i in range(1, len(p) + 1): exists.add(".".join(p[:i]))
pathfiles = {mods[p][0] for p in paths if p in mods}
counts = {p: [0, set()] for p in paths}
allfiles=[]
for d, _, fs in os.walk(root):
    for f in fs:
        if f.endswith(".py"): allfiles.append(os.path.relpath(os.path.join(d, f), root))
allfiles = [f for f in allfiles if not f.startswith("site-packages" + os.sep)]
unparsed = []
relmod={rel:(m,init) for m,(rel,init) in mods.items()}
for rel in allfiles:
    m, init = relmod.get(rel, (None, False))
    if rel in pathfiles: continue
    try: tree = ast.parse(open(os.path.join(root, rel), "rb").read())
    except (SyntaxError, ValueError):
        unparsed.append(rel)
        continue
    pkg = None if m is None else (m if init else m.rpartition(".")[0])
    for n in ast.walk(tree):
        reached = set()
        if isinstance(n, ast.Import):
            reached = {a.name for a in n.names}
        elif isinstance(n, ast.ImportFrom):
            if n.level:
                if pkg is None: continue
                parts = pkg.split(".") if pkg else []
                keep = len(parts) - (n.level - 1)
                if keep <= 0: continue
                base = ".".join(parts[:keep]) + ("." + n.module if n.module else "")
            else: base = n.module
            for a in n.names:
                sub = base + "." + a.name
                reached.add(sub if a.name != "*" and (sub in exists or sub in paths) else base)
        for p in paths:
            if p in reached:
                counts[p][0] += 1; counts[p][1].add(rel)
print(json.dumps({"counts": {p: [c[0], len(c[1])] for p, c in counts.items()}, "unparsed": sorted(unparsed)}))
