import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  defaultBaselineFile,
  readBaseline
} from "./chunk-DFTNOS5A.js";
import {
  progressSection,
  progressTargets
} from "./chunk-6GOYBYID.js";
import {
  configForResult
} from "./chunk-DOHJDJ6W.js";
import {
  defaultHistoryFile,
  historyLine,
  readHistory
} from "./chunk-J7IJF56W.js";
import {
  todayUtc
} from "./chunk-TKBIOGD2.js";
import "./chunk-YOAXWKHQ.js";
import "./chunk-2ORFHMPS.js";
import {
  analyzeWithProgress,
  resultOptions
} from "./chunk-C4VPOCQV.js";
import "./chunk-OMCO46RY.js";
import "./chunk-AQFLRR5H.js";
import "./chunk-NPKQCN5C.js";
import {
  batchAssigner
} from "./chunk-RZVQHAKH.js";
import "./chunk-BOARFHT4.js";
import "./chunk-UKP2FFEH.js";
import "./chunk-RRBM5MZF.js";
import {
  defineCommand
} from "./chunk-XILY4NM5.js";
import "./chunk-AFIXXXQQ.js";
import "./chunk-LSQSVOAV.js";
import "./chunk-VHJDUMJJ.js";
import {
  ExitCode
} from "./chunk-SYB2EIB4.js";
import "./chunk-NHYMEZ54.js";
import "./chunk-3X7W323C.js";
import {
  gitText
} from "./chunk-ANWQWNOV.js";
import "./chunk-NL5M6RYS.js";
import "./chunk-OVDC6TOV.js";
import {
  RE2JS,
  pathExists
} from "./chunk-C7PHYS7N.js";
import "./chunk-CXEH4STO.js";
import "./chunk-VHNT77KF.js";
import {
  readRegularText
} from "./chunk-MHDWAI3I.js";
import "./chunk-GVSHMJPT.js";
import "./chunk-XGZIY2SH.js";
import "./chunk-KBQ5HHDO.js";

// dist/cli/commands/report.js
import path2 from "node:path";

// dist/report/context.js
import path from "node:path";

// dist/report/before.js
function consolidationFromLine(c) {
  return {
    id: c.id,
    deprecatedShare: c.deprecatedShare,
    paths: c.paths,
    ...c.batches ? { batches: c.batches } : {}
  };
}
function beforeFromHistory(line, source) {
  return {
    kind: "history",
    source,
    date: line.date,
    ...line.commit ? { commit: line.commit } : {},
    consolidations: line.consolidations.map(consolidationFromLine)
  };
}
function beforeFromHistoryPerConsolidation(history, source) {
  const firsts = /* @__PURE__ */ new Map();
  for (const line of history)
    for (const c of line.consolidations)
      if (!firsts.has(c.id) && c.deprecatedShare.statements !== null)
        firsts.set(c.id, { line, c });
  const oldest = history.find((line) => [...firsts.values()].some((f) => f.line === line));
  if (!oldest)
    return void 0;
  const summary = beforeFromHistory(oldest, source);
  return {
    ...summary,
    consolidations: [...firsts.values()].map(({ line, c }) => ({
      ...consolidationFromLine(c),
      date: line.date,
      ...line.commit ? { commit: line.commit } : {}
    }))
  };
}
function countByPath(entries) {
  const files = /* @__PURE__ */ new Map();
  const statements = /* @__PURE__ */ new Map();
  for (const e of entries) {
    files.set(e.path, (files.get(e.path) ?? /* @__PURE__ */ new Set()).add(e.file));
    statements.set(e.path, (statements.get(e.path) ?? 0) + 1);
  }
  return new Map([...statements].map(([id, n]) => [id, { id, files: files.get(id)?.size ?? 0, statements: n }]));
}
function beforeFromBaseline(entries, result, source) {
  const consolidations = result.consolidations.flatMap((c) => {
    const mine = entries.filter((e) => e.consolidation === c.id);
    if (mine.length === 0)
      return [];
    const counts = countByPath(mine);
    const configured = new Set(c.paths.map((p) => p.id));
    const paths = c.paths.map((p) => p.role === "canonical" ? { id: p.id, files: null, statements: null } : counts.get(p.id) ?? { id: p.id, files: 0, statements: 0 });
    const gone = [...counts.values()].filter((p) => !configured.has(p.id)).sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return [{ id: c.id, paths: [...paths, ...gone] }];
  });
  return { kind: "baseline", source, consolidations };
}
function beforeState(history, historySource, baseline, result) {
  const fromHistory = beforeFromHistoryPerConsolidation(history, historySource);
  if (fromHistory)
    return fromHistory;
  return baseline ? beforeFromBaseline(baseline.entries, result, baseline.source) : void 0;
}

