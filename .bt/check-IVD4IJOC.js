import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  checkBaseline,
  checkFailed,
  formatsOf,
  reporter,
  updatedBaseline
} from "./chunk-VJTLTIY7.js";
import {
  defaultBaselineFile,
  emptyBaseline,
  readBaseline,
  serializeBaseline,
  writeBaseline
} from "./chunk-DFTNOS5A.js";
import {
  parseIsoDate,
  todayUtc
} from "./chunk-TKBIOGD2.js";
import {
  identityKey
} from "./chunk-YOAXWKHQ.js";
import {
  planMigration
} from "./chunk-P7L5L5BD.js";
import "./chunk-JD74CQL3.js";
import {
  analyzeWithProgress,
  commandConfig,
  resultOptions
} from "./chunk-C4VPOCQV.js";
import "./chunk-OMCO46RY.js";
import "./chunk-AQFLRR5H.js";
import "./chunk-NPKQCN5C.js";
import "./chunk-RZVQHAKH.js";
import "./chunk-BOARFHT4.js";
import {
  toolVersion
} from "./chunk-UKP2FFEH.js";
import "./chunk-RRBM5MZF.js";
import {
  defineCommand
} from "./chunk-XILY4NM5.js";
import {
  toPosix
} from "./chunk-AFIXXXQQ.js";
import "./chunk-LSQSVOAV.js";
import "./chunk-VHJDUMJJ.js";
import {
  ExitCode
} from "./chunk-SYB2EIB4.js";
import "./chunk-NHYMEZ54.js";
import "./chunk-3X7W323C.js";
import {
  git
} from "./chunk-ANWQWNOV.js";
import "./chunk-NL5M6RYS.js";
import "./chunk-OVDC6TOV.js";
import "./chunk-C7PHYS7N.js";
import "./chunk-CXEH4STO.js";
import "./chunk-VHNT77KF.js";
import "./chunk-MHDWAI3I.js";
import "./chunk-GVSHMJPT.js";
import {
  InputError
} from "./chunk-XGZIY2SH.js";
import "./chunk-KBQ5HHDO.js";

// dist/cli/commands/check.js
import path from "node:path";

// dist/check/fixes.js
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++)
    if (text[i] === "\n")
      starts.push(i + 1);
  return starts;
}
function lineOf(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset)
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo + 1;
}
function fixesFromPlan(plan, edges) {
  const fixes = /* @__PURE__ */ new Map();
  const refused = new Set(plan.items.filter((i) => i.refused !== void 0).map((i) => `${i.file}
${i.line}`));
  const byFile = /* @__PURE__ */ new Map();
  for (const e of edges)
    byFile.set(e.file, [...byFile.get(e.file) ?? [], e]);
  for (const planned of plan.files) {
    const mine = byFile.get(planned.file);
    if (!mine || planned.edits.length === 0)
      continue;
    const starts = lineStarts(planned.text);
    const owner = /* @__PURE__ */ new Map();
    for (const e of mine)
      if (!owner.has(e.line))
        owner.set(e.line, e);
    const grouped = /* @__PURE__ */ new Map();
    let orphan = false;
    for (const edit of planned.edits) {
      const startLine = lineOf(starts, edit.start);
      const edge = owner.get(startLine);
      if (!edge || refused.has(`${edge.file}
${edge.line}`)) {
        orphan = true;
        break;
      }
      const endLine = lineOf(starts, edit.end);
      grouped.set(edge, [
        ...grouped.get(edge) ?? [],
        {
          deletedRegion: {
            startLine,
            startColumn: edit.start - starts[startLine - 1] + 1,
            endLine,
            endColumn: edit.end - starts[endLine - 1] + 1
          },
          insertedContent: { text: edit.replacement }
        }
      ]);
    }
    if (orphan)
      continue;
    for (const [edge, replacements] of grouped) {
      fixes.set(identityKey(edge), {
        description: edge.suggestion ? `Import instead: ${edge.suggestion}` : "Import from the canonical module",
        replacements
      });
    }
  }
  return fixes;
}

