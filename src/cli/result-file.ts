import { readFileSync } from "node:fs";
import path from "node:path";
import { configHash } from "../analyze/index.js";
import type { Config } from "../config/types.js";
import {
  type AnalysisResult,
  analysisResultSchema,
  resultSchemaVersion,
} from "../result/schema.js";
import { InputError } from "../util/errors.js";

/**
 * A saved result (`ssot analyze --format json`, `result.json`), read back so that CI analyses
 * once and renders many times. Validated with the result schema; one made from another
 * configuration is refused, since its paths and phases would not be the config's.
 */
export function readResultFile(cwd: string, given: string, config: Config): AnalysisResult {
  const file = path.resolve(cwd, given);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new InputError(`${given}: cannot read the result: ${(error as Error).message}`, {
      cause: error,
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${given}: not a result JSON file: ${(error as Error).message}`);
  }
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== resultSchemaVersion) {
    throw new InputError(
      `${given}: result schemaVersion ${JSON.stringify(version)} is not supported (this ssot-tracker reads ${resultSchemaVersion}); run \`ssot analyze --format json --out ${given}\` again`,
    );
  }
  const parsed = analysisResultSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      `${given}: not a valid result: ${issue?.path.join(".") || "(top)"}: ${issue?.message ?? "invalid"}`,
    );
  }
  // A fleet result sums many repositories' configs: no one config can match it.
  if (!parsed.data.fleet && parsed.data.source.configHash !== configHash(config)) {
    throw new InputError(
      `${given}: analysed with another configuration than ${path.relative(cwd, config.file) || config.file} (config hash differs); analyse again with this config`,
    );
  }
  return parsed.data;
}
