import { describe, expect, it } from "vitest";
import { prefilterOf } from "../../src/analyze/scan/prefilter.js";
import { scanPythonFiles } from "../../src/analyze/scan/python.js";
import { gitTreeSource } from "../../src/workspace/commit-source.js";
import { tempRepo } from "../helpers/temp.js";
import { commitAll } from "../hostile/repo.js";

/**
 * A commit with more Python files than one `git cat-file --batch` call reads (2,048) is
 * scanned while git reads the next chunk in the background (readManyLater): the scans,
 * verdicts and skipped files must be exactly those of reading each chunk in turn.
 */
describe("scanning a commit while git reads the next blobs", () => {
  const many: Record<string, string> = {};
  for (let i = 0; i < 4500; i++) many[`m/f${String(i).padStart(4, "0")}.py`] = `x = ${i}\n`;
  const root = tempRepo({
    ...many,
    "a.py": "from pkg.text import f\n",
    "b.py": new Uint8Array([105, 109, 0, 0]) as unknown as string,
    "c.py": "import x_text\nclass C: pass\n",
    "z/late.py": "import pkg.text\n",
    "pkg/text.py": "def f(): pass\n",
  });
  const commit = commitAll(root);
  const options = {
    prefilter: prefilterOf(["pkg.text"]),
    full: (f: string) => f.startsWith("pkg/"),
  };

  it("finds what reading chunk by chunk finds", async () => {
    const source = gitTreeSource(root, commit, (f) => f.endsWith(".py"), []);
    expect(source.files).toHaveLength(4505);
    const { readManyLater: _later, ...inTurn } = source;
    const background = await scanPythonFiles(source.files, source, options);
    const sequential = await scanPythonFiles(source.files, inTurn, options);
    expect([...background.scans.keys()]).toEqual([...sequential.scans.keys()]);
    expect(background.skipped).toEqual([{ file: "b.py", reason: "binary file" }]);
    expect(background.skipped).toEqual(sequential.skipped);
    expect([...background.filtered]).toEqual([...sequential.filtered]);
    expect(background.filtered.size).toBe(4501);
    expect(background.scannedFresh).toBe(3);
    // The last chunk's files are read too: z/late.py is past the second 2,048.
    expect(background.scans.get("z/late.py")?.imports[0]?.names[0]?.name).toBe("pkg.text");
    expect(background.scans.get("a.py")).toEqual(sequential.scans.get("a.py"));
  });
});
