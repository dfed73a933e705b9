"""The CPython reference pass for the benchmark: parse every .py file under a folder with
`ast` and collect its imports (what `ssot analyze` has to find). Usage: ast_pass.py DIR"""
import ast
import os
import sys

root = sys.argv[1]
statements = files = failed = 0
for folder, _, names in os.walk(root):
    for name in names:
        if not name.endswith(".py"):
            continue
        with open(os.path.join(folder, name), "rb") as handle:
            source = handle.read()
        files += 1
        try:
            tree = ast.parse(source)
        except (SyntaxError, ValueError):
            failed += 1
            continue
        statements += sum(isinstance(n, (ast.Import, ast.ImportFrom)) for n in ast.walk(tree))
print(f"{files} files, {failed} not parsed, {statements} import statements")
