import { InputError } from "../util/errors.js";

/**
 * Calendar dates as `YYYY-MM-DD` strings in UTC. History is keyed by day, and a day
 * must mean the same on every machine, so no local time zone is ever involved.
 */
const dayMs = 86_400_000;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds since the epoch at 00:00 UTC of `date`, or undefined when not a real date. */
function utcMidnight(date: string): number | undefined {
  const m = isoDate.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  // Date.UTC rolls 2025-02-30 over to March: a round trip exposes impossible dates.
  return formatDate(ms) === date ? ms : undefined;
}

export function isIsoDate(date: string): boolean {
  return utcMidnight(date) !== undefined;
}

/** Parse a flag value; `what` names the flag in the message. */
export function parseIsoDate(date: string, what: string): string {
  if (!isIsoDate(date))
    throw new InputError(`${what}: "${date}" is not a date; expected YYYY-MM-DD (e.g. 2025-09-14)`);
  return date;
}

export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Today in UTC. */
export function todayUtc(now: Date = new Date()): string {
  return formatDate(now.getTime());
}

export function addDays(date: string, days: number): string {
  return formatDate(mustParse(date) + days * dayMs);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((mustParse(b) - mustParse(a)) / dayMs);
}

/** The last second of `date` in UTC, as Unix seconds (what `git log %ct` prints). */
export function endOfDayUnix(date: string): number {
  return (mustParse(date) + dayMs) / 1000 - 1;
}

function mustParse(date: string): number {
  const ms = utcMidnight(date);
  if (ms === undefined) throw new InputError(`"${date}" is not a date; expected YYYY-MM-DD`);
  return ms;
}

/** `week`, `day` or `N-days` as a number of days. */
export function parseEvery(every: string): number {
  if (every === "week") return 7;
  if (every === "day") return 1;
  const m = /^([1-9]\d{0,3})-days?$/.exec(every);
  if (m) return Number(m[1]);
  throw new InputError(
    `--every: "${every}" is not a step; expected week, day or N-days (e.g. 14-days)`,
  );
}

/** since, since + step, … up to and including until. */
export function sampleDates(since: string, until: string, stepDays: number): string[] {
  if (daysBetween(since, until) < 0)
    throw new InputError(`--since ${since} is after --until ${until}`);
  const dates: string[] = [];
  for (let d = since; daysBetween(d, until) >= 0; d = addDays(d, stepDays)) dates.push(d);
  return dates;
}