// dist/check/changed-files.js
function git2(cwd, args, what) {
  try {
    return git(cwd, args).toString("utf8");
  } catch (error) {
    throw new InputError(`${what}: ${error.message}`, { cause: error });
  }
}
var nulSeparated = (text) => text.split("\0").filter((f) => f !== "");
function changedFilesSince(root, ref) {
  const flag = `--changed-since ${ref}`;
  if (ref === "" || ref.startsWith("-")) {
    throw new InputError(`${flag}: not a git revision (a branch, tag or commit such as origin/main)`);
  }
  const inside = git2(root, ["rev-parse", "--is-inside-work-tree"], `${flag}: ${root} is not inside a git work tree`);
  if (inside.trim() !== "true")
    throw new InputError(`${flag}: ${root} is not inside a git work tree`);
  try {
    git2(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], flag);
  } catch (error) {
    throw new InputError(`${flag}: "${ref}" is not a commit known in ${root} (fetch it first?)`, {
      cause: error
    });
  }
  const shallow = git2(root, ["rev-parse", "--is-shallow-repository"], flag).trim() === "true" ? " (the repository is a shallow clone: `git fetch --unshallow`, or check out with `fetch-depth: 0`)" : "";
  const base = git2(root, ["merge-base", ref, "HEAD"], `${flag}: no common ancestor of ${ref} and HEAD${shallow}`).trim();
  const changed = git2(root, [
    "diff",
    "--name-only",
    "--no-ext-diff",
    "--no-textconv",
    "--no-renames",
    "--relative",
    "-z",
    base,
    "--"
  ], flag);
  const untracked = git2(root, ["ls-files", "--others", "--exclude-standard", "-z"], flag);
  return [.../* @__PURE__ */ new Set([...nulSeparated(changed), ...nulSeparated(untracked)])].sort();
}

// dist/check/policy.js
function missingBaselineError(shown, flags) {
  if (!flags.updateBaseline) {
    return new InputError(`${shown}: no baseline yet. Run \`ssot check --update-baseline\` once to record the deprecated imports that exist today, and commit ${shown}`);
  }
  if (flags.changedSince !== void 0) {
    return new InputError(`${shown}: no baseline yet, and --changed-since would record only the changed files; run \`ssot check --update-baseline\` without --changed-since first`);
  }
  return void 0;
}
function baselineUpdate(loaded, outcome, allowGrowth) {
  const grow = allowGrowth || !loaded;
  const next = updatedBaseline(loaded?.baseline ?? emptyBaseline, outcome, { allowGrowth: grow });
  const changed = loaded?.text !== serializeBaseline(next);
  return {
    write: changed ? next : void 0,
    update: {
      created: !loaded,
      changed,
      added: grow ? outcome.newEdges.length : 0,
      removed: outcome.fixed.length,
      entries: next.entries.length
    }
  };
}
function blindCheckError(result) {
  const missing = result.consolidations.flatMap((c) => c.problems.filter((p) => p.kind === "missing-module").map((p) => p.message));
  return missing.length > 0 ? new InputError(missing.join("\n")) : void 0;
}
function gateDueDates(config) {
  const out = {};
  for (const c of config.consolidations) {
    const dues = c.phases.flatMap((p) => typeof p.gate === "object" ? [[p.id, p.gate.due]] : []);
    if (dues.length > 0)
      out[c.id] = Object.fromEntries(dues);
  }
  return out;
}
function canonicalModules(result) {
  const out = {};
  for (const c of result.consolidations) {
    const canonical = c.paths.find((p) => p.role === "canonical");
    if (canonical)
      out[c.id] = canonical.module;
  }
  return out;
}

