import { endOfDayUnix } from "./dates.js";

/** A commit of the first-parent line, as `git log --first-parent --format='%H %ct'` lists it (newest first). */
export interface LineCommit {
  commit: string;
  /** Committer date, Unix seconds. */
  time: number;
}

export interface Sample {
  date: string;
  commit: string;
}

export interface Sampling {
  samples: Sample[];
  /** Sample dates before the first commit of the line. */
  skipped: string[];
}

export function parseFirstParentLog(text: string): LineCommit[] {
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => {
      const [commit = "", time = ""] = l.trim().split(" ");
      return { commit, time: Number(time) };
    });
}

/**
 * For each date, the newest commit of the line (in first-parent order, from the tip) whose
 * committer date is at most that day's 23:59:59 UTC. Dates with no such commit are skipped.
 */
export function pickCommits(line: readonly LineCommit[], dates: readonly string[]): Sampling {
  const samples: Sample[] = [];
  const skipped: string[] = [];
  for (const date of dates) {
    const cutoff = endOfDayUnix(date);
    const found = line.find((c) => c.time <= cutoff);
    if (found) samples.push({ date, commit: found.commit });
    else skipped.push(date);
  }
  return { samples, skipped };
}
