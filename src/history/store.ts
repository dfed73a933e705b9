import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import { InputError } from "../util/errors.js";
import { type LockOptions, withLock } from "./lock.js";
import { type HistoryLine, historyLineSchema } from "./schema.js";

/** Where the history lives by default, relative to the repository root. */
export const defaultHistoryFile = ".ssot/history.jsonl";

/**
 * Parse history text. Every problem names the line: a corrupt line is an error, never
 * skipped, because the next write would silently drop it. Blank lines carry no data.
 */
export function parseHistory(text: string, file: string): HistoryLine[] {
  const lines: HistoryLine[] = [];
  const lineOfDate = new Map<string, number>();
  text.split("\n").forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.trim() === "") return;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch (error) {
      throw new InputError(`${file}:${lineNo}: not JSON: ${(error as Error).message}`);
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
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new InputError(`${file}: cannot read the history: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return parseHistory(text, file);
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

/** Write `text` to `file` atomically: a temp file in the same folder, flushed, then renamed over it. */
export function writeAtomic(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    const fd = openSync(tmp, "w");
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // The temp file was never created or is already renamed.
    }
    throw new InputError(`${file}: cannot write: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Add lines to the history file under a lock: read, merge by date, write atomically.
 * Concurrent runs serialise on `<file>.lock`, so neither loses the other's line.
 */
export function updateHistory(
  file: string,
  incoming: readonly HistoryLine[],
  lock: LockOptions = {},
): { lines: HistoryLine[]; replaced: string[] } {
  mkdirSync(path.dirname(file), { recursive: true });
  return withLock(
    `${file}.lock`,
    () => {
      const existing = readHistory(file);
      const had = new Set(existing.map((l) => l.date));
      const lines = mergeHistory(existing, incoming);
      writeAtomic(file, formatHistory(lines));
      return { lines, replaced: incoming.filter((l) => had.has(l.date)).map((l) => l.date) };
    },
    lock,
  );
}
