import { describe, expect, it } from "vitest";
import { scanPython } from "../../../src/languages/python/scanner.js";
import { imports, py } from "./render.js";

describe("scanPython: import forms", () => {
  it("reads plain, dotted, aliased and multiple imports", () => {
    expect(
      imports(py("import os", "import a.b", "import a.b as c, d", "import x as y, z.w as v")),
    ).toEqual([
      "1: import os",
      "2: import a.b",
      "3: import a.b as c, d",
      "4: import x as y, z.w as v",
    ]);
  });

  it("reads from-imports: parenthesised, trailing comma, star, relative", () => {
    const text = py(
      "from a import b",
      "from a import (b as c,",
      " d,)",
      "from . import x",
      "from .mod import x",
      "from ...pkg.mod import *",
      "from .......deep import y",
      "from .. import (p, q as r)",
    );
    expect(imports(text)).toEqual([
      "1: from a import b",
      "2: from a import b as c, d",
      "4: from . import x",
      "5: from .mod import x",
      "6: from ...pkg.mod import *",
      "7: from .......deep import y",
      "8: from .. import p, q as r",
    ]);
  });

  it("takes module text without whitespace: dots and names may be spaced or continued", () => {
    const text = py(
      "from . . mod import x",
      "from .\\",
      "  . pkg . sub import y",
      "import a . b",
      "from ... import z",
      "from.mod import w",
      "from .import v",
    );
    expect(imports(text)).toEqual([
      "1: from ..mod import x",
      "2: from ..pkg.sub import y",
      "4: import a.b",
      "5: from ... import z",
      "6: from .mod import w",
      "7: from . import v",
    ]);
  });

  it("follows backslash continuations anywhere inside a statement", () => {
    const text = py(
      "from a \\",
      "  import b",
      "import \\",
      "  c.d \\",
      "  as e",
      "x = 1 + \\",
      " 2; import f",
    );
    expect(imports(text)).toEqual(["1: from a import b", "3: import c.d as e", "7: import f"]);
  });

  it("skips comments inside parenthesised name lists, even dedented ones", () => {
    const text = py(
      "def f():",
      "    from a import (b,  # import nope",
      "c,",
      "  # d",
      "    e)",
      "    import g",
    );
    expect(imports(text)).toEqual(["2: from a import b, c, e [nested]", "6: import g [nested]"]);
  });

  it("keeps non-ASCII identifiers, NFKC-normalised as Python does", () => {
    expect(imports(py("import ｍｏｄ", "from pkg import ä as ö", "import µ"))).toEqual([
      "1: import mod",
      "2: from pkg import ä as ö",
      "3: import μ",
    ]);
  });

  it("records offsets: the statement text and the module text with its dots", () => {
    const text = py("x = 1", "from . . mod import (a,", "  b)  # c", "import  q.r  as s");
    const [from, imp] = scanPython(text).imports;
    expect(from).toEqual({
      kind: "from",
      line: 2,
      start: 6,
      end: 34,
      module: "mod",
      moduleStart: 11,
      moduleEnd: 18,
      level: 2,
      names: [{ name: "a" }, { name: "b" }],
      nested: false,
      typeChecking: false,
      endLine: 3,
    });
    expect(text.slice(from?.start, from?.end)).toBe("from . . mod import (a,\n  b)");
    expect(text.slice(from?.moduleStart, from?.moduleEnd)).toBe(". . mod");
    expect(imp).toMatchObject({
      kind: "import",
      line: 4,
      module: "",
      moduleStart: -1,
      moduleEnd: -1,
    });
    expect(text.slice(imp?.start, imp?.end)).toBe("import  q.r  as s");
  });

  it("spans `from . import x` module text as the dots alone", () => {
    const text = "from .. import x\n";
    const [s] = scanPython(text).imports;
    expect(s).toMatchObject({ module: "", level: 2, moduleStart: 5, moduleEnd: 7 });
    expect(text.slice(s?.start, s?.end)).toBe("from .. import x");
  });

  it("does not take __import__ calls or attribute access for statements", () => {
    expect(
      imports(py('m = __import__("x")', "importlib.import_module('y')", "x.from_ = 1")),
    ).toEqual([]);
  });
});

