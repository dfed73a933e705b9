import { z } from "zod";

/** Zod fields shared by the config schema and the metrics' own criterion schemas. */

export const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "an id of letters, digits, '-', '_' or '.'")
  .describe("Identifier used in outputs, baselines and history; keep it stable.");

export const globs = z
  .array(z.string().min(1))
  .describe("Glob patterns, relative to the repository root.");

export const bounds = {
  min: z.number().optional().describe("The actual value must be at least this."),
  max: z.number().optional().describe("The actual value must be at most this."),
};
