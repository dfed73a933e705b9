import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { InputError } from "../util/errors.js";
import { type Baseline, parseBaseline, serializeBaseline } from "./baseline.js";

/** Where `ssot check` keeps the baseline unless told otherwise: `<root>/.ssot/baseline.json`. */
export function defaultBaselineFile(root: string): string {
  return path.join(root, ".ssot", "baseline.json");
}

export interface LoadedBaseline {
  baseline: Baseline;
  /** The file's text as read (to tell whether an update changes anything). */
  text: string;
}

/** Read and validate a baseline file; `undefined` when it does not exist (and only then). */
export function readBaseline(file: string): LoadedBaseline | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new InputError(`${file}: cannot read the baseline: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return { baseline: parseBaseline(text, file), text };
}

/**
 * Write the baseline atomically (temp file + rename), so an interrupted run never leaves a
 * half-written baseline behind. Returns the text written.
 */
export function writeBaseline(file: string, baseline: Baseline): string {
  const text = serializeBaseline(baseline);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temp, text);
    renameSync(temp, file);
  } catch (error) {
    throw new InputError(`${file}: cannot write the baseline: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return text;
}
