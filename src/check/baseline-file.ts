import { InputError } from "../util/errors.js";
import { statePath } from "../workspace/layout.js";
import { readRegularText } from "../workspace/read-file.js";
import { writeFileSafely } from "../workspace/safe-write.js";
import { type Baseline, parseBaseline, serializeBaseline } from "./baseline.js";

/** Where `ssot check` keeps the baseline unless told otherwise: `<root>/.ssot/baseline.json`. */
export function defaultBaselineFile(root: string): string {
  return statePath(root, "baseline");
}

export interface LoadedBaseline {
  baseline: Baseline;
  /** The file's text as read (to tell whether an update changes anything). */
  text: string;
}

/** Read and validate a baseline file; `undefined` when it does not exist (and only then). */
export function readBaseline(file: string): LoadedBaseline | undefined {
  const text = readRegularText(file, { what: "the baseline" });
  return text === undefined ? undefined : { baseline: parseBaseline(text, file), text };
}

/**
 * Write the baseline atomically (temp file + rename), so an interrupted run never leaves a
 * half-written baseline behind, and never through a link below `base` (the repository root
 * for the default file). Returns the text written.
 */
export function writeBaseline(file: string, baseline: Baseline, base?: string): string {
  const text = serializeBaseline(baseline);
  try {
    writeFileSafely(file, text, base === undefined ? {} : { base });
  } catch (error) {
    throw new InputError(`${file}: cannot write the baseline: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return text;
}