describe("scanPython: statement starts", () => {
  it("starts statements after `;`", () => {
    expect(imports(py("import a; import b;", "from c import d; x = 1; import e"))).toEqual([
      "1: import a",
      "1: import b",
      "2: from c import d",
      "2: import e",
    ]);
  });

  it("starts statements after the `:` of one-line compound statements", () => {
    const text = py(
      "if x: import a",
      "elif y: import b",
      "else: import c",
      "try: import d",
      "except ImportError: import e",
      "finally: import f",
      "while 0: import g",
      "for i in []: import h",
      "with x as y: import i",
      "async def g(): import j",
      "def f(): import k; import l",
      "class C: import m",
      "class D(B, metaclass=M): import n",
    );
    expect(imports(text)).toEqual([
      "1: import a",
      "2: import b",
      "3: import c",
      "4: import d",
      "5: import e",
      "6: import f",
      "7: import g",
      "8: import h",
      "9: import i",
      "10: import j [nested]",
      "11: import k [nested]",
      "11: import l [nested]",
      "12: import m [nested]",
      "13: import n [nested]",
    ]);
  });

  it("ignores the colons of lambdas, dicts, slices, annotations and walrus", () => {
    const text = py(
      "if lambda: 1: import a",
      "with f(lambda: 2) as y: import b",
      "x = {1: 2}; import c",
      "y = z[1:2]; import d",
      "w: int = 3; import e",
      "if (v := 1): import f",
      "def f(a: int = 1) -> dict[str, int]: import g",
    );
    expect(imports(text)).toEqual([
      "1: import a",
      "2: import b",
      "3: import c",
      "4: import d",
      "5: import e",
      "6: import f",
      "7: import g [nested]",
    ]);
  });

  it("treats match and case as soft keywords", () => {
    const text = py(
      "match x:",
      "    case 1: import a",
      "    case _:",
      "        import b",
      "match = 3",
      "match(x)",
      "import c",
      "match ...:",
      "    case _: import d",
      "case = 1",
    );
    expect(imports(text)).toEqual(["2: import a", "4: import b", "7: import c", "9: import d"]);
    expect(scanPython(text).errors).toEqual([]);
  });
});

describe("scanPython: blocks", () => {
  it("marks imports nested in def, async def and class bodies at any depth", () => {
    const text = py(
      "import top",
      "def f():",
      "    import a",
      "    if x:",
      "        import b",
      "async def g():",
      "    async with x: import c",
      "class C:",
      "    import d",
      "    class Inner:",
      "        def m(self):",
      "            import e",
      "@decorator",
      "def h(): pass",
      "import bottom",
    );
    expect(imports(text)).toEqual([
      "1: import top",
      "3: import a [nested]",
      "5: import b [nested]",
      "7: import c [nested]",
      "9: import d [nested]",
      "12: import e [nested]",
      "15: import bottom",
    ]);
  });

  it("marks imports inside `if TYPE_CHECKING:` bodies, not in their else", () => {
    const text = py(
      "if TYPE_CHECKING:",
      "    import a",
      "    if x:",
      "        import b",
      "else:",
      "    import c",
      "if typing.TYPE_CHECKING: import d",
      "if not TYPE_CHECKING:",
      "    import e",
      "def f():",
      "    if TYPE_CHECKING:",
      "        from g import h",
      "import i",
    );
    expect(imports(text)).toEqual([
      "2: import a [typeChecking]",
      "4: import b [typeChecking]",
      "6: import c",
      "7: import d [typeChecking]",
      "9: import e",
      "12: from g import h [nested, typeChecking]",
      "13: import i",
    ]);
  });

  it("reads imports in try/except ImportError and with blocks", () => {
    const text = py(
      "try:",
      "    import ujson as json",
      "except ImportError:",
      "    import json",
      "with suppress(ImportError):",
      "    from a import b",
    );
    expect(imports(text)).toEqual([
      "2: import ujson as json",
      "4: import json",
      "6: from a import b",
    ]);
  });

  it("counts tabs to the next multiple of 8 and lets form feed reset the column", () => {
    const text = py(
      "def f():",
      "\timport a",
      "\tif x:",
      "\t    import b", // tab + 4 spaces: column 12
      "\timport c",
      "\f",
      "import d",
      "if x:",
      "\f    import e", // form feed, then column 4
    );
    const scan = scanPython(text);
    expect(scan.imports.map((s) => `${s.line} ${s.names[0]?.name} ${s.nested}`)).toEqual([
      "2 a true",
      "4 b true",
      "5 c true",
      "7 d false",
      "9 e false",
    ]);
    expect(scan.errors).toEqual([]);
  });

  it("takes indentation across a backslash as CPython does", () => {
    // The first backslash after spaces fixes the column; one at column 0 fixes nothing.
    const text = py(
      "class C:",
      "    x = 1",
      "\\",
      "    def f(self): import a",
      "    \\",
      "        import b",
    );
    expect(imports(text)).toEqual(["4: import a [nested]", "6: import b [nested]"]);
    expect(scanPython(text).errors).toEqual([]);
  });

  it("ignores blank and comment-only lines for indentation", () => {
    const text = py(
      "def f():",
      "    import a",
      "",
      "  # comment",
      "        ",
      "    import b",
      "import c",
    );
    expect(imports(text)).toEqual(["2: import a [nested]", "6: import b [nested]", "7: import c"]);
  });
});
