import type { PythonScan, WarnCall } from "./scan-types.js";

const CATEGORIES = ["DeprecationWarning", "PendingDeprecationWarning"];

/**
 * The module-level warn calls that name DeprecationWarning or PendingDeprecationWarning,
 * outside `__getattr__`: what the `deprecation-warnings` metric and `ssot init` count.
 */
export function deprecationCalls(scan: PythonScan): WarnCall[] {
  return scan.warnings.filter((w) => !w.inGetattr && w.names.some((n) => CATEGORIES.includes(n)));
}
