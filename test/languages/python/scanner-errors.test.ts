import { describe, expect, it } from "vitest";
import { scanPython } from "../../../src/languages/python/scanner.js";
import { errors, imports, py } from "./render.js";

/** Errors and imports of a broken file: what is reported and what is still recovered. */
function broken(text: string): { errors: string[]; imports: string[] } {
  return { errors: errors(scanPython(text)), imports: imports(text) };
}

describe("scanPython: parse errors, with recovery", () => {
  it("reports an unterminated single-quoted string and goes on at the next line", () => {
    expect(broken(py('x = "abc', "import a"))).toEqual({
      errors: ["1: unterminated string literal"],
      imports: ["2: import a"],
    });
    expect(broken(py("y = f'{a", "import b"))).toEqual({
      errors: ["1: unterminated f-string literal"],
      imports: ["2: import b"],
    });
  });

  it("reports an unterminated triple-quoted string at the end of the text", () => {
    expect(broken(py("import a", 'x = """abc', "import b"))).toEqual({
      errors: ["2: unterminated triple-quoted string literal"],
      imports: ["1: import a"],
    });
  });

  it("reports a bracket never closed, and recovers at a line that must start a statement", () => {
    expect(broken(py("x = foo(1,", "  2"))).toEqual({
      errors: ["1: '(' was never closed"],
      imports: [],
    });
    expect(
      broken(
        py("x = foo(1,", "import a", "def f():", "    y = [", "    from b import c", "import d"),
      ),
    ).toEqual({
      errors: ["1: '(' was never closed", "4: '[' was never closed"],
      imports: ["2: import a", "5: from b import c [nested]", "6: import d"],
    });
  });

  it("allows `from` inside brackets after `yield`", () => {
    const text = py("def g():", "    x = (yield", "         from y)", "    import a");
    expect(broken(text)).toEqual({ errors: [], imports: ["4: import a [nested]"] });
  });

  it("reports unmatched and mismatched closing brackets", () => {
    expect(broken(py("x = 1)", "import a"))).toEqual({
      errors: ["1: unmatched ')'"],
      imports: ["2: import a"],
    });
    expect(broken(py("x = (1]", "import a"))).toEqual({
      errors: ["1: closing parenthesis ']' does not match opening parenthesis '('"],
      imports: ["2: import a"],
    });
  });

  it("reports a dedent to no outer level, keeping the block it was in", () => {
    expect(broken(py("def f():", "        import a", "    import b", "import c"))).toEqual({
      errors: ["3: unindent does not match any outer indentation level"],
      imports: ["2: import a [nested]", "3: import b [nested]", "4: import c"],
    });
  });

  it("reports an unexpected indent and a missing one", () => {
    expect(broken(py("import a", "    import b"))).toEqual({
      errors: ["2: unexpected indent"],
      imports: ["1: import a", "2: import b"],
    });
    expect(broken(py("if x: pass", "    import b"))).toEqual({
      errors: ["2: unexpected indent"],
      imports: ["2: import b"],
    });
    expect(broken(py("if x:", "import a"))).toEqual({
      errors: ["2: expected an indented block"],
      imports: ["2: import a"],
    });
  });

  it("reports tabs and spaces mixed inconsistently, as CPython's TabError", () => {
    expect(broken(py("if x:", "\timport a", "        import b"))).toEqual({
      errors: ["3: inconsistent use of tabs and spaces in indentation"],
      imports: ["2: import a", "3: import b"],
    });
  });

  it("reports malformed import statements, keeping the names read before the fault", () => {
    const text = py(
      "from x import",
      "import a.",
      "from x import a,",
      "import b as",
      "from x import (c d)",
      "from import e",
      "import if",
      "from . import (f, g",
      "import h",
    );
    expect(broken(text)).toEqual({
      errors: [
        "1: invalid syntax in from statement",
        "2: invalid syntax in import statement",
        "3: invalid syntax in from statement",
        "4: invalid syntax in import statement",
        "5: invalid syntax in from statement",
        "6: invalid syntax in from statement",
        "7: invalid syntax in import statement",
        "8: '(' was never closed",
      ],
      imports: ["3: from x import a", "5: from x import c", "8: from . import f, g", "9: import h"],
    });
  });

  it("reports a compound statement header without its colon", () => {
    expect(broken(py("if x", "    import a"))).toEqual({
      errors: ["1: expected ':'", "2: unexpected indent"],
      imports: ["2: import a"],
    });
  });

  it("reports a backslash not at a line end", () => {
    expect(broken(py("x = 1 \\ + 2", "import a"))).toEqual({
      errors: ["1: unexpected character after line continuation character"],
      imports: ["2: import a"],
    });
  });

  it("flags nothing in valid code that merely looks odd", () => {
    const text = py(
      "x = 1if y else 2",
      "print(f'{x!r:>{10}}', rb'\\'', '''a''' '''b''')",
      "lambda: (yield)",
      "def f(*, a=lambda: {1: 2}, **k) -> 'T': ...",
      "class C[T: int]: pass",
      "type X = list[int]",
      "async def g():",
      "    async for i in a: await b",
      "try:",
      "    pass",
      "except* ValueError:",
      "    pass",
    );
    expect(scanPython(text).errors).toEqual([]);
  });
});
