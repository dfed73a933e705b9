import { describe, expect, it } from "vitest";
import { decodePython, scanPython } from "../../../src/languages/python/scanner.js";
import { imports, py } from "./render.js";

describe("scanPython: dotted string literals", () => {
  it("yields plain literals whose value is a dotted name, with the span of the value", () => {
    const text = py(
      'patch("pkg.manager.WebSocketManager")',
      "x = 'a.b'; y = r'c.d' u\"e.f\" '''g.h'''",
      'z = ["nodot", "a..b", ".a.b", "a.b.", "1a.b", "a.b c", "a.1b", "_x._y1"]',
      'no = f"i.j" b"k.l" rb"m.n" t"o.p"',
      "inner = f\"{load('q.r')}\"",
    );
    const scan = scanPython(text);
    expect(scan.strings.map((s) => [s.value, s.line])).toEqual([
      ["pkg.manager.WebSocketManager", 1],
      ["a.b", 2],
      ["c.d", 2],
      ["e.f", 2],
      ["g.h", 2],
      ["_x._y1", 3],
      ["q.r", 5],
    ]);
    for (const s of scan.strings) expect(text.slice(s.start, s.end)).toBe(s.value);
  });

  it("ignores literals in comments and in broken literals", () => {
    expect(
      scanPython(py("# 'a.b'", "x = f'{'c.d'", "y = 'e.f'")).strings.map((s) => s.value),
    ).toEqual(["e.f"]);
  });
});

describe("scanPython: classes", () => {
  it("yields every class statement with its line, keyword offset and nesting", () => {
    const text = py(
      "class A: pass",
      "@dataclass",
      "class B(Base, metaclass=M):",
      "    class Inner:",
      "        pass",
      "def f():",
      "    class Local: pass",
      "if TYPE_CHECKING:",
      "    class C(Protocol): ...",
      "s = 'class D: pass'",
    );
    const classes = scanPython(text).classes;
    expect(classes).toEqual([
      { name: "A", line: 1, start: 0, nested: false, bases: [] },
      { name: "B", line: 3, start: 25, nested: false, bases: ["Base"] },
      { name: "Inner", line: 4, start: 57, nested: true, bases: [] },
      { name: "Local", line: 7, start: 96, nested: true, bases: [] },
      { name: "C", line: 9, start: 136, nested: false, bases: ["Protocol"] },
    ]);
    for (const c of classes) expect(text.startsWith(`class ${c.name}`, c.start)).toBe(true);
  });
});

describe("scanPython: module-level warn calls", () => {
  it("yields warnings.warn / warn calls of any category, with their messages and names", () => {
    const text = py(
      "import warnings",
      "from warnings import warn",
      'warnings.warn("pkg.old is deprecated; use pkg.new", DeprecationWarning, stacklevel=2)',
      "warn(",
      '    ("moved to "',
      '     "pkg.new"),',
      "    category=PendingDeprecationWarning,",
      ")",
      "if sys.version_info < (3, 8):",
      '    warnings.warn(f"{__name__} is deprecated, use pkg.new", DeprecationWarning)',
      'warnings.warn("not a deprecation", UserWarning)',
      'logger.warn("x", DeprecationWarning)',
      "def f():",
      '    warnings.warn("inside a function", DeprecationWarning)',
      "class C:",
      '    warn("inside a class", DeprecationWarning)',
      "def warn(message, category=DeprecationWarning): pass",
      'warnings.warn(msg.format("skipped"), DeprecationWarning)',
    );
    const at = (line: number, message: string, names: string[]) => ({
      line,
      message,
      names,
      inGetattr: false,
    });
    expect(scanPython(text).warnings).toEqual([
      at(3, "pkg.old is deprecated; use pkg.new", ["DeprecationWarning"]),
      at(4, "moved to pkg.new", ["PendingDeprecationWarning"]),
      at(10, "{__name__} is deprecated, use pkg.new", ["DeprecationWarning"]),
      at(11, "not a deprecation", ["UserWarning"]),
      at(18, "", ["format", "DeprecationWarning"]),
    ]);
  });
});

describe("scanPython: module-level names and __all__", () => {
  it("collects names bound at module level, in order, once each", () => {
    const text = py(
      "import a.b, c.d as e",
      "from f import g, h as i, *",
      "def j(): k = 1",
      "async def l(): pass",
      "class M:",
      "    n = 1",
      "    def o(self): pass",
      "P = Q = R.s = 1",
      "T: int = 2",
      "U: int",
      "V += 1",
      "W, X = 1, 2",
      "if cond:",
      "    Y = 1",
      "else:",
      "    from z import Z",
      "try: import aa",
      "except ImportError: aa = None",
      "for bb in []: cc = bb",
      "with x as dd: ee = 1",
      "if TYPE_CHECKING: from ff import gg",
      "P = 3",
    );
    expect(scanPython(text).moduleNames).toEqual([
      "a",
      "e",
      "g",
      "i",
      "j",
      "l",
      "M",
      "P",
      "Q",
      "T",
      "Y",
      "Z",
      "aa",
      "cc",
      "ee",
      "gg",
    ]);
    // What def, class and assignments bind, apart: `aa` is imported and assigned, so both.
    expect(scanPython(text).definedNames).toEqual([
      "j",
      "l",
      "M",
      "P",
      "Q",
      "T",
      "Y",
      "aa",
      "cc",
      "ee",
    ]);
  });

  it("reads __all__ lists, tuples, sums, += and extend/append; entries are module names too", () => {
    const text = py(
      '__all__ = ["A", "B"] + other.__all__ + ("C",)',
      "__all__ += ['D']",
      "__all__.extend(('E', 'F'))",
      '__all__.append("G")',
      "__all__ = 'H', 'I',",
      '__all__ += (["J"] + ["A"])',
      "__all__ += [n for n in names if n != 'K']",
      '__all__ += ["L", f"M"]',
      '__all__ += ("N")',
    );
    const scan = scanPython(text);
    expect(scan.dunderAll).toEqual(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]);
    expect(scan.moduleNames).toEqual(["__all__", "A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]);
    expect(scan.definedNames).toEqual(["__all__"]); // listing a name does not define it
  });

  it("ignores __all__ and bindings inside def and class bodies", () => {
    const text = py(
      "def f():",
      '    __all__ = ["x"]',
      "    y = 1",
      "class C:",
      '    __all__ = ["z"]',
    );
    expect(scanPython(text)).toMatchObject({ dunderAll: [], moduleNames: ["f", "C"] });
  });
});

describe("decodePython", () => {
  it("decodes UTF-8 and drops a leading BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("import ä\n")]);
    const text = decodePython(bytes);
    expect(text).toBe("import ä\n");
    expect(imports(text)).toEqual(["1: import ä"]);
  });

  it("replaces invalid bytes with U+FFFD and never throws", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("x = '"), 0xff, 0xfe, 0x27, 0x0a]);
    const text = decodePython(
      new Uint8Array([...bytes, ...new TextEncoder().encode("import a\n")]),
    );
    expect(text).toBe("x = '\ufffd\ufffd'\nimport a\n");
    expect(scanPython(text)).toMatchObject({
      errors: [],
      imports: [{ line: 2, names: [{ name: "a" }] }],
    });
  });

  it("survives invalid bytes in code, too", () => {
    const text = decodePython(
      new Uint8Array([
        0x78, 0x20, 0xc3, 0x28, 0x0a, 0x69, 0x6d, 0x70, 0x6f, 0x72, 0x74, 0x20, 0x62, 0x0a,
      ]),
    );
    expect(imports(text)).toEqual(["2: import b"]);
  });
});
