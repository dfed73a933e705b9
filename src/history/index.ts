/** The history: dated summaries of the analysis (snapshot, backfill from git) and the progress view. */
export { type BackfillOptions, type BackfillResult, backfill } from "./backfill.js";
export { BlobScanCache } from "./blob-cache.js";
export { type ProgressTargets, progressSection, progressTargets } from "./progress.js";
export { type HistoryLine, historyLineSchema, historySchemaVersion } from "./schema.js";
export { snapshotLine, snapshotLineOf } from "./snapshot.js";
export {
  defaultHistoryFile,
  mergeHistory,
  parseHistory,
  readHistory,
  updateHistory,
} from "./store.js";
export { historyLine } from "./summary.js";
export { leastSquares, projectDate, velocity, velocityWindow } from "./trend.js";