// dist/report/codeowners.js
var codeownersLocations = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
function globToRegex(glob) {
  let out = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "*" && glob[i + 1] === "*") {
      const slashAfter = glob[i + 2] === "/";
      out += slashAfter ? "(?:.*/)?" : ".*";
      i += slashAfter ? 2 : 1;
    } else if (ch === "*")
      out += "[^/]*";
    else if (ch === "?")
      out += "[^/]";
    else if (ch === "\\" && i + 1 < glob.length)
      out += escapeRegex(glob[++i]);
    else
      out += escapeRegex(ch);
  }
  return out;
}
var escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
function codeownersMatcher(pattern) {
  const dirOnly = pattern.endsWith("/");
  const body = pattern.replace(/^\/+/, "").replace(/\/+$/, "");
  const anchored = pattern.startsWith("/") || body.includes("/");
  const last = body.split("/").at(-1) ?? "";
  const suffix = dirOnly ? "/.*" : /\*/.test(last) ? "" : "(?:/.*)?";
  const regex = RE2JS.compile(`^${anchored ? "" : "(?:.*/)?"}${globToRegex(body)}${suffix}$`, RE2JS.DOTALL);
  return (file) => regex.test(file);
}
function parseCodeowners(text) {
  const rules = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const tokens = raw.trim().split(/\s+/).filter((t) => t !== "");
    const commentAt = tokens.findIndex((t) => t.startsWith("#"));
    const kept = commentAt === -1 ? tokens : tokens.slice(0, commentAt);
    const [pattern, ...owners] = kept;
    if (!pattern || pattern.startsWith("!"))
      return;
    rules.push({ pattern, owners, line: index + 1, match: codeownersMatcher(pattern) });
  });
  return rules;
}
function ownersOf(rules, file) {
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i];
    if (rule.match(file))
      return rule.owners;
  }
  return [];
}

// dist/report/git-owners.js
var recentCommits = 1e3;
var gitOwnersSource = `git history (the most frequent author of each file in the last ${recentCommits} commits)`;
function authorsByFile(log) {
  const byFile = /* @__PURE__ */ new Map();
  for (const commit of log.split("\0").slice(1)) {
    const [author = "", ...files] = commit.split("\n");
    for (const file of files) {
      if (file === "")
        continue;
      const authors = byFile.get(file) ?? /* @__PURE__ */ new Map();
      authors.set(author, (authors.get(author) ?? 0) + 1);
      byFile.set(file, authors);
    }
  }
  return byFile;
}
function mostFrequent(authors) {
  let best;
  let most = 0;
  for (const [author, n] of authors) {
    if (n > most) {
      best = author;
      most = n;
    }
  }
  return best;
}
function gitOwners(root, commit, files) {
  const log = gitText(root, [
    "log",
    "-n",
    String(recentCommits),
    "--no-merges",
    "--no-renames",
    "--relative",
    "--format=%x00%an",
    "--name-only",
    commit,
    "--"
  ]);
  if (log === void 0)
    return void 0;
  const authors = authorsByFile(log);
  const byFile = {};
  for (const file of files) {
    const author = authors.get(file);
    const best = author ? mostFrequent(author) : void 0;
    byFile[file] = best ? [best] : [];
  }
  return byFile;
}

