import { describe, expect, it } from "vitest";
import { LineMap } from "../../src/languages/line-map.js";
import { readSyntax } from "../../src/migrate/syntax.js";
import { tokenize } from "../../src/migrate/tokens.js";

function read(text: string) {
  const tokens = tokenize(text);
  const lines = new LineMap(text);
  const s = readSyntax(
    tokens,
    tokens.map(() => false),
    (o) => lines.lineAt(o),
  );
  return { tokens, s };
}

function bindings(text: string): string[] {
  const { s } = read(text);
  return [...s.bindings]
    .flatMap(([name, list]) => list.map((b) => `${name}:${b.line} ${b.kind}`))
    .sort((a, b) => Number(a.split(/[: ]/)[1]) - Number(b.split(/[: ]/)[1]));
}

describe("readSyntax: bindings other than imports", () => {
  it("parameters, locals, class attributes, comprehension variables, module-level names", () => {
    const text = [
      "def f(pkg, *rest, key: pkg.T = pkg.d, **kw) -> pkg.R:", // 1
      "    local = 1", // 2
      "    a, (b, c) = 1, (2, 3)", // 3
      "    x.y = z[i] = 0", // 4
      "    for i, (j, k) in items: pass", // 5
      "    with open(p) as fh: pass", // 6
      "    g(key=1)", // 7
      "    return [v for v in w if (u := v)]", // 8
      "class C(Base):", // 9
      "    attr: int = 1", // 10
      "    decl: str", // 11
      "    def m(self): return lambda q, r=s: q", // 12
      "top = 2", // 13
      "if top: again = 3", // 14
      "del gone", // 15
      "match = 4", // 16
      "",
    ].join("\n");
    expect(bindings(text)).toEqual([
      "f:1 module-level name",
      "pkg:1 parameter",
      "rest:1 parameter",
      "key:1 parameter",
      "kw:1 parameter",
      "local:2 local variable",
      "a:3 local variable",
      "b:3 local variable",
      "c:3 local variable",
      "i:5 local variable",
      "j:5 local variable",
      "k:5 local variable",
      "fh:6 local variable",
      "v:8 comprehension variable",
      "u:8 local variable",
      "C:9 module-level name",
      "attr:10 class attribute",
      "decl:11 class attribute",
      "m:12 class attribute",
      "self:12 parameter",
      "q:12 parameter",
      "r:12 parameter",
      "top:13 module-level name",
      "again:14 module-level name",
      "gone:15 module-level name",
      "match:16 module-level name",
    ]);
  });
});

describe("readSyntax: type positions", () => {
  it("annotations, return annotations, class bases and isinstance arguments are types; other uses are not", () => {
    const text =
      "def f(a: T1, b=V1) -> T2:\n    x: T3 = V2\n    isinstance(a, (T4, T5))\n    g(V3)\nclass C(T6):\n    pass\n";
    const { tokens, s } = read(text);
    const typed = tokens.flatMap((t, k) =>
      t.text.match(/^[TV]\d$/) ? [`${t.text}:${s.typed[k]}`] : [],
    );
    expect(typed).toEqual(["T1:1", "V1:0", "T2:1", "T3:1", "V2:0", "T4:1", "T5:1", "V3:0", "T6:1"]);
  });
});

describe("readSyntax: statements that once went wrong", () => {
  it("a body that starts with an import keeps the indentation count (no endless loop on dedents)", () => {
    const text =
      "class A:\n    def f(self):\n        from a import b\n    def g(self):\n        from c import d\nx = 1\n";
    const tokens = tokenize(text);
    const lines = new LineMap(text);
    // Import tokens are skipped, the INDENT before one too (as a zero-width token at its start).
    const skip = tokens.map(
      (t, i) =>
        (t.kind === 4 && ["from", "a", "import", "b", "c", "d"].includes(t.text)) ||
        (t.kind === 2 && tokens[i + 1]?.text === "from"),
    );
    const s = readSyntax(tokens, skip, (o) => lines.lineAt(o));
    expect([...s.bindings].map(([n, b]) => `${n} ${b[0]?.kind}`)).toEqual([
      "A module-level name",
      "f class attribute",
      "self parameter",
      "g class attribute",
      "x module-level name",
    ]);
  });

  it("match/case capture patterns and `with … as (a, b)` bind names", () => {
    expect(
      bindings(
        "match v:\n    case Point(x=px, y=0) | [first, *rest]:\n        pass\n    case str(s) if s:\n        pass\n    case _:\n        pass\nwith f() as (a, b):\n    pass\n",
      ),
    ).toEqual([
      "px:2 module-level name",
      "first:2 module-level name",
      "rest:2 module-level name",
      "s:4 module-level name",
      "a:8 module-level name",
      "b:8 module-level name",
    ]);
  });
});
