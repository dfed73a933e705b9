/** `ssot check`: the CI ratchet on new deprecated edges, as a library. */
export {
  type Baseline,
  type BaselineEntry,
  baselineFileSchema,
  baselineSchemaVersion,
  emptyBaseline,
  parseBaseline,
  serializeBaseline,
} from "./baseline.js";
export {
  defaultBaselineFile,
  type LoadedBaseline,
  readBaseline,
  writeBaseline,
} from "./baseline-file.js";
export { changedFilesSince } from "./changed-files.js";
export {
  type CheckOptions,
  type CheckOutcome,
  checkBaseline,
  type GateOutcome,
  updatedBaseline,
} from "./compare.js";
export {
  type DeprecatedEdge,
  deprecatedEdges,
  type EdgeIdentity,
} from "./identity.js";
export { type BaselineUpdate, type CheckReport, checkFailed } from "./report.js";
