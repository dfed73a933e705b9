import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { action, readYaml, repoRoot } from "../helpers/action.js";

/**
 * The README's "Use it in your repository" snippets are the files in examples/ci/ that the
 * tests run. `UPDATE_EXPECTED=1 npx vitest run test/docs` copies them into the README.
 */
const readmeFile = path.join(repoRoot, "README.md");
const snippetDir = "examples/ci";
const marker = /<!-- snippet: (\S+) -->\n```(\w+)\n([\s\S]*?)```\n/g;
const { version } = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8"));

const read = (file: string) => readFileSync(path.join(repoRoot, file), "utf8");

describe("the README's snippets", () => {
  it("are the files in examples/ci/, verbatim, and every one of them is shown", () => {
    const readme = readFileSync(readmeFile, "utf8");
    const filled = readme.replace(
      marker,
      (_whole, file: string, lang: string) =>
        `<!-- snippet: ${file} -->\n\`\`\`${lang}\n${read(file)}\`\`\`\n`,
    );
    if (process.env.UPDATE_EXPECTED === "1") writeFileSync(readmeFile, filled);
    else expect(readme, "UPDATE_EXPECTED=1 npx vitest run test/docs copies them").toBe(filled);
    const shown = [...readme.matchAll(marker)].map((m) => m[1]).sort();
    const files = readdirSync(path.join(repoRoot, snippetDir)).map((f) => `${snippetDir}/${f}`);
    expect(shown).toEqual(files.sort());
  });

  it("name this version: ssot-tracker@X and the tag vX", () => {
    for (const file of readdirSync(path.join(repoRoot, snippetDir))) {
      const text = read(`${snippetDir}/${file}`);
      for (const [, v] of text.matchAll(/ssot-tracker@v?(\d[\w.-]*)/g))
        expect(v, file).toBe(version);
      for (const [, v] of text.matchAll(/\brev: v(\S+)/g)) expect(v, file).toBe(version);
    }
  });

  it("use hooks that .pre-commit-hooks.yaml defines, for any repository (language: node)", () => {
    const hooks =
      readYaml<{ id: string; language: string; entry: string; args?: string[] }[]>(
        ".pre-commit-hooks.yaml",
      );
    expect(hooks).toEqual([
      expect.objectContaining({
        id: "ssot-check",
        language: "node",
        entry: "ssot check",
        args: ["--changed-since", "HEAD"],
        pass_filenames: false,
      }),
    ]);
    const config = readYaml<{ repos: { hooks: { id: string }[] }[] }>(
      `${snippetDir}/pre-commit-config.yaml`,
    );
    const used = config.repos.flatMap((r) => r.hooks.map((h) => h.id));
    expect(used.filter((id) => !hooks.some((h) => h.id === id))).toEqual([]);
  });

  it("describe every input of action.yml with its default, in its order", () => {
    const readme = readFileSync(readmeFile, "utf8");
    const rows = readme
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .map((line) => line.split("|").map((cell) => cell.trim().replace(/^`(.*)`$/, "$1")))
      .map((cells) => [cells[1], cells[2]]);
    const inputs = Object.entries(action().inputs).map(([name, i]) => [name, i.default ?? ""]);
    expect(rows.filter(([name]) => inputs.some(([n]) => n === name))).toEqual(inputs);
  });
});
