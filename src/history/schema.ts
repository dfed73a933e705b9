import { z } from "zod";
import { isIsoDate } from "./dates.js";

/**
 * One line of `.ssot/history.jsonl`: a compact, dated summary of an AnalysisResult.
 * Defined once here; the type comes from `z.infer`. Strict objects, so a line written by
 * something else is reported rather than half-read (and then half-rewritten).
 */
export const historySchemaVersion = 1;

const count = z.number().int().nonnegative();
const share = z.number().min(0).max(1);

const consolidationLine = z.strictObject({
  id: z.string().min(1),
  /** null: nothing reached the paths yet ("not started"). */
  deprecatedShare: z.strictObject({ statements: share.nullable(), files: share.nullable() }),
  paths: z.array(z.strictObject({ id: z.string().min(1), files: count, statements: count })),
  /** Added to the spec's shape: per-batch counts, so progress can be shown per batch. */
  batches: z
    .array(
      z.strictObject({ id: z.string().min(1), statements: count, deprecatedStatements: count }),
    )
    .optional(),
  phases: z.array(
    z.strictObject({ id: z.string().min(1), status: z.enum(["met", "not-met", "unknown"]) }),
  ),
});

export const historyLineSchema = z.strictObject({
  schemaVersion: z.literal(historySchemaVersion),
  date: z.string().refine(isIsoDate, "a date as YYYY-MM-DD"),
  /** The analysed commit; null for a snapshot of a folder that is not in a git repository. */
  commit: z
    .string()
    .regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, "a full commit id")
    .nullable(),
  source: z.enum(["snapshot", "backfill"]),
  consolidations: z.array(consolidationLine),
});

export type HistoryLine = z.infer<typeof historyLineSchema>;
export type ConsolidationLine = z.infer<typeof consolidationLine>;
export type HistorySource = HistoryLine["source"];
