import { describe, expect, it } from "vitest";
import { relativeLevel } from "../../src/analyze/classify/javascript.js";
import {
  isJavaScriptSource,
  isResolutionConfig,
} from "../../src/analyze/discover/javascript-files.js";
import { pathLanguage } from "../../src/config/language.js";
import { assertSupportedTypeScript, startPoints } from "../../src/languages/javascript/cruise.js";
import { locateImports } from "../../src/languages/javascript/locations.js";
import { InputError } from "../../src/util/errors.js";

/** `line kind specifier [names]` (+ nested / type-only marks): compact expectations. */
function statements(text: string): string[] {
  return locateImports(text).imports.map(
    (i) =>
      `${i.line} ${i.kind} ${i.specifier} [${i.names.join(",")}]${i.nested ? " nested" : ""}${i.typeOnly ? " type-only" : ""}`,
  );
}

describe("locateImports: one statement per import, with its line, kind and names", () => {
  it("reads every static form, with default, named and namespace names as written", () => {
    const text = [
      'import D, * as NS from "./a";',
      'import { b, c as alias, default as d } from "./b";',
      'import "./side-effect";',
      'import type T, { U } from "./types";',
      'import { type A, type B as BB } from "./all-types";',
      'import { type as x, type } from "./named-type";',
      'import type from "./default-named-type";',
      'export { e, f as g } from "./e";',
      'export * from "./star";',
      'export * as ns from "./star-as";',
      'export type { Q } from "./q";',
      'import eq = require("./import-equals");',
      'import {\n  one,\n  two,\n} from "./multi-line";',
    ].join("\n");
    expect(statements(text)).toEqual([
      "1 import ./a [default,*]",
      "2 import ./b [b,c,default]",
      "3 import ./side-effect []",
      "4 import-type ./types [default,U] type-only",
      "5 import-type ./all-types [A,B] type-only",
      "6 import ./named-type [type,type]",
      "7 import ./default-named-type [default]",
      "8 export-from ./e [e,f]",
      "9 export-from ./star [*]",
      "10 export-from ./star-as [*]",
      "11 export-from ./q [Q] type-only",
      "12 require ./import-equals []",
      "16 import ./multi-line [one,two]",
    ]);
  });

  it("reads require() and import() calls anywhere, nested inside blocks or not", () => {
    const text = [
      'const a = require("./a");',
      "const lazy = () => import('./lazy');",
      "function load(name) {",
      "  const b = require(`./b`);",
      '  if (name) return import("./c");',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal
      "  return import(`./d/${name}`);",
      "}",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal
      'const t = `${import("./in-template")}`;',
      'x.require("./member-call");',
    ].join("\n");
    expect(statements(text)).toEqual([
      "1 require ./a []",
      "2 dynamic-import ./lazy []",
      "4 require ./b [] nested",
      "5 dynamic-import ./c [] nested",
      "8 dynamic-import ./in-template []",
    ]);
  });

  it("never takes text in comments or strings for a statement", () => {
    const text = [
      '// import a from "./comment";',
      '/* require("./block-comment") */',
      "const s = \"import { x } from './string'\";",
      'const t = `require("./template")`;',
      'declare module "./ambient" {}',
      'import real from "./real";',
    ].join("\n");
    expect(statements(text)).toEqual(["6 import ./real [default]"]);
  });

  it("finds jest.mock and vi.mock module references apart from statements", () => {
    const found = locateImports(
      [
        'jest.mock("./a");',
        "vi.mock('./b', () => ({}));",
        'other.mock("./c");',
        'x.jest.mock("./d");',
        '// jest.mock("./e");',
      ].join("\n"),
    );
    expect(found.mocks).toEqual([
      { specifier: "./a", line: 1 },
      { specifier: "./b", line: 2 },
    ]);
    expect(found.imports).toEqual([]);
  });

  it("skips phase modifiers and what is no import: ambient modules, AMD, member calls", () => {
    const text = [
      'import defer * as lazy from "./deferred";',
      'import source wasm from "./module.wasm";',
      'declare module "./ambient" {}',
      'define(["./amd"], function () {});',
      'x.require("./member");',
      'y.import("./member-import");',
    ].join("\n");
    expect(statements(text)).toEqual([
      "1 import ./deferred [*]",
      "2 import ./module.wasm [default]",
    ]);
  });

  it("finds class declarations outside comments and strings", () => {
    const found = locateImports(
      [
        "export class Manager {}",
        "abstract class Base {}",
        "const C = class Named {};",
        "const o = { class: 1 }; o.class;",
        '// class Commented {}  "class InString"',
      ].join("\n"),
    );
    expect(found.classes).toEqual([
      { name: "Manager", line: 1 },
      { name: "Base", line: 2 },
      { name: "Named", line: 3 },
    ]);
  });
});

describe("JS/TS helpers", () => {
  it("tells JS/TS paths from Python modules", () => {
    expect(
      ["src/ws/manager.ts", "manager.mjs", "src/ws", "pkg.manager", "pkg"].map(pathLanguage),
    ).toEqual(["javascript", "javascript", "javascript", "python", "python"]);
  });

  it("analyses sources but not declarations or installed packages", () => {
    const files = [
      "a.ts",
      "b.tsx",
      "c.cjs",
      "d.d.ts",
      "e.d.mts",
      "f.d.css.ts",
      "node_modules/p/i.js",
      "x/node_modules/q.ts",
      "g.py",
    ];
    expect(files.filter(isJavaScriptSource)).toEqual(["a.ts", "b.tsx", "c.cjs"]);
    expect(
      [
        "tsconfig.json",
        "web/tsconfig.app.json",
        "jsconfig.json",
        "package.json",
        "node_modules/p/package.json",
        "x.json",
      ].filter(isResolutionConfig),
    ).toEqual(["tsconfig.json", "web/tsconfig.app.json", "jsconfig.json", "package.json"]);
  });

  it("counts relative levels like Python's dots", () => {
    expect(["./a", ".", "../a", "..", "../../a", "@/a", "pkg"].map(relativeLevel)).toEqual([
      1, 1, 2, 2, 3, 0, 0,
    ]);
  });

  it("hands dependency-cruiser the folder of a path it would read as a glob", () => {
    expect(
      startPoints(["src/a.ts", "app/[id]/page.tsx", "app/[id]/layout.tsx", "(group)/x.ts"]),
    ).toEqual([".", "app", "src/a.ts"]);
  });

  it("refuses a TypeScript that dependency-cruiser would silently ignore", () => {
    expect(() => assertSupportedTypeScript("5.9.3", "here")).not.toThrow();
    expect(() => assertSupportedTypeScript("7.0.0-dev.1", "/x/typescript/package.json")).toThrow(
      new InputError(
        "typescript 7.0.0-dev.1 (/x/typescript/package.json) is not supported by dependency-cruiser 17, which would silently skip every .ts file: install typescript ~5.9",
      ),
    );
  });
});
