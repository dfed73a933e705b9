import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  reporter
} from "./chunk-VJTLTIY7.js";
import "./chunk-YOAXWKHQ.js";
import "./chunk-JD74CQL3.js";
import {
  analysisResultSchema,
  byLocation,
  resultSchemaVersion
} from "./chunk-AQFLRR5H.js";
import "./chunk-NPKQCN5C.js";
import {
  toolVersion
} from "./chunk-UKP2FFEH.js";
import "./chunk-LSQSVOAV.js";
import "./chunk-VHJDUMJJ.js";
import {
  ExitCode
} from "./chunk-SYB2EIB4.js";
import "./chunk-3X7W323C.js";
import {
  gitText
} from "./chunk-ANWQWNOV.js";
import {
  writeOutput
} from "./chunk-TOPJG2UI.js";
import "./chunk-CXEH4STO.js";
import {
  readRegularText
} from "./chunk-MHDWAI3I.js";
import "./chunk-GVSHMJPT.js";
import {
  InputError
} from "./chunk-XGZIY2SH.js";
import "./chunk-KBQ5HHDO.js";

// dist/cli/merge-fleet.js
import path from "node:path";

// dist/merge/fleet.js
import { createHash } from "node:crypto";
var ratio = (part, whole) => whole === 0 ? null : Math.round(part / whole * 1e4) / 1e4;
var byFile = (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
function inRepo(name, items) {
  return items.map((x) => ({ ...x, file: `${name}/${x.file}` }));
}
function sumPaths(parts, id) {
  const out = /* @__PURE__ */ new Map();
  for (const [repo, c] of parts) {
    for (const p of c.paths) {
      const seen = out.get(p.id);
      if (!seen) {
        const { file: _file, ...rest } = p;
        out.set(p.id, { ...rest });
        continue;
      }
      if (seen.role !== p.role || seen.module !== p.module)
        throw new InputError(`merge --fleet: consolidation ${id}, path ${p.id} is ${p.role} \`${p.module}\` in ${repo} but ${seen.role} \`${seen.module}\` elsewhere: one id must mean one path`);
      seen.exists ||= p.exists;
      if (p.missing && !seen.missing)
        seen.missing = p.missing;
      if (seen.removed && !p.removed)
        delete seen.removed;
      seen.files += p.files;
      seen.statements += p.statements;
      seen.nestedStatements += p.nestedStatements;
      seen.typeCheckingStatements += p.typeCheckingStatements;
      seen.stringReferences += p.stringReferences;
      seen.unrelatedStatements += p.unrelatedStatements;
      seen.allowedStatements += p.allowedStatements;
    }
  }
  return [...out.values()];
}
var worst = (statuses) => statuses.includes("not-met") ? "not-met" : statuses.every((s) => s === "met") ? "met" : "unknown";
function sumPhases(parts) {
  const ids = [...new Set(parts.flatMap(([, c]) => c.phases.map((p) => p.id)))];
  return ids.map((id) => {
    const found = parts.map(([repo, c]) => [repo, c.phases.find((p) => p.id === id)]);
    const criteria = found.flatMap(([repo, p]) => p ? p.criteria.map((k) => ({ ...k, evidence: k.evidence.map((e) => `${repo}: ${e}`) })) : []);
    const statuses = found.map(([, p]) => p?.status ?? "unknown");
    const phase = found.find(([, p]) => p)?.[1];
    return {
      id,
      title: phase.title,
      gate: found.some(([, p]) => p?.gate),
      status: worst(statuses),
      criteria
    };
  });
}
function sumConsolidation(id, parts) {
  const [, first] = parts[0];
  const all = (key) => parts.flatMap(([repo, c]) => inRepo(repo, c[key]));
  const edges = all("edges").sort(byLocation);
  const total = (k) => parts.reduce((n, [, c]) => n + c.totals[k], 0);
  const totals = {
    statements: total("statements"),
    deprecatedStatements: total("deprecatedStatements"),
    files: total("files"),
    deprecatedFiles: total("deprecatedFiles"),
    unrelatedStatements: total("unrelatedStatements"),
    allowedStatements: total("allowedStatements")
  };
  const blockers = /* @__PURE__ */ new Map();
  for (const [, c] of parts)
    for (const b of c.blockers) {
      const seen = blockers.get(b.name) ?? { name: b.name, statements: 0, files: 0 };
      seen.statements += b.statements;
      seen.files += b.files;
      blockers.set(b.name, seen);
    }
  const batches = /* @__PURE__ */ new Map();
  for (const [, c] of parts)
    for (const b of c.batches) {
      const seen = batches.get(b.id) ?? {
        id: b.id,
        files: 0,
        statements: 0,
        deprecatedStatements: 0
      };
      seen.files += b.files;
      seen.statements += b.statements;
      seen.deprecatedStatements += b.deprecatedStatements;
      batches.set(b.id, seen);
    }
  return {
    id,
    title: first.title,
    paths: sumPaths(parts, id),
    symbols: Object.assign({}, ...parts.map(([, c]) => c.symbols).reverse()),
    totals,
    deprecatedShare: {
      statements: ratio(totals.deprecatedStatements, totals.statements),
      files: ratio(totals.deprecatedFiles, totals.files)
    },
    edges,
    unrelatedImports: all("unrelatedImports").sort(byLocation),
    allowedEdges: all("allowedEdges").sort(byLocation),
    blockers: [...blockers.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    problems: parts.flatMap(([repo, c]) => c.problems.map((p) => ({ ...p, message: `${repo}: ${p.message}` }))),
    internalEdges: all("internalEdges").sort(byLocation),
    stringReferences: all("stringReferences").sort(byLocation),
    implementations: all("implementations").sort(byFile),
    batches: [...batches.values()],
    phases: sumPhases(parts)
  };
}
function repositoryOf({ name, result }) {
  return {
    name,
    ...result.source.commit ? { commit: result.source.commit } : {},
    configHash: result.source.configHash,
    consolidations: result.consolidations.map((c) => ({
      id: c.id,
      totals: c.totals,
      deprecatedShare: c.deprecatedShare,
      paths: c.paths.map((p) => ({
        id: p.id,
        role: p.role,
        files: p.files,
        statements: p.statements
      }))
    }))
  };
}
function mergeFleet(inputs) {
  if (inputs.length === 0)
    throw new InputError("merge --fleet: no result given");
  const repos = [...inputs].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (let i = 1; i < repos.length; i++) {
    const [a, b] = [repos[i - 1], repos[i]];
    if (a.name === b.name)
      throw new InputError(`merge --fleet: ${a.file} and ${b.file} are both named ${a.name}: give each repository its own --name`);
  }
  for (const r of repos)
    if (r.result.fleet)
      throw new InputError(`merge --fleet: ${r.file} is already a fleet result: merge the repositories' own results`);
  const ids = [...new Set(repos.flatMap((r) => r.result.consolidations.map((c) => c.id)))];
  const consolidations = ids.map((id) => sumConsolidation(id, repos.flatMap((r) => {
    const c = r.result.consolidations.find((x) => x.id === id);
    return c ? [[r.name, c]] : [];
  })));
  const files = repos.map((r) => r.result.files);
  const js = files.filter((f) => f.javascript !== void 0);
  const hash = createHash("sha256").update(repos.map((r) => `${r.name}
${r.result.source.configHash}`).join("\n")).digest("hex");
  return {
    schemaVersion: 2,
    tool: { name: "ssot-tracker", version: toolVersion },
    source: { root: ".", configHash: hash },
    files: {
      scanned: files.reduce((n, f) => n + f.scanned, 0),
      python: files.reduce((n, f) => n + f.python, 0),
      ...js.length > 0 ? { javascript: js.reduce((n, f) => n + (f.javascript ?? 0), 0) } : {},
      skipped: repos.flatMap((r) => inRepo(r.name, r.result.files.skipped)).sort(byFile),
      parseErrors: repos.flatMap((r) => inRepo(r.name, r.result.files.parseErrors)).sort((a, b) => byFile(a, b) || a.line - b.line)
    },
    consolidations,
    fleet: { repositories: repos.map(repositoryOf) }
  };
}

// dist/cli/merge-fleet.js
function remoteName(url) {
  const m = /[:/]([^/:]+\/[^/:]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m?.[1];
}
function nameOf(io, given, named) {
  if (named !== void 0)
    return named;
  const dir = path.dirname(path.resolve(io.cwd, given));
  const url = gitText(dir, ["remote", "get-url", "origin"]);
  const name = url === void 0 ? void 0 : remoteName(url);
  if (name)
    return name;
  return path.basename(dir);
}
function readResult(io, given, name) {
  const text = readRegularText(path.resolve(io.cwd, given), { what: "the result" });
  if (text === void 0)
    throw new InputError(`${given}: no such file`);
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${given}: not a result JSON file: ${error.message}`);
  }
  const version = data?.schemaVersion;
  if (version !== resultSchemaVersion)
    throw new InputError(`${given}: not a result of schemaVersion ${resultSchemaVersion} (a shard file is merged without --fleet)`);
  const parsed = analysisResultSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${given}: not a valid result: ${issue?.path.join(".") || "(top)"}: ${issue?.message ?? "invalid"}`);
  }
  return { name, file: given, result: parsed.data };
}
async function runFleetMerge(args, io) {
  if (args.names.length > 0 && args.names.length !== args.files.length)
    throw new InputError(`--name given ${args.names.length} times for ${args.files.length} results: name every result, in order, or none`);
  const results = args.files.map((f, i) => {
    const name = nameOf(io, f, args.names[i]);
    if (!/^[\w.@-]+(\/[\w.@-]+)*$/.test(name) || name.split("/").some((p) => /^\.+$/.test(p)))
      throw new InputError(`${f}: repository name ${JSON.stringify(name)}: use letters, digits, . _ - @ and / (give --name)`);
    return readResult(io, f, name);
  });
  const text = reporter("analyze", "json")(mergeFleet(results));
  if (args.out) {
    const file = writeOutput(io.cwd, args.out, text);
    io.stderr.write(`merged ${results.length} repositories (${results.map((r) => r.name).join(", ")}): wrote ${path.relative(io.cwd, file) || file}
`);
  } else
    io.stdout.write(text);
  return ExitCode.ok;
}
export {
  remoteName,
  runFleetMerge
};