// dist/cli/commands/check.js
var options = (y) => resultOptions(y).option("baseline", {
  type: "string",
  describe: "baseline file (default: <root>/.ssot/baseline.json)"
}).option("update-baseline", {
  type: "boolean",
  default: false,
  describe: "write the baseline: drop fixed entries (creates it when missing)"
}).option("allow-growth", {
  type: "boolean",
  default: false,
  describe: "with --update-baseline: also add the new deprecated imports"
}).option("format", {
  choices: formatsOf("check"),
  default: "text",
  describe: "output format"
}).option("changed-since", {
  type: "string",
  describe: "only check files changed since the merge base of this revision and HEAD (a PR check: gates not met are notices)"
}).option("backlog", {
  type: "boolean",
  default: false,
  describe: "sarif: also list the deprecated imports the baseline holds, as note-level results"
}).option("today", {
  type: "string",
  describe: "the date gate: { due } is judged on, YYYY-MM-DD (default: today, UTC)"
});
var command = defineCommand({
  name: "check",
  description: "fail when a change adds a deprecated import that the committed baseline does not hold",
  options,
  run: async (a, io) => await runCheck({
    ...a.config ? { config: a.config } : {},
    allowOutsideRoot: a.allowOutsideRoot,
    ...a.baseline ? { baseline: a.baseline } : {},
    updateBaseline: a.updateBaseline,
    allowGrowth: a.allowGrowth,
    format: a.format,
    ...a.changedSince !== void 0 ? { changedSince: a.changedSince } : {},
    cache: a.cache,
    ...a.cacheDir ? { cacheDir: a.cacheDir } : {},
    ...a.result ? { result: a.result } : {},
    ...a.backlog ? { backlog: true } : {},
    ...a.today ? { today: a.today } : {}
  }, io) ? ExitCode.failed : ExitCode.ok
});
function displayPath(cwd, file) {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? toPosix(rel) : toPosix(file);
}
function updateBaselineFile(file, loaded, outcome, allowGrowth, base) {
  const { write, update } = baselineUpdate(loaded, outcome, allowGrowth);
  if (write)
    writeBaseline(file, write, base);
  return update;
}
function sarifFixes(config, result, outcome, args) {
  if (args.result)
    return /* @__PURE__ */ new Map();
  const edges = [...outcome.newEdges, ...args.backlog ? outcome.knownEdges : []];
  if (edges.length === 0)
    return /* @__PURE__ */ new Map();
  try {
    return fixesFromPlan(planMigration(config, result), edges);
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
async function runCheck(args, io) {
  if (args.allowGrowth && !args.updateBaseline) {
    throw new InputError("--allow-growth only applies together with --update-baseline (it lets the baseline grow)");
  }
  const config = commandConfig(io, args);
  const today = args.today ? parseIsoDate(args.today, "--today") : todayUtc();
  const baselineFile = args.baseline ? path.resolve(io.cwd, args.baseline) : defaultBaselineFile(config.root);
  const shown = displayPath(io.cwd, baselineFile);
  const loaded = readBaseline(baselineFile);
  const missing = loaded ? void 0 : missingBaselineError(shown, args);
  if (missing)
    throw missing;
  const files = args.changedSince !== void 0 ? changedFilesSince(config.root, args.changedSince) : void 0;
  const result = await analyzeWithProgress(config, args, io);
  const blind = blindCheckError(result);
  if (blind)
    throw blind;
  const baseline = loaded?.baseline ?? emptyBaseline;
  const outcome = checkBaseline(result, baseline, {
    ...files ? { files } : {},
    gateDue: gateDueDates(config),
    today
  });
  const update = args.updateBaseline ? updateBaselineFile(baselineFile, loaded, outcome, args.allowGrowth, args.baseline ? io.cwd : config.root) : void 0;
  const report = {
    outcome,
    baselineFile: shown,
    ...args.changedSince !== void 0 ? { changedSince: args.changedSince } : {},
    ...update ? { update } : {},
    toolVersion,
    ...config.report.linkTemplate ? { links: { template: config.report.linkTemplate, commit: result.source.commit ?? "HEAD" } } : {},
    canonical: canonicalModules(result),
    ...args.format === "sarif" ? { fixes: sarifFixes(config, result, outcome, args) } : {},
    ...args.backlog ? { backlog: true } : {}
  };
  io.stdout.write(reporter("check", args.format)(report));
  if (update && (args.format === "sarif" || args.format === "junit")) {
    io.stderr.write(`ssot: baseline ${shown}: ${update.entries} entries (${update.added} added, ${update.removed} removed)
`);
  }
  return checkFailed(report);
}
export {
  command
};
