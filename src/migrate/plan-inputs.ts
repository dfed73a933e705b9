import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { otherBatch } from "../analyze/measure/measure.js";
import type { Config, Consolidation } from "../config/types.js";
import type { PythonScan } from "../languages/python/scan-types.js";
import { decodePython, scanPython } from "../languages/python/scanner.js";
import type { AnalysisResult, ConsolidationResult } from "../result/schema.js";
import { errorCode, InputError } from "../util/errors.js";
import { javascriptSyntaxError, type ModuleExports, readExports } from "./js-exports.js";

export interface PlanOptions {
  /** Only this consolidation (default: every one). */
  consolidation?: string;
  /** Only files of this batch (`other`: files no batch matches). */
  batch?: string;
  /** Only edges on this deprecated path id. */
  path?: string;
  /** Also rewrite string references (`mock.patch("pkg.shim.X")`, `jest.mock("./shim")`). */
  strings?: boolean;
}

/** A repository file as the planner reads it: exact bytes identity, text, and lazy analyses. */
export interface Loaded {
  abs: string;
  text: string;
  bom: boolean;
  hash: string;
  python(): PythonScan;
  /** The first syntax error (Python scan or TypeScript parse), as the refusal reason. */
  syntaxError(): string | undefined;
  exports(): ModuleExports;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function once<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => {
    value ??= { v: make() };
    return value.v;
  };
}

function load(root: string, file: string): Loaded | Error {
  const abs = path.join(root, file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch (error) {
    return new Error(`the file cannot be read (${errorCode(error)})`);
  }
  try {
    strictUtf8.decode(bytes); // offsets must map back to the same bytes when written
  } catch {
    return new Error("the file is not valid UTF-8");
  }
  const text = decodePython(bytes); // UTF-8 without a byte order mark, for any language
  const python = once(() => scanPython(text));
  return {
    abs,
    text,
    bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf,
    hash: createHash("sha256").update(bytes).digest("hex"),
    python,
    syntaxError: once(() => {
      if (!file.endsWith(".py")) {
        const error = javascriptSyntaxError(text, file);
        return error ? `syntax error in the file (${error})` : undefined;
      }
      const e = python().errors[0];
      return e ? `syntax error in the file (line ${e.line}: ${e.message})` : undefined;
    }),
    exports: once(() => readExports(text, file)),
  };
}

/** Reads each repository file once; an Error says why it cannot be rewritten. */
export function loader(root: string): (file: string) => Loaded | Error {
  const cache = new Map<string, Loaded | Error>();
  return (file) => {
    let loaded = cache.get(file);
    if (!loaded) {
      loaded = load(root, file);
      cache.set(file, loaded);
    }
    return loaded;
  };
}

/** The consolidations of this run, with their results; `--batch`/`--path` values checked. */
export function selectConsolidations(config: Config, result: AnalysisResult, options: PlanOptions) {
  const ids = config.consolidations.map((c) => c.id);
  if (options.consolidation !== undefined && !ids.includes(options.consolidation)) {
    throw new InputError(
      `--consolidation: unknown id "${options.consolidation}"; consolidations: ${ids.join(", ")}`,
    );
  }
  const chosen = config.consolidations.filter(
    (c) => options.consolidation === undefined || c.id === options.consolidation,
  );
  const batches = [...new Set(chosen.flatMap((c) => [...c.batches.map((b) => b.id), otherBatch]))];
  if (options.batch !== undefined && !batches.includes(options.batch)) {
    throw new InputError(
      `--batch: unknown batch "${options.batch}"; batches: ${batches.join(", ")}`,
    );
  }
  const paths = [
    ...new Set(
      chosen.flatMap((c) => c.paths.filter((p) => p.role !== "canonical").map((p) => p.id)),
    ),
  ];
  if (options.path !== undefined && !paths.includes(options.path)) {
    throw new InputError(
      `--path: "${options.path}" is no deprecated path; deprecated paths: ${paths.join(", ")}`,
    );
  }
  return chosen
    .map((c) => ({ c, r: result.consolidations.find((r) => r.id === c.id) }))
    .filter((x): x is { c: Consolidation; r: ConsolidationResult } => x.r !== undefined);
}
