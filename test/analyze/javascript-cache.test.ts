import { readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { loadConfig } from "../../src/config/load.js";
import { tempRepo } from "../helpers/temp.js";

const repo = () =>
  tempRepo({
    "ssot.config.yaml": `consolidations:
  - id: api
    paths:
      - { id: client, module: src/api/client.ts, role: canonical }
      - { id: legacy, module: src/api/legacy.ts, role: shim }
`,
    "tsconfig.json": '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"] } } }\n',
    "src/api/client.ts": "export class ApiClient {}\n",
    "src/api/legacy.ts": 'export { ApiClient } from "./client";\n',
    "src/a.ts": 'import { ApiClient } from "./api/legacy";\n',
    "src/b.ts": 'import { ApiClient } from "@/api/client";\n',
    "src/c.ts": 'import { readFileSync } from "node:fs";\n',
  });

/** An analysis past the whole-result memo (removed first): only the JS/TS cache can help. */
async function warm(root: string, cacheDir: string) {
  for (const f of readdirSync(cacheDir).filter((f) => f.startsWith("result-")))
    rmSync(path.join(cacheDir, f));
  return JSON.stringify(await analyze(loadConfig(root), { cacheDir, workers: 0 }), null, 2);
}

const uncached = async (root: string) =>
  JSON.stringify(await analyze(loadConfig(root), { cache: false, workers: 0 }), null, 2);

/** `file path kind` of each counted statement. */
const edges = (json: string) =>
  (JSON.parse(json).consolidations[0].edges as { file: string; path: string; kind: string }[]).map(
    (e) => `${e.file} ${e.path} ${e.kind}`,
  );

const cacheFile = (cacheDir: string) => {
  const name = readdirSync(cacheDir).find((f) => f.startsWith("javascript-"));
  if (!name) throw new Error("no JS/TS cache written");
  return path.join(cacheDir, name);
};

/** Rewrite the cached resolution of `file`'s `specifier` (to prove the entry is what is used). */
function poison(cacheDir: string, file: string, specifier: string, to: string) {
  const lines = readFileSync(cacheFile(cacheDir), "utf8").split("\n");
  const out = lines.map((line, i) => {
    if (i === 0 || line === "") return line;
    const entry = JSON.parse(line);
    if (entry[0] !== file) return line;
    entry[3] = [[specifier, to]];
    return JSON.stringify(entry);
  });
  writeFileSync(cacheFile(cacheDir), out.join("\n"));
}

function touch(file: string, seconds: number) {
  const when = new Date(Date.now() + seconds * 1000);
  utimesSync(file, when, when);
}

describe("the JS/TS facts cache (resolutions and located statements of unchanged files)", () => {
  it("is written in the cache folder, and a warm run gives the uncached result from it", async () => {
    const root = repo();
    const cacheDir = tempRepo({});
    const cold = await warm(root, cacheDir);
    expect(edges(cold)).toEqual(["src/a.ts legacy import", "src/b.ts client import"]);
    // A header and one line per source file.
    expect(readFileSync(cacheFile(cacheDir), "utf8").trim().split("\n")).toHaveLength(1 + 5);
    expect(await warm(root, cacheDir)).toBe(cold);
    expect(await uncached(root)).toBe(cold);

    // The warm run trusts the entry of an unchanged file: a falsified one shows through...
    poison(cacheDir, "src/a.ts", "./api/legacy", "src/api/client.ts");
    expect(edges(await warm(root, cacheDir))).toEqual([
      "src/a.ts client import",
      "src/b.ts client import",
    ]);
    // ...and the same content under a new mtime is still trusted (by its content hash).
    touch(path.join(root, "src/a.ts"), 5);
    expect(edges(await warm(root, cacheDir))[0]).toBe("src/a.ts client import");
  });

  it("cruises a changed file again: its edges change, the others' stay", async () => {
    const root = repo();
    const cacheDir = tempRepo({});
    await warm(root, cacheDir);
    poison(cacheDir, "src/b.ts", "@/api/client", "src/api/legacy.ts");
    writeFileSync(path.join(root, "src/a.ts"), 'import { ApiClient } from "./api/client";\n');
    touch(path.join(root, "src/a.ts"), 5);
    // a.ts is cruised again (now canonical); b.ts's (falsified) entry is still used.
    expect(edges(await warm(root, cacheDir))).toEqual([
      "src/a.ts client import",
      "src/b.ts legacy import",
    ]);
  });

  it("is dropped whole when a tsconfig, the set of files or the config's javascript section changes", async () => {
    const root = repo();
    const cacheDir = tempRepo({});
    await warm(root, cacheDir);

    // The alias now points elsewhere: b.ts's import resolves to nothing.
    poison(cacheDir, "src/a.ts", "./api/legacy", "src/api/client.ts");
    writeFileSync(
      path.join(root, "tsconfig.json"),
      '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["lib/*"] } } }\n',
    );
    const aliasGone = await warm(root, cacheDir);
    expect(edges(aliasGone)).toEqual(["src/a.ts legacy import"]);
    expect(aliasGone).toBe(await uncached(root));

    // A new file joins the tree (and the shim is deleted): everything is resolved again.
    poison(cacheDir, "src/a.ts", "./api/legacy", "src/api/client.ts");
    writeFileSync(path.join(root, "src/d.ts"), 'import { ApiClient } from "./api/client";\n');
    const added = await warm(root, cacheDir);
    expect(edges(added)).toEqual(["src/a.ts legacy import", "src/d.ts client import"]);
    expect(added).toBe(await uncached(root));

    poison(cacheDir, "src/d.ts", "./api/client", "src/api/legacy.ts");
    rmSync(path.join(root, "src/api/legacy.ts"));
    const deleted = await warm(root, cacheDir);
    expect(edges(deleted)).toEqual(["src/d.ts client import"]);
    expect(deleted).toBe(await uncached(root));

    // A tsconfig chosen in the config is part of the key too.
    poison(cacheDir, "src/d.ts", "./api/client", "src/api/legacy.ts");
    writeFileSync(
      path.join(root, "ssot.config.yaml"),
      `${readFileSync(path.join(root, "ssot.config.yaml"), "utf8")}javascript:\n  tsConfig: tsconfig.json\n`,
    );
    expect(edges(await warm(root, cacheDir))).toEqual(["src/d.ts client import"]);
  });
});
