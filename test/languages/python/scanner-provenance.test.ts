/**
 * The outputs symbol provenance, deprecation detection and allow-pragmas are built on:
 * import end lines, class bases, every warn call, defined names, `__getattr__` forwarding
 * targets and `# ssot: allow` comments.
 */
import { describe, expect, it } from "vitest";
import { scanPython } from "../../../src/languages/python/scanner.js";
import { py } from "./render.js";

describe("scanPython: import end lines", () => {
  it("gives the line of the last token: the closing paren, a continued alias", () => {
    const text = py(
      "import a",
      "from b import (c,",
      "    d,",
      ")",
      "import e \\",
      "    as f; import g",
      "def h():",
      "    from i import (j,",
      "        k)",
    );
    expect(scanPython(text).imports.map((s) => [s.line, s.endLine])).toEqual([
      [1, 1],
      [2, 4],
      [5, 6],
      [6, 6],
      [8, 9],
    ]);
  });
});

describe("scanPython: class bases", () => {
  it("keeps plain dotted bases as their last part, drops keywords, calls and subscripts", () => {
    const text = py(
      "class MyDeprecation(DeprecationWarning): pass",
      "class A(warnings.DeprecationWarning, Generic[T], metaclass=ABCMeta): pass",
      "class B(make_base(), *mixins, (pkg.Base), **options): pass",
      "class C: pass",
      "class D(): pass",
      "class E[T](Base[T], Other): pass",
      "def f():",
      "    class Local(a.b.Inner,",
      "                Sized): pass",
    );
    expect(scanPython(text).classes.map((c) => [c.name, c.bases])).toEqual([
      ["MyDeprecation", ["DeprecationWarning"]],
      ["A", ["DeprecationWarning"]],
      ["B", ["Base"]],
      ["C", []],
      ["D", []],
      ["E", ["Other"]],
      ["Local", ["Inner", "Sized"]],
    ]);
  });
});

describe("scanPython: warn calls", () => {
  const call = (line: number, message: string, names: string[], inGetattr = false) => ({
    line,
    message,
    names,
    inGetattr,
  });

  it("reads the category from a keyword argument's value, not its name", () => {
    const text = py(
      "import warnings",
      'warnings.warn("old", category=FutureWarning, stacklevel=2)',
      "warn(msg % name, warnings.PendingDeprecationWarning if strict else UserWarning)",
    );
    expect(scanPython(text).warnings).toEqual([
      call(2, "old", ["FutureWarning"]),
      call(3, "", ["msg", "name", "PendingDeprecationWarning", "strict", "UserWarning"]),
    ]);
  });

  it("follows aliases bound earlier at module level, and only those", () => {
    const text = py(
      '_w.warn("too early", DeprecationWarning)',
      "import warnings as _w; _w.warn('moved', DeprecationWarning)",
      "from warnings import warn as _warn",
      '_warn("pkg.old moved", MyDeprecation)',
      'other.warn("x", DeprecationWarning)',
      'obj._warn("x", DeprecationWarning)',
      "def f():",
      "    import warnings as inner",
      'inner.warn("not an alias", DeprecationWarning)',
    );
    expect(scanPython(text).warnings).toEqual([
      call(2, "moved", ["DeprecationWarning"]),
      call(4, "pkg.old moved", ["MyDeprecation"]),
    ]);
  });

  it("sees a bare warn after a comment that ends with a dot", () => {
    const text = py("# Deprecated.", 'warn("use pkg.new", DeprecationWarning)');
    expect(scanPython(text).warnings).toEqual([call(2, "use pkg.new", ["DeprecationWarning"])]);
  });

  it("reads a PEP 562 __getattr__ body: warn calls and getattr targets", () => {
    const text = py(
      "import warnings",
      "from pkg import _impl",
      "def __getattr__(name):",
      '    warnings.warn(f"{name} moved to pkg.new", DeprecationWarning, stacklevel=2)',
      "    return getattr(_impl, name)",
      "class Shim:",
      "    def __getattr__(self, name):",
      '        warnings.warn("a method, not the module hook", DeprecationWarning)',
      "        return getattr(_other, name)",
      "def helper():",
      '    warnings.warn("not module level", DeprecationWarning)',
    );
    const scan = scanPython(text);
    expect(scan.warnings).toEqual([
      call(4, "{name} moved to pkg.new", ["DeprecationWarning"], true),
    ]);
    expect(scan.getattrTargets).toEqual(["_impl"]);
    expect(scan.imports.map((s) => s.nested)).toEqual([false, false]);
  });

  it("takes getattr targets with two or more arguments and a bare first one", () => {
    const text = py(
      "if True:",
      "    def __getattr__(name):",
      "        if name in _moved:",
      "            return getattr(_new, name, None)",
      "        getattr(_one)",
      "        getattr(pkg.mod, name)",
      "        builtins.getattr(_b, name)",
      "        return getattr(getattr(_nested, 'x'), name)",
    );
    expect(scanPython(text).getattrTargets).toEqual(["_new", "_nested"]);
  });
});

describe("scanPython: defined names", () => {
  it("collects defs, classes and assignment targets at module level, not imports", () => {
    const text = py(
      "import sys",
      "try:",
      "    from fast import X",
      "except ImportError:",
      "    X = None",
      "if sys.version_info >= (3, 8):",
      "    def f(): pass",
      "else:",
      "    async def f(): pass",
      "class MyDeprecation(DeprecationWarning): pass",
      "A = B = 1",
      "C: int = 2",
      "D: int",
      "E.attr = 3",
      "F, G = H = 4, 5",
      '__all__ = ["X", "f"]',
      "def g():",
      "    H = 6",
    );
    const scan = scanPython(text);
    expect(scan.definedNames).toEqual([
      "X",
      "f",
      "MyDeprecation",
      "A",
      "B",
      "C",
      "H",
      "__all__",
      "g",
    ]);
    expect(scan.moduleNames).toEqual(["sys", ...scan.definedNames]);
  });
});

describe("scanPython: ssot: allow pragmas", () => {
  it("finds them on any line of a statement, with the reason after --", () => {
    const text = py(
      "from pkg.manager import (",
      "    WebSocketManager,",
      ")  # ssot: allow -- legacy shim until #1182 lands",
      "import a  #ssot:allow",
      "import b  #  ssot:\tallow --  kept for plugins\t ",
      "import c  # noqa: F401  # ssot: allow -- after other text: none",
      "def f():",
      "    import d  # ssot: allow --",
      "x = '# ssot: allow -- in a string'",
      "# ssot: allowed -- not the word",
      "# ssot: disallow",
    );
    const scan = scanPython(text);
    expect(scan.pragmas).toEqual([
      { line: 3, reason: "legacy shim until #1182 lands" },
      { line: 4, reason: "" },
      { line: 5, reason: "kept for plugins" },
      { line: 8, reason: "" },
    ]);
    expect(scan.imports[0]?.endLine).toBe(3);
  });

  it("finds one inside brackets and in CRLF text", () => {
    const text = "x = f(1,  # ssot: allow -- a\r\n      2)\r\n# ssot: allow -- b\r\n";
    expect(scanPython(text).pragmas).toEqual([
      { line: 1, reason: "a" },
      { line: 3, reason: "b" },
    ]);
  });
});
