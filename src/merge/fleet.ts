import { createHash } from "node:crypto";
import { byLocation } from "../analyze/classify/python.js";
import type {
  AnalysisResult,
  ConsolidationResult,
  CriterionResult,
  PathResult,
  PhaseResult,
  PhaseStatus,
} from "../result/schema.js";
import { InputError } from "../util/errors.js";
import { toolVersion } from "../version.js";

/** One repository's saved result and the name it keeps in the fleet. */
export interface NamedResult {
  name: string;
  /** For messages: the file it was read from. */
  file: string;
  result: AnalysisResult;
}

type Fleet = NonNullable<AnalysisResult["fleet"]>;

const ratio = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
const byFile = <T extends { file: string }>(a: T, b: T) =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : 0;

/** A repository's files are `name/file` in the fleet: the same pages list them apart. */
function inRepo<T extends { file: string }>(name: string, items: readonly T[]): T[] {
  return items.map((x) => ({ ...x, file: `${name}/${x.file}` }));
}

function sumPaths(parts: readonly [string, ConsolidationResult][], id: string): PathResult[] {
  const out = new Map<string, PathResult>();
  for (const [repo, c] of parts) {
    for (const p of c.paths) {
      const seen = out.get(p.id);
      if (!seen) {
        const { file: _file, ...rest } = p;
        out.set(p.id, { ...rest });
        continue;
      }
      if (seen.role !== p.role || seen.module !== p.module)
        throw new InputError(
          `merge --fleet: consolidation ${id}, path ${p.id} is ${p.role} \`${p.module}\` in ${repo} but ${seen.role} \`${seen.module}\` elsewhere: one id must mean one path`,
        );
      seen.exists ||= p.exists;
      if (p.missing && !seen.missing) seen.missing = p.missing;
      if (seen.removed && !p.removed) delete seen.removed;
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

const worst = (statuses: readonly PhaseStatus[]): PhaseStatus =>
  statuses.includes("not-met") ? "not-met" : statuses.every((s) => s === "met") ? "met" : "unknown";

/** A phase across repositories: met only when met in every one; its criteria say where. */
function sumPhases(parts: readonly [string, ConsolidationResult][]): PhaseResult[] {
  const ids = [...new Set(parts.flatMap(([, c]) => c.phases.map((p) => p.id)))];
  return ids.map((id) => {
    const found = parts.map(([repo, c]) => [repo, c.phases.find((p) => p.id === id)] as const);
    const criteria: CriterionResult[] = found.flatMap(([repo, p]) =>
      p ? p.criteria.map((k) => ({ ...k, evidence: k.evidence.map((e) => `${repo}: ${e}`) })) : [],
    );
    const statuses = found.map(([, p]) => p?.status ?? "unknown");
    const phase = found.find(([, p]) => p)?.[1] as PhaseResult;
    return {
      id,
      title: phase.title,
      gate: found.some(([, p]) => p?.gate),
      status: worst(statuses),
      criteria,
    };
  });
}

function sumConsolidation(id: string, parts: readonly [string, ConsolidationResult][]) {
  const [, first] = parts[0] as [string, ConsolidationResult];
  const all = <K extends keyof ConsolidationResult>(key: K) =>
    parts.flatMap(([repo, c]) => inRepo(repo, c[key] as unknown as { file: string }[]));
  const edges = (all("edges") as ConsolidationResult["edges"]).sort(byLocation);
  const total = (k: keyof ConsolidationResult["totals"]) =>
    parts.reduce((n, [, c]) => n + c.totals[k], 0);
  const totals = {
    statements: total("statements"),
    deprecatedStatements: total("deprecatedStatements"),
    files: total("files"),
    deprecatedFiles: total("deprecatedFiles"),
    unrelatedStatements: total("unrelatedStatements"),
    allowedStatements: total("allowedStatements"),
  };
  const blockers = new Map<string, { name: string; statements: number; files: number }>();
  for (const [, c] of parts)
    for (const b of c.blockers) {
      const seen = blockers.get(b.name) ?? { name: b.name, statements: 0, files: 0 };
      seen.statements += b.statements;
      seen.files += b.files;
      blockers.set(b.name, seen);
    }
  const batches = new Map<string, ConsolidationResult["batches"][number]>();
  for (const [, c] of parts)
    for (const b of c.batches) {
      const seen = batches.get(b.id) ?? {
        id: b.id,
        files: 0,
        statements: 0,
        deprecatedStatements: 0,
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
      files: ratio(totals.deprecatedFiles, totals.files),
    },
    edges,
    unrelatedImports: (all("unrelatedImports") as ConsolidationResult["unrelatedImports"]).sort(
      byLocation,
    ),
    allowedEdges: (all("allowedEdges") as ConsolidationResult["allowedEdges"]).sort(byLocation),
    blockers: [...blockers.values()].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    ),
    problems: parts.flatMap(([repo, c]) =>
      c.problems.map((p) => ({ ...p, message: `${repo}: ${p.message}` })),
    ),
    internalEdges: (all("internalEdges") as ConsolidationResult["internalEdges"]).sort(byLocation),
    stringReferences: (all("stringReferences") as ConsolidationResult["stringReferences"]).sort(
      byLocation,
    ),
    implementations: (all("implementations") as ConsolidationResult["implementations"]).sort(
      byFile,
    ),
    batches: [...batches.values()],
    phases: sumPhases(parts),
  } satisfies ConsolidationResult;
}

/** Per repository: what the organisation-wide pages show beside the summed consolidations. */
function repositoryOf({ name, result }: NamedResult): Fleet["repositories"][number] {
  return {
    name,
    ...(result.source.commit ? { commit: result.source.commit } : {}),
    configHash: result.source.configHash,
    consolidations: result.consolidations.map((c) => ({
      id: c.id,
      totals: c.totals,
      deprecatedShare: c.deprecatedShare,
      paths: c.paths.map((p) => ({
        id: p.id,
        role: p.role,
        files: p.files,
        statements: p.statements,
      })),
    })),
  };
}

/**
 * Results of different repositories as one organisation-wide result: each repository's files
 * under its name, the same consolidation id summed (counts, shares, edges), and per
 * repository the figures the fleet pages show. Repositories in name order.
 */
export function mergeFleet(inputs: readonly NamedResult[]): AnalysisResult {
  if (inputs.length === 0) throw new InputError("merge --fleet: no result given");
  const repos = [...inputs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (let i = 1; i < repos.length; i++) {
    const [a, b] = [repos[i - 1] as NamedResult, repos[i] as NamedResult];
    if (a.name === b.name)
      throw new InputError(
        `merge --fleet: ${a.file} and ${b.file} are both named ${a.name}: give each repository its own --name`,
      );
  }
  for (const r of repos)
    if (r.result.fleet)
      throw new InputError(
        `merge --fleet: ${r.file} is already a fleet result: merge the repositories' own results`,
      );
  const ids = [...new Set(repos.flatMap((r) => r.result.consolidations.map((c) => c.id)))];
  const consolidations = ids.map((id) =>
    sumConsolidation(
      id,
      repos.flatMap((r) => {
        const c = r.result.consolidations.find((x) => x.id === id);
        return c ? [[r.name, c] as [string, ConsolidationResult]] : [];
      }),
    ),
  );
  const files = repos.map((r) => r.result.files);
  const js = files.filter((f) => f.javascript !== undefined);
  const hash = createHash("sha256")
    .update(repos.map((r) => `${r.name}\n${r.result.source.configHash}`).join("\n"))
    .digest("hex");
  return {
    schemaVersion: 2,
    tool: { name: "ssot-tracker", version: toolVersion },
    source: { root: ".", configHash: hash },
    files: {
      scanned: files.reduce((n, f) => n + f.scanned, 0),
      python: files.reduce((n, f) => n + f.python, 0),
      ...(js.length > 0 ? { javascript: js.reduce((n, f) => n + (f.javascript ?? 0), 0) } : {}),
      skipped: repos.flatMap((r) => inRepo(r.name, r.result.files.skipped)).sort(byFile),
      parseErrors: repos
        .flatMap((r) => inRepo(r.name, r.result.files.parseErrors))
        .sort((a, b) => byFile(a, b) || a.line - b.line),
    },
    consolidations,
    fleet: { repositories: repos.map(repositoryOf) },
  };
}
