import { metricsNotFor } from "../metrics/index.js";
import { classPatternProblem } from "./class-pattern.js";
import { keyPath } from "./format-issue.js";
import { globProblems } from "./globs.js";
import { pathLanguage } from "./language.js";
import type { ConfigInput, ConsolidationConfig } from "./schema.js";

/** Rules the schema alone cannot express: unique ids, one canonical path, valid references. */
export function checkSemantics(config: ConfigInput): string[] {
  const problems: string[] = [];
  const at = (...parts: PropertyKey[]) => keyPath(parts);
  const duplicate = (ids: string[]) => ids.find((id, i) => ids.indexOf(id) !== i);

  const dupConsolidation = duplicate(config.consolidations.map((c) => c.id));
  if (dupConsolidation) problems.push(`consolidations: id "${dupConsolidation}" is used twice`);

  config.consolidations.forEach((c, ci) => {
    const pathIds = c.paths.map((p) => p.id);
    const dupPath = duplicate(pathIds);
    if (dupPath)
      problems.push(`${at("consolidations", ci, "paths")}: id "${dupPath}" is used twice`);
    const dupModule = duplicate(c.paths.map((p) => p.module));
    if (dupModule) {
      problems.push(`${at("consolidations", ci, "paths")}: module "${dupModule}" is listed twice`);
    }
    const canonical = c.paths.filter((p) => p.role === "canonical").length;
    if (canonical !== 1) {
      problems.push(
        `${at("consolidations", ci, "paths")}: exactly one path needs role "canonical", found ${canonical}`,
      );
    }
    problems.push(...languageProblems(c, (...parts) => at("consolidations", ci, ...parts)));
    const batchIds = (c.batches ?? []).map((b) => b.id);
    const dupBatch = duplicate(batchIds);
    if (dupBatch)
      problems.push(`${at("consolidations", ci, "batches")}: id "${dupBatch}" is used twice`);
    if (batchIds.includes("other")) {
      problems.push(
        `${at("consolidations", ci, "batches")}: "other" is reserved for files no batch matches`,
      );
    }
    if (c.implementation) {
      const problem = classPatternProblem(c.implementation.classPattern);
      if (problem)
        problems.push(`${at("consolidations", ci, "implementation", "classPattern")}: ${problem}`);
    }
    (c.allow ?? []).forEach((entry, ai) => {
      if (entry.path === undefined) return;
      const target = c.paths.find((p) => p.id === entry.path);
      if (!target) {
        problems.push(
          `${at("consolidations", ci, "allow", ai, "path")}: unknown path "${entry.path}"; paths: ${pathIds.join(", ")}`,
        );
      } else if (target.role === "canonical") {
        problems.push(
          `${at("consolidations", ci, "allow", ai, "path")}: "${entry.path}" is the canonical path; only deprecated imports need allowing`,
        );
      }
    });
    const dupPhase = duplicate((c.phases ?? []).map((p) => p.id));
    if (dupPhase)
      problems.push(`${at("consolidations", ci, "phases")}: id "${dupPhase}" is used twice`);
    (c.phases ?? []).forEach((phase, pi) => {
      phase.criteria.forEach((criterion, ki) => {
        const where = at("consolidations", ci, "phases", pi, "criteria", ki);
        if (criterion.min === undefined && criterion.max === undefined) {
          problems.push(`${where}: give "min", "max" or both for metric "${criterion.metric}"`);
        }
        if (
          criterion.min !== undefined &&
          criterion.max !== undefined &&
          criterion.min > criterion.max
        ) {
          problems.push(
            `${where}: min ${criterion.min} is above max ${criterion.max}, so it can never be met`,
          );
        }
        if (
          criterion.metric === "batch-deprecated-statements" &&
          !batchIds.includes(criterion.batch)
        ) {
          problems.push(
            `${where}.batch: unknown batch "${criterion.batch}"; batches: ${batchIds.join(", ") || "(none)"}`,
          );
        }
        if (criterion.metric === "deprecated-statements") {
          for (const p of criterion.paths ?? []) {
            if (!pathIds.includes(p)) {
              problems.push(`${where}.paths: unknown path "${p}"; paths: ${pathIds.join(", ")}`);
            }
          }
        }
      });
    });
  });
  problems.push(...globProblems(config));
  return problems;
}

/**
 * One consolidation measures one language: a deprecated share across Python modules and
 * JS/TS files means nothing. Criteria that read Python module contents need Python paths.
 */
function languageProblems(
  c: ConsolidationConfig,
  at: (...parts: PropertyKey[]) => string,
): string[] {
  const first = c.paths[0];
  if (!first) return [];
  const language = pathLanguage(first.module);
  const other = c.paths.findIndex((p) => pathLanguage(p.module) !== language);
  const odd = c.paths[other];
  if (odd) {
    const kind = (module: string) =>
      pathLanguage(module) === "python" ? "a Python module" : "a JS/TS file";
    return [
      `${at("paths", other, "module")}: "${odd.module}" is ${kind(odd.module)}, but ${at("paths", 0, "module")} "${first.module}" is ${kind(first.module)}; a consolidation measures one language, so put them in two consolidations`,
    ];
  }
  if (language === "python") return [];
  return (c.phases ?? []).flatMap((phase, pi) =>
    phase.criteria.flatMap((criterion, ki) =>
      metricsNotFor("javascript").includes(criterion.metric)
        ? [
            `${at("phases", pi, "criteria", ki, "metric")}: "${criterion.metric}" reads Python modules and cannot be measured for JS/TS paths`,
          ]
        : [],
    ),
  );
}
