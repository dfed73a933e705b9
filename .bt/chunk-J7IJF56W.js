import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  isIsoDate
} from "./chunk-TKBIOGD2.js";
import {
  withLock
} from "./chunk-2ORFHMPS.js";
import {
  duplicateKeyMessage,
  findDuplicateKey
} from "./chunk-RRBM5MZF.js";
import {
  ssotLayout
} from "./chunk-AFIXXXQQ.js";
import {
  external_exports
} from "./chunk-VHJDUMJJ.js";
import {
  readRegularText,
  withoutBom
} from "./chunk-MHDWAI3I.js";
import {
  ensureFolder,
  writeFileSafely
} from "./chunk-GVSHMJPT.js";
import {
  InputError
} from "./chunk-XGZIY2SH.js";

// dist/history/schema.js
var historySchemaVersion = 1;
var count = external_exports.number().int().nonnegative();
var share = external_exports.number().min(0).max(1);
var consolidationLine = external_exports.strictObject({
  id: external_exports.string().min(1),
  /** null: nothing reached the paths yet ("not started"). */
  deprecatedShare: external_exports.strictObject({ statements: share.nullable(), files: share.nullable() }),
  paths: external_exports.array(external_exports.strictObject({ id: external_exports.string().min(1), files: count, statements: count })),
  /** Added to the spec's shape: per-batch counts, so progress can be shown per batch. */
  batches: external_exports.array(external_exports.strictObject({ id: external_exports.string().min(1), statements: count, deprecatedStatements: count })).optional(),
  phases: external_exports.array(external_exports.strictObject({ id: external_exports.string().min(1), status: external_exports.enum(["met", "not-met", "unknown"]) }))
});
var historyLineSchema = external_exports.strictObject({
  schemaVersion: external_exports.literal(historySchemaVersion),
  date: external_exports.string().refine(isIsoDate, "a date as YYYY-MM-DD"),
  /** The analysed commit; null for a snapshot of a folder that is not in a git repository. */
  commit: external_exports.string().regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, "a full commit id").nullable(),
  source: external_exports.enum(["snapshot", "backfill"]),
  consolidations: external_exports.array(consolidationLine)
});

// dist/history/summary.js
function historyLine(result, stamp) {
  return {
    schemaVersion: historySchemaVersion,
    date: stamp.date,
    commit: stamp.commit,
    source: stamp.source,
    consolidations: result.consolidations.map((c) => ({
      id: c.id,
      deprecatedShare: { statements: c.deprecatedShare.statements, files: c.deprecatedShare.files },
      paths: c.paths.map((p) => ({ id: p.id, files: p.files, statements: p.statements })),
      batches: c.batches.map((b) => ({
        id: b.id,
        statements: b.statements,
        deprecatedStatements: b.deprecatedStatements
      })),
      phases: c.phases.map((p) => ({ id: p.id, status: p.status }))
    }))
  };
}

// dist/history/store.js
import path from "node:path";
var defaultHistoryFile = ssotLayout.history;
function parseHistory(text, file) {
  const lines = [];
  const lineOfDate = /* @__PURE__ */ new Map();
  const body = withoutBom(text);
  body.split("\n").forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.trim() === "")
      return;
    let data;
    try {
      data = JSON.parse(raw);
    } catch (error) {
      throw new InputError(`${file}:${lineNo}: not JSON: ${error.message}`);
    }
    const duplicate = findDuplicateKey(raw);
    if (duplicate) {
      throw new InputError(`${file}:${lineNo}: not a history line: ${duplicateKeyMessage(duplicate).replace(/^\d+:/, "column ")}`);
    }
    const parsed = historyLineSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const at = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
      throw new InputError(`${file}:${lineNo}: not a history line: ${at}${issue?.message ?? "invalid"}`);
    }
    const seen = lineOfDate.get(parsed.data.date);
    if (seen !== void 0) {
      throw new InputError(`${file}:${lineNo}: date ${parsed.data.date} is already on line ${seen}; keep one line per date`);
    }
    lineOfDate.set(parsed.data.date, lineNo);
    lines.push(parsed.data);
  });
  return sortByDate(lines);
}
function readHistory(file) {
  const text = readRegularText(file, { what: "the history" });
  return text === void 0 ? [] : parseHistory(text, file);
}
function sortByDate(lines) {
  return lines.sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
}
function mergeHistory(existing, incoming) {
  const byDate = new Map(existing.map((l) => [l.date, l]));
  for (const line of incoming)
    byDate.set(line.date, line);
  return sortByDate([...byDate.values()]);
}
function formatHistory(lines) {
  return lines.map((l) => `${JSON.stringify(l)}
`).join("");
}
function writeAtomic(file, text, base) {
  writeFileSafely(file, text, { fsync: true, ...base === void 0 ? {} : { base } });
}
function updateHistory(file, incoming, lock = {}) {
  ensureFolder(path.dirname(file), lock.base);
  return withLock(`${file}.lock`, () => {
    const existing = readHistory(file);
    const had = new Set(existing.map((l) => l.date));
    const lines = mergeHistory(existing, incoming);
    writeAtomic(file, formatHistory(lines), lock.base);
    return { lines, replaced: incoming.filter((l) => had.has(l.date)).map((l) => l.date) };
  }, lock);
}

export {
  historyLine,
  defaultHistoryFile,
  readHistory,
  writeAtomic,
  updateHistory
};
