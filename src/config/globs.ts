import picomatch from "picomatch";
import { keyPath } from "./format-issue.js";
import type { ConfigInput } from "./schema.js";

/**
 * Globs match repository-relative posix paths. One that can never match, or that means
 * something else than it looks (a leading `!` negates the whole glob, so it then matches
 * every other file), is a config error rather than a silent no-op.
 */
function globProblem(glob: string): string | undefined {
  if (glob.startsWith("/"))
    return "starts with /, but globs are relative to root and never match an absolute path";
  if (glob === ".." || glob.startsWith("../") || glob.includes("/../"))
    return "climbs out with .., but globs only match files below root";
  if (glob.startsWith("!"))
    return "starts with !, which negates the whole glob (it then matches every other file); list what to match instead";
  const unclosed = unbalanced(glob);
  if (unclosed) return `has an unclosed "${unclosed}"`;
  try {
    picomatch.makeRe(glob, { dot: true });
  } catch (error) {
    return `is not a valid glob: ${(error as Error).message}`;
  }
  return undefined;
}

const closers: Record<string, string> = { "[": "]", "{": "}", "(": ")" };

/** The first bracket, brace or parenthesis left open (backslash escapes honoured). */
function unbalanced(glob: string): string | undefined {
  const open: string[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === "\\") i++;
    else if (open.at(-1) === "[") {
      if (c === "]") open.pop();
    } else if (c in closers) open.push(c);
    else if (c === closers[open.at(-1) ?? ""]) open.pop();
  }
  return open[0];
}

/** Every glob of the config with its key path. */
function globsOf(config: ConfigInput): [string, string][] {
  const out: [string, string][] = [];
  const add = (globs: readonly string[] | undefined, ...at: PropertyKey[]) =>
    globs?.forEach((g, i) => {
      out.push([keyPath([...at, i]), g]);
    });
  add(config.exclude, "exclude");
  config.consolidations.forEach((c, ci) => {
    add(c.implementation?.include, "consolidations", ci, "implementation", "include");
    add(c.implementation?.exclude, "consolidations", ci, "implementation", "exclude");
    c.batches?.forEach((b, bi) => {
      add(b.include, "consolidations", ci, "batches", bi, "include");
      add(b.exclude, "consolidations", ci, "batches", bi, "exclude");
    });
    c.phases?.forEach((p, pi) => {
      p.criteria.forEach((k, ki) => {
        if (k.metric === "deprecated-doc-mentions")
          add(k.docs, "consolidations", ci, "phases", pi, "criteria", ki, "docs");
      });
    });
  });
  return out;
}

export function globProblems(config: ConfigInput): string[] {
  return globsOf(config).flatMap(([at, glob]) => {
    const problem = globProblem(glob);
    return problem ? [`${at}: ${JSON.stringify(glob)} ${problem}`] : [];
  });
}
