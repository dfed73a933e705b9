import path from "node:path";
import { InputError } from "../util/errors.js";
import { duplicateKeyMessage, findDuplicateKey } from "../util/strict-json.js";
import { ssotLayout } from "../workspace/layout.js";
import { type LockOptions, withLock } from "../workspace/lock.js";
import { readRegularText, withoutBom } from "../workspace/read-file.js";
import { ensureFolder, writeFileSafely } from "../workspace/safe-write.js";
import { type HistoryLine, historyLineSchema } from "./schema.js";

/** Where the history lives by default, relative to the repository root. */
export const defaultHistoryFile = ssotLayout.history;

/**
 * Parse history text. Every problem names the line: a corrupt line is an error, never
 * skipped, because the next write would silently drop it. Blank lines carry no data.
 */
export function parseHistory(text: string, file: string): HistoryLine[] {
  const lines: HistoryLine[] = [];
  const lineOfDate = new Map<string, number>();
  const body = withoutBom(text);
  body.split("\n").forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.trim() === "") return;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch (error) {
      throw new InputError(`${file}:${lineNo}: not JSON: ${(error as Error).message}`);
    }
    const duplicate = findDuplicateKey(raw);
    if (duplicate) {
      throw new InputError(
        `${file}:${lineNo}: not a history line: ${duplicateKeyMessage(duplicate).replace(/^\d+:/, "column ")}`,
      );
    }
    const parsed = historyLineSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const at = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
      throw new InputError(
        `${file}:${lineNo}: not a history line: ${at}${issue?.message ?? "invalid"}`,
      );
    }
    const seen = lineOfDate.get(parsed.data.date);
    if (seen !== undefined) {
      throw new InputError(
        `${file}:${lineNo}: date ${parsed.data.date} is already on line ${seen}; keep one line per date`,
      );
    }
    lineOfDate.set(parsed.data.date, lineNo);
    lines.push(parsed.data);
  });
  return sortByDate(lines);
}

/** The history in `file`; empty when the file does not exist yet. */
export function readHistory(file: string): HistoryLine[] {
  const text = readRegularText(file, { what: "the history" });
  return text === undefined ? [] : parseHistory(text, file);
}

function sortByDate(lines: HistoryLine[]): HistoryLine[] {
  return lines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** `existing` with `incoming` added; an incoming line replaces the line of the same date. Oldest first. */
export function mergeHistory(
  existing: readonly HistoryLine[],
  incoming: readonly HistoryLine[],
): HistoryLine[] {
  const byDate = new Map(existing.map((l) => [l.date, l]));
  for (const line of incoming) byDate.set(line.date, line);
  return sortByDate([...byDate.values()]);
}

export function formatHistory(lines: readonly HistoryLine[]): string {
  return lines.map((l) => `${JSON.stringify(l)}\n`).join("");
}

/**
 * Write `text` to `file` atomically: a temp file in the same folder, flushed, then renamed
 * over it; never through a link below `base`.
 */
export function writeAtomic(file: string, text: string, base?: string): void {
  writeFileSafely(file, text, { fsync: true, ...(base === undefined ? {} : { base }) });
}

export interface UpdateOptions extends LockOptions {
  /** A trusted folder above the file (the repository root): no links are followed below it. */
  base?: string;
}

/**
 * Add lines to the history file under a lock: read, merge by date, write atomically.
 * Concurrent runs serialise on `<file>.lock`, so neither loses the other's line.
 */
export function updateHistory(
  file: string,
  incoming: readonly HistoryLine[],
  lock: UpdateOptions = {},
): { lines: HistoryLine[]; replaced: string[] } {
  // The lock file goes in the same folder: it must not be reached through a link either.
  ensureFolder(path.dirname(file), lock.base);
  return withLock(
    `${file}.lock`,
    () => {
      const existing = readHistory(file);
      const had = new Set(existing.map((l) => l.date));
      const lines = mergeHistory(existing, incoming);
      writeAtomic(file, formatHistory(lines), lock.base);
      return { lines, replaced: incoming.filter((l) => had.has(l.date)).map((l) => l.date) };
    },
    lock,
  );
}
