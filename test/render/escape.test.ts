import { describe, expect, it } from "vitest";
import { mdCode, mdText } from "../../src/reporters/escape/markdown.js";
import { mermaidLabel, mermaidText, NodeIds } from "../../src/reporters/escape/mermaid.js";
import { folderOf, importerGroups } from "../../src/reporters/report/groups.js";
import type { Edge } from "../../src/result/schema.js";
import { sourceLink } from "../../src/util/source-link.js";

describe("Mermaid labels", () => {
  it("turns every meaningful character into an entity code and keeps letters of any script", () => {
    expect(mermaidText("<img src=x onerror=alert(1)>.py")).toBe(
      "#60;img src=x onerror=alert(1)#62;.py",
    );
    expect(mermaidText('we"ird | dir #1 [x]*_`y`;%%{}')).toBe(
      "we#34;ird #124; dir #35;1 #91;x#93;#42;_#96;y#96;#59;#37;#37;#123;#125;",
    );
    expect(mermaidText("ünïcode/модуль.py")).toBe("ünïcode/модуль.py");
    expect(mermaidText("a\nb\u202Ec\td")).toBe("a b c d");
    expect(mermaidLabel("x", "<y>")).toBe('"x<br/>#60;y#62;"');
  });

  it("generates node ids in declaration order, stable per key", () => {
    const ids = new NodeIds();
    expect([ids.of("path:a"), ids.of("group:0"), ids.of("path:a")]).toEqual(["n0", "n1", "n0"]);
  });
});

describe("importer groups", () => {
  const edge = (file: string, path = "old"): Edge => ({
    file,
    line: 1,
    path,
    names: [],
    kind: "import",
    level: 0,
    nested: false,
    typeChecking: false,
    batch: "other",
  });

  it("groups by batch, else by top folder, and merges past the limit", () => {
    const edges = [
      "t/a.py",
      "t/b.py",
      "x/1.py",
      "x/2.py",
      "x/3.py",
      "y/1.py",
      "z/1.py",
      "root.py",
    ].map((f) => edge(f));
    const groups = importerGroups(edges, (f) => (f.startsWith("t/") ? "tests" : "other"), 2);
    expect(groups.map((g) => [g.kind, g.name, g.members, g.files, g.statements])).toEqual([
      ["folder", "x/", 1, 3, 3],
      ["batch", "tests", 1, 2, 2],
      ["others", "", 3, 3, 3],
    ]);
    expect(folderOf("root.py", 1)).toBe("");
    expect(folderOf("a/b/c/d.py", 2)).toBe("a/b");
  });

  it("keeps a single group past the limit instead of an 'others' of one", () => {
    const groups = importerGroups(
      [edge("a/1.py"), edge("b/1.py"), edge("c/1.py")],
      () => "other",
      2,
    );
    expect(groups.map((g) => g.name)).toEqual(["a/", "b/", "c/"]);
  });

  it("splits a folder that holds every importer at the depth that separates them", () => {
    const files = [
      ...["a", "b", "c"].flatMap((p) => [1, 2, 3].map((i) => `lib/pkg/${p}/deep/m${i}.py`)),
      "lib/pkg/top.py",
      "lib/pkg/d/x.py",
    ];
    const groups = importerGroups(
      files.map((f) => edge(f)),
      () => "other",
      8,
    );
    expect(groups.map((g) => [g.name, g.files])).toEqual([
      ["lib/pkg/a/deep/", 3],
      ["lib/pkg/b/deep/", 3],
      ["lib/pkg/c/deep/", 3],
      ["lib/pkg/ (files directly in it)", 1],
      ["lib/pkg/d/", 1],
    ]);
    // With room for 3 groups only, the split stops where it still fits.
    const three = importerGroups(
      files.map((f) => edge(f)),
      () => "other",
      3,
    );
    expect(three.map((g) => [g.name, g.files])).toEqual([["lib/pkg/", 11]]);
  });
});

describe("Markdown escaping", () => {
  it("escapes markup, HTML, autolinks, mentions and issue links in text", () => {
    // No HTML entities: the text reads the same in a terminal. `<` is escaped only where it
    // could open a tag, `&` only where it could start an entity.
    expect(mdText("a -> b >= 1 < 2 & c &amp; <3")).toBe("a -> b >= 1 < 2 & c \\&amp; <3");
    expect(mdText("<img src=x> *a* _b_ [l](u) `c` | ~d~ $e$")).toBe(
      "\\<img src=x> \\*a\\* \\_b\\_ \\[l\\](u) \\`c\\` \\| \\~d\\~ \\$e\\$",
    );
    expect(mdText("https://evil.example @alice #12 www.x.com a&b\nnext")).toBe(
      "https\\://evil.example \\@alice \\#12 www\\.x.com a\\&b next",
    );
    expect(mdText("a.py:100: no warning")).toBe("a.py:100: no warning");
  });

  it("puts identifiers in code spans that nothing inside can close", () => {
    expect(mdCode("a`b")).toBe("``a`b``");
    expect(mdCode("`x`")).toBe("`` `x` ``");
    expect(mdCode("a|b", true)).toBe("`a\\|b`");
    expect(mdCode("a|b")).toBe("`a|b`");
    expect(mdCode("")).toBe("");
  });
});

describe("source links", () => {
  const links = { template: "https://host/org/repo/blob/{commit}/{file}#L{line}", commit: "abc" };
  it("URL-encodes each part of the file path and fills commit and line", () => {
    expect(sourceLink(links, "dir #1/a b?.py", 7)).toBe(
      "https://host/org/repo/blob/abc/dir%20%231/a%20b%3F.py#L7",
    );
  });
  it("makes no link from a template that is not http(s)", () => {
    expect(
      sourceLink({ ...links, template: "javascript:alert({line})" }, "a.py", 1),
    ).toBeUndefined();
    expect(sourceLink(undefined, "a.py", 1)).toBeUndefined();
  });
});
