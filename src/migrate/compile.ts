import { spawnSync } from "node:child_process";

/**
 * CPython's own verdict on files, all in one python3 process (one start-up for the batch):
 * the paths come as a JSON list on stdin, each file is compiled from its bytes (so coding
 * cookies and byte order marks count) and never run. `-I` (isolated mode) keeps the current
 * folder, the repository being migrated, off `sys.path`: a `json.py` there would otherwise
 * be imported by this script, and run.
 */
const script = `import json, sys, warnings
warnings.simplefilter("ignore")
out = []
for path in json.load(sys.stdin):
    try:
        with open(path, "rb") as f:
            compile(f.read(), path, "exec", dont_inherit=True)
        out.append(None)
    except SyntaxError as e:
        out.append("%s (line %s)" % (e.msg, e.lineno))
    except Exception as e:
        out.append("%s: %s" % (type(e).__name__, e))
json.dump(out, sys.stdout)
`;

/** Per path: undefined when it compiles, else the error; or why no check could run. */
export type CompileResult = { errors: (string | undefined)[] } | { unavailable: string };

export function compilePython(paths: readonly string[], python = "python3"): CompileResult {
  if (paths.length === 0) return { errors: [] };
  const run = spawnSync(python, ["-I", "-c", script], {
    input: JSON.stringify(paths),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) {
    const code = (run.error as NodeJS.ErrnoException).code;
    return {
      unavailable:
        code === "ENOENT" ? `${python} not found` : `${python} failed to start (${code})`,
    };
  }
  if (run.status !== 0) {
    return {
      unavailable: `${python} exited with ${run.status}: ${run.stderr.trim().split("\n").pop() ?? ""}`,
    };
  }
  const parsed = JSON.parse(run.stdout) as (string | null)[];
  return { errors: parsed.map((e) => e ?? undefined) };
}
