import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  InputError
} from "./chunk-XGZIY2SH.js";

// dist/history/dates.js
var dayMs = 864e5;
var isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
function utcMidnight(date) {
  const m = isoDate.exec(date);
  if (!m)
    return void 0;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  return formatDate(ms) === date ? ms : void 0;
}
function isIsoDate(date) {
  return utcMidnight(date) !== void 0;
}
function parseIsoDate(date, what) {
  if (!isIsoDate(date))
    throw new InputError(`${what}: "${date}" is not a date; expected YYYY-MM-DD (e.g. 2025-09-14)`);
  return date;
}
function formatDate(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function todayUtc(now = /* @__PURE__ */ new Date()) {
  return formatDate(now.getTime());
}
function addDays(date, days) {
  return formatDate(mustParse(date) + days * dayMs);
}
function daysBetween(a, b) {
  return Math.round((mustParse(b) - mustParse(a)) / dayMs);
}
function endOfDayUnix(date) {
  return (mustParse(date) + dayMs) / 1e3 - 1;
}
function mustParse(date) {
  const ms = utcMidnight(date);
  if (ms === void 0)
    throw new InputError(`"${date}" is not a date; expected YYYY-MM-DD`);
  return ms;
}
function parseEvery(every) {
  if (every === "week")
    return 7;
  if (every === "day")
    return 1;
  const m = /^([1-9]\d{0,3})-days?$/.exec(every);
  if (m)
    return Number(m[1]);
  throw new InputError(`--every: "${every}" is not a step; expected week, day or N-days (e.g. 14-days)`);
}
function sampleDates(since, until, stepDays) {
  if (daysBetween(since, until) < 0)
    throw new InputError(`--since ${since} is after --until ${until}`);
  const dates = [];
  for (let d = since; daysBetween(d, until) >= 0; d = addDays(d, stepDays))
    dates.push(d);
  return dates;
}

export {
  isIsoDate,
  parseIsoDate,
  todayUtc,
  addDays,
  daysBetween,
  endOfDayUnix,
  parseEvery,
  sampleDates
};
