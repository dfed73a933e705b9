import { z } from "zod";
import { criterionSchema } from "../metrics/index.js";
import { globs, id } from "./fields.js";

/**
 * The configuration file, defined once: TypeScript types come from `z.infer`, and the
 * published JSON Schema (`schema/ssot.config.schema.json`) is generated from it.
 * Every object is strict so a typo is an error that names the key, not a silent default.
 */

export const pathRoles = ["canonical", "shim", "direct", "reexport"] as const;

const pathSchema = z.strictObject({
  id,
  module: z
    .string()
    .min(1)
    .describe("Dotted Python module (pkg.mod) or, for JS/TS, a repository-relative file."),
  role: z
    .enum(pathRoles)
    .describe(
      "canonical: the single source of truth; shim: a legacy re-export module; direct: an implementation module imported directly; reexport: a package that re-exports.",
    ),
  removed: z
    .boolean()
    .optional()
    .describe(
      "The module was deleted on purpose: its absence counts as done instead of as a likely typo.",
    ),
});

/** A calendar date: the round trip through Date rejects 2025-02-30. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
  .refine((d) => {
    const ms = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === d;
  }, "a calendar date as YYYY-MM-DD");

const gateSchema = z.union([
  z.boolean(),
  z.strictObject({
    due: isoDate.describe(
      "Until this date (inclusive) a phase not met is a notice; after it, `ssot check` fails.",
    ),
  }),
]);

const phaseSchema = z.strictObject({
  id,
  title: z.string().optional(),
  due: isoDate
    .optional()
    .describe("When the plan wants this phase met: `ssot progress` projects against it."),
  gate: gateSchema
    .optional()
    .describe(
      "true: `ssot check` fails while this phase is not met; { due: YYYY-MM-DD }: a notice until then, failing after it.",
    ),
  criteria: z.array(criterionSchema).min(1),
});

const batchSchema = z.strictObject({
  id,
  include: globs.min(1),
  exclude: globs.optional(),
});

const allowSchema = z.strictObject({
  file: z.string().min(1).describe("Glob of the importing files, relative to the repository root."),
  path: id.optional().describe("Only imports on this path id (default: every deprecated path)."),
  reason: z.string().min(1).describe("Why these deprecated imports stay (shown in every output)."),
});

const implementationSchema = z.strictObject({
  classPattern: z.string().min(1).describe("Regular expression matched against class names."),
  include: globs.optional(),
  exclude: globs.optional(),
});

const consolidationSchema = z.strictObject({
  id,
  title: z.string().optional(),
  paths: z.array(pathSchema).min(1),
  symbols: z
    .record(z.string(), z.string())
    .optional()
    .describe("Deprecated name -> canonical name, for migrate."),
  factories: z
    .record(z.string(), z.string())
    .optional()
    .describe(
      "Deprecated class -> factory the canonical module defines: migrate rewrites Class(...) calls into factory(...).",
    ),
  implementation: implementationSchema.optional(),
  batches: z.array(batchSchema).optional().describe("First match wins; the rest is 'other'."),
  allow: z
    .array(allowSchema)
    .optional()
    .describe(
      "Deprecated imports kept on purpose (like `# ssot: allow -- reason`): counted apart, never failing `check`.",
    ),
  phases: z.array(phaseSchema).optional(),
});

export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  root: z.string().optional().describe("Repository root, relative to the config file."),
  exclude: globs.optional().describe("On top of .gitignore, which is honoured."),
  python: z
    .strictObject({
      sourceRoots: z
        .array(z.string())
        .min(1)
        .optional()
        .describe("Folders whose children are top-level packages."),
    })
    .optional(),
  javascript: z
    .strictObject({
      tsConfig: z
        .string()
        .optional()
        .describe(
          "The tsconfig whose paths/baseUrl resolve JS/TS imports, relative to root (default: tsconfig.json at the root, if any).",
        ),
    })
    .optional(),
  report: z
    .strictObject({
      linkTemplate: z
        .string()
        .optional()
        .describe("e.g. https://host/org/repo/blob/{commit}/{file}#L{line}"),
    })
    .optional(),
  consolidations: z.array(consolidationSchema).min(1),
});

export type ConfigInput = z.infer<typeof configSchema>;
export type ConsolidationConfig = z.infer<typeof consolidationSchema>;
export type PathConfig = z.infer<typeof pathSchema>;
export type { CriterionConfig } from "../metrics/index.js";
export type PhaseConfig = z.infer<typeof phaseSchema>;
export type BatchConfig = z.infer<typeof batchSchema>;
export type AllowConfig = z.infer<typeof allowSchema>;
