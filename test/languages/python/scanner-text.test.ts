import { describe, expect, it } from "vitest";
import { scanPython } from "../../../src/languages/python/scanner.js";
import { imports, py } from "./render.js";

describe("scanPython: strings and comments never produce statements", () => {
  it("skips every string kind", () => {
    const text = py(
      "a = \"import x\"; b = 'import y'",
      'c = """',
      "import z",
      '"""',
      "d = '''import w",
      "'''",
      'e = "\\',
      'import v"',
      'f = r"\\" import u"',
      "g = b'import t' rb'x' Rb\"y\" BR'z' u'w' U\"v\"",
      'h = "say \\"import s\\""',
      "import real",
    );
    expect(imports(text)).toEqual(["12: import real"]);
    expect(scanPython(text).errors).toEqual([]);
  });

  it("skips f-strings with nested fields, strings, format specs and nested f-strings", () => {
    const text = py(
      "a = f\"{'import x'} {f'{1}'} {x!r:>{width}} {{import y}}\"",
      'b = f"{"import z"}" ; import one', // PEP 701: the same quote inside
      'c = f"{f"{f"{f"{1}"}"}"}"',
      'd = f"""{',
      "import w",
      '}"""',
      'e = rf"\\{x}" F"{ {\'a\': 1}[\'a\'] }" fR"{(lambda q: q)(1)}" t"{v}"',
      'g = f"\\N{EM DASH} {x:=10} {a!=b}"',
      "import two",
    );
    expect(imports(text)).toEqual(["2: import one", "9: import two"]);
    expect(scanPython(text).errors).toEqual([]);
  });

  it("lets single-quoted f-string fields span lines and hold comments (Python 3.12)", () => {
    const text = py('x = f"{', "import a", '}" f"{y:', '}" f"{z # import b', '}"', "import c");
    expect(imports(text)).toEqual(["6: import c"]);
    expect(scanPython(text).errors).toEqual([]);
  });

  it("skips comments, including ones that look like code", () => {
    const text = py("# import a", "import b  # import c", "    # import d", "x = 1 # ; import e");
    expect(imports(text)).toEqual(["2: import b"]);
  });
});

describe("scanPython: encodings and line ends", () => {
  it("accepts CRLF and lone CR line ends", () => {
    expect(imports("import a\r\nif x:\r\n    import b\r\nimport c\r\n")).toEqual([
      "1: import a",
      "3: import b",
      "4: import c",
    ]);
    expect(imports("import a\rif x:\r    import b\rimport c")).toEqual([
      "1: import a",
      "3: import b",
      "4: import c",
    ]);
    expect(imports('x = "a\\\r\nb"\r\nimport d\r\n')).toEqual(["3: import d"]);
  });

  it("skips a BOM left in the text", () => {
    expect(imports("\ufeffimport a\nimport b\n")).toEqual(["1: import a", "2: import b"]);
  });

  it("handles a file without a final newline, and empty ones", () => {
    expect(imports("import a")).toEqual(["1: import a"]);
    expect(imports("if x:\n    import a\n    ")).toEqual(["2: import a"]);
    expect(scanPython("")).toEqual({
      imports: [],
      strings: [],
      classes: [],
      warnings: [],
      moduleNames: [],
      dunderAll: [],
      definedNames: [],
      getattrTargets: [],
      pragmas: [],
      errors: [],
    });
    expect(scanPython("# only a comment").errors).toEqual([]);
  });
});

// Their cost is linear: bench/scanner-linear.mjs times them at two sizes.
describe("scanPython: pathological inputs", () => {
  it("scans long comment runs and huge string literals", () => {
    const comments = "# a comment line that goes on for a while\n".repeat(200_000);
    const bigString = `x = """${"lorem ipsum dolor sit amet\n".repeat(200_000)}"""\n`;
    const singles = `${"y = 'abc' + \"def\" + f'{z}'\n".repeat(100_000)}`;
    const text = `${comments}${bigString}${singles}import last\n`;
    const scan = scanPython(text);
    expect(scan.imports.map((s) => s.line)).toEqual([500_002]);
  });

  it("reports every broken f-string once and still finds what follows", () => {
    const block = `x = f"{a\n${'y = f"{b}"\n'.repeat(2000)}`;
    const text = `${block.repeat(150)}import last\n`;
    const scan = scanPython(text);
    expect(scan.imports.map((s) => s.line)).toEqual([150 * 2001 + 1]);
    expect(scan.errors).toHaveLength(150);
  });
});
