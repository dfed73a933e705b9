import { describe, expect, it } from "vitest";
import { buildModuleIndex } from "../../src/analyze/resolve/python-modules.js";

/** The index as plain sorted data. */
function indexed(files: string[], roots: string[]) {
  const index = buildModuleIndex(files, roots);
  return {
    files: Object.fromEntries([...index.files].sort()),
    exists: [...index.exists].sort(),
    moduleOf: Object.fromEntries(
      [...index.moduleOf].sort().map(([f, i]) => [f, `${i.module} in ${i.package}`]),
    ),
  };
}

describe("buildModuleIndex", () => {
  it("names modules, packages and namespace packages under a source root", () => {
    expect(
      indexed(
        [
          "src/pkg/__init__.py",
          "src/pkg/mod.py",
          "src/ns/deep/leaf.py", // ns and ns.deep have no __init__.py: namespace packages
          "src/top.py",
          "src/pkg/stub.pyi", // stubs are not modules
          "src/not-a-name/x.py", // a folder that is no identifier: no module inside
          "src/pkg/also-not.py",
          "src/__init__.py", // the root's own __init__ names nothing
          "outside/y.py", // not under the root
        ],
        ["src"],
      ),
    ).toEqual({
      files: {
        "ns.deep.leaf": "src/ns/deep/leaf.py",
        pkg: "src/pkg/__init__.py",
        "pkg.mod": "src/pkg/mod.py",
        top: "src/top.py",
      },
      exists: ["ns", "ns.deep", "ns.deep.leaf", "pkg", "pkg.mod", "top"],
      moduleOf: {
        "src/ns/deep/leaf.py": "ns.deep.leaf in ns.deep",
        "src/pkg/__init__.py": "pkg in pkg",
        "src/pkg/mod.py": "pkg.mod in pkg",
        "src/top.py": "top in ",
      },
    });
  });

  it("gives each file its folder's name when folders alternate or share a prefix", () => {
    const { moduleOf } = indexed(
      ["a/x.py", "ab/y.py", "a/z.py", "abc/w.py", "abd/v.py", "a/b/u.py", "a/q.py"],
      [""],
    );
    expect(moduleOf).toEqual({
      "a/b/u.py": "a.b.u in a.b",
      "a/q.py": "a.q in a",
      "a/x.py": "a.x in a",
      "a/z.py": "a.z in a",
      "ab/y.py": "ab.y in ab",
      "abc/w.py": "abc.w in abc",
      "abd/v.py": "abd.v in abd",
    });
  });

  it("names a file by the first source root that holds it; the first file of a name wins", () => {
    const { files, moduleOf } = indexed(
      ["lib/pkg/m.py", "src/pkg/m.py", "src/lib/n.py"],
      ["src", "lib", ""],
    );
    expect(files).toEqual({ "lib.n": "src/lib/n.py", "pkg.m": "lib/pkg/m.py" });
    expect(moduleOf["src/lib/n.py"]).toBe("lib.n in lib");
    expect(moduleOf["lib/pkg/m.py"]).toBe("pkg.m in pkg");
  });
});