// dist/report/context.js
function fileBatches(consolidations, result) {
  const batches = {};
  for (const c of result.consolidations) {
    const consolidation = consolidations.find((k) => k.id === c.id);
    if (!consolidation)
      continue;
    const batchOf = batchAssigner(consolidation);
    const byFile = {};
    for (const e of c.edges)
      byFile[e.file] = batchOf(e.file);
    batches[c.id] = byFile;
  }
  return batches;
}
var importingFiles = (result) => new Set(result.consolidations.flatMap((c) => c.edges.map((e) => e.file)));
function fileOwners(root, result) {
  const location = codeownersLocations.find((l) => pathExists(path.join(root, l)));
  if (!location) {
    const commit = result.source.commit;
    const byFile = commit ? gitOwners(root, commit, importingFiles(result)) : void 0;
    return byFile ? { source: gitOwnersSource, byFile } : void 0;
  }
  let text;
  try {
    text = readRegularText(path.join(root, location), { what: "CODEOWNERS" });
  } catch {
  }
  if (text === void 0)
    return void 0;
  return { source: location, byFile: ownersByFile(parseCodeowners(text), result) };
}
function ownersByFile(rules, result) {
  const byFile = {};
  for (const c of result.consolidations)
    for (const e of c.edges)
      byFile[e.file] ??= ownersOf(rules, e.file);
  return byFile;
}
function baselineEntries(root) {
  const loaded = readBaseline(defaultBaselineFile(root));
  return loaded ? { entries: loaded.baseline.entries, source: ".ssot/baseline.json" } : void 0;
}
function buildReportContext(config, result) {
  const commit = result.source.commit;
  const owners = fileOwners(config.root, result);
  const history = readHistory(path.join(config.root, defaultHistoryFile));
  const baseline = history.length === 0 ? baselineEntries(config.root) : void 0;
  const before = beforeState(history, defaultHistoryFile, baseline, result);
  const progress = history.length > 0 ? progressSection(history, progressTargets(config), {
    source: defaultHistoryFile,
    // The analysed state is "now": when the history ends before it, it says so.
    current: historyLine(result, {
      date: todayUtc(),
      commit: result.source.commit ?? null,
      source: "snapshot"
    })
  }) : void 0;
  const template = config.report.linkTemplate;
  return {
    batches: fileBatches(config.consolidations, result),
    ...owners ? { owners } : {},
    ...before ? { before } : {},
    ...progress ? { progress } : {},
    ...template ? { links: { template, commit: commit ?? "HEAD" } } : {},
    ...commit ? { commit } : {}
  };
}

// dist/cli/commands/report.js
async function runReport(args, io) {
  const config = configForResult(io, args);
  const result = await analyzeWithProgress(config, args, io);
  const context = buildReportContext(config, result);
  const { writeReport } = await import("./report-write-L5CIDVXB.js");
  await writeReport(result, context, { outDir: path2.resolve(io.cwd, args.out), svg: args.svg }, io);
  return ExitCode.ok;
}
var options = (y) => resultOptions(y).option("out", {
  type: "string",
  default: "out",
  describe: "folder for report.html, report.md, result.json and diagrams"
}).option("svg", {
  type: "boolean",
  default: true,
  describe: "write each diagram as .svg beside its .mmd (--no-svg: the .mmd text only)"
});
var command = defineCommand({
  name: "report",
  description: "write the HTML and Markdown report for architects, with before/now/target diagrams",
  options,
  run: (a, io) => runReport({
    ...a.config ? { config: a.config } : {},
    allowOutsideRoot: a.allowOutsideRoot,
    out: a.out,
    cache: a.cache,
    ...a.cacheDir ? { cacheDir: a.cacheDir } : {},
    ...a.result ? { result: a.result } : {},
    svg: a.svg
  }, io)
});
export {
  command
};
