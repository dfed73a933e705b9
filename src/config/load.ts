import path from "node:path";
import { parseDocument } from "yaml";
import { z } from "zod";
import { metricIds } from "../metrics/index.js";
import { ConfigError } from "../util/errors.js";
import { duplicateKeyMessage, findDuplicateKey } from "../util/strict-json.js";
import { checkRootFolder, findConfigFile } from "../workspace/config-file.js";
import { readRegularText } from "../workspace/read-file.js";
import { checkRootInside } from "../workspace/root.js";
import { formatIssue } from "./format-issue.js";
import { type ConfigInput, configSchema } from "./schema.js";
import { checkSemantics } from "./semantics.js";
import type { Config } from "./types.js";

function parseText(file: string, text: string): unknown {
  if (file.endsWith(".json")) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new ConfigError(`${file}: invalid JSON: ${(error as Error).message}`, { cause: error });
    }
    const duplicate = findDuplicateKey(text);
    if (duplicate) throw new ConfigError(`${file}:${duplicateKeyMessage(duplicate)}`);
    return data;
  }
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    const at = pos ? `:${pos.line}:${pos.col}` : "";
    throw new ConfigError(`${file}${at}: invalid YAML: ${first.message.split("\n")[0]}`);
  }
  try {
    return doc.toJS();
  } catch (error) {
    // The yaml package stops alias expansion that would blow up ("billion laughs").
    throw new ConfigError(
      `${file}: invalid YAML: its aliases expand too much (${(error as Error).message})`,
      { cause: error },
    );
  }
}

/** Keys allowed at a key path of the config, walking the zod schema (for "did you mean"). */
function allowedKeysAt(data: unknown, keys: ReadonlyArray<PropertyKey>): string[] {
  let schema: z.ZodType = configSchema;
  let value: unknown = data;
  for (const key of keys) {
    schema = unwrap(schema);
    value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
    if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else if (schema instanceof z.ZodObject) schema = schema.shape[key as string] as z.ZodType;
    else return [];
    schema = pickUnionMember(unwrap(schema), value);
  }
  schema = pickUnionMember(unwrap(schema), value);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
  return s;
}

function pickUnionMember(schema: z.ZodType, value: unknown): z.ZodType {
  if (!(schema instanceof z.ZodDiscriminatedUnion)) return schema;
  const metric = (value as { metric?: unknown } | undefined)?.metric;
  const member = schema.options.find(
    (o) => o instanceof z.ZodObject && (o.shape.metric as z.ZodLiteral).value === metric,
  );
  return (member as z.ZodType | undefined) ?? schema;
}

/** Validate parsed data; every problem becomes one line naming the file and the key path. */
export function validateConfig(file: string, data: unknown): ConfigInput {
  if (data === null || data === undefined) throw new ConfigError(`${file}: the file is empty`);
  const parsed = configSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      if (issue.code === "invalid_union" && issue.path.at(-1) === "metric") {
        return `${formatIssue(issue, () => [])}; allowed metrics: ${metricIds.join(", ")}`;
      }
      return formatIssue(issue, (p) => allowedKeysAt(data, p));
    });
    throw new ConfigError(`${file}: invalid configuration\n  ${lines.join("\n  ")}`);
  }
  const problems = checkSemantics(parsed.data);
  if (problems.length > 0) {
    throw new ConfigError(`${file}: invalid configuration\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

export function resolveConfig(file: string, input: ConfigInput): Config {
  const dir = path.dirname(file);
  return {
    file,
    root: path.resolve(dir, input.root ?? "."),
    exclude: input.exclude ?? [],
    python: { sourceRoots: input.python?.sourceRoots ?? ["."] },
    javascript: { ...(input.javascript?.tsConfig ? { tsConfig: input.javascript.tsConfig } : {}) },
    report: { ...(input.report?.linkTemplate ? { linkTemplate: input.report.linkTemplate } : {}) },
    consolidations: input.consolidations.map((c) => ({
      id: c.id,
      title: c.title ?? c.id,
      paths: c.paths,
      symbols: c.symbols ?? {},
      ...(c.factories ? { factories: c.factories } : {}),
      ...(c.implementation ? { implementation: c.implementation } : {}),
      batches: c.batches ?? [],
      allow: c.allow ?? [],
      phases: c.phases ?? [],
    })),
  };
}

export interface LoadConfigOptions {
  /** Accept a `root` outside the config's folder and its git repository (`--allow-outside-root`). */
  allowOutsideRoot?: boolean;
}

/** Read, parse, validate and resolve a config file. Throws ConfigError with one clear message. */
export function loadConfig(cwd: string, given?: string, options: LoadConfigOptions = {}): Config {
  const file = findConfigFile(cwd, given);
  const text = readRegularText(file, {
    what: "the config file",
    maxBytes: 16 * 1024 * 1024,
    error: ConfigError,
  });
  if (text === undefined) throw new ConfigError(`${file}: config file not found`);
  const input = validateConfig(file, parseText(file, text));
  const config = resolveConfig(file, input);
  checkRootFolder(file, config.root);
  if (!options.allowOutsideRoot) checkRootInside(file, config.root, input.root ?? ".");
  return config;
}
