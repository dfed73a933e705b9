import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  readRegularText
} from "./chunk-MHDWAI3I.js";
import {
  writeFileSafely
} from "./chunk-GVSHMJPT.js";

// dist/workspace/analysis-memo.js
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import path from "node:path";
var memoFormat = 1;
function memoKey(inputs) {
  const hash = createHash("sha256");
  hash.update(JSON.stringify([
    memoFormat,
    inputs.tool,
    inputs.configHash,
    inputs.configFile,
    inputs.root,
    inputs.commit ?? null,
    inputs.lastMigration ?? null,
    inputs.extra ?? null,
    inputs.skipped
  ]));
  for (const f of inputs.files)
    hash.update(`
${f.file}\0${f.version}`);
  return hash.digest("hex");
}
function memoFile(cacheDir, root) {
  const key = createHash("sha1").update(root).digest("hex").slice(0, 16);
  return path.join(cacheDir, `result-${key}.json`);
}
function readMemo(file, key) {
  try {
    const text = readRegularText(file, { what: "the result memo" });
    if (text === void 0)
      return void 0;
    const newline = text.indexOf("\n");
    if (newline < 0 || text.slice(0, newline) !== key)
      return void 0;
    return JSON.parse(text.slice(newline + 1));
  } catch {
    return void 0;
  }
}
function writeMemo(file, key, result) {
  writeFileSafely(file, `${key}
${JSON.stringify(result)}`);
}
function installedPackagesStamp(root) {
  return ["node_modules", "node_modules/.package-lock.json"].map((p) => stampOf(path.join(root, p))).join(",");
}
function stampOf(abs) {
  return stampOfStats(statSync(abs, { throwIfNoEntry: false }));
}
var linkWitness = (rel) => `${rel}\0`;
function linkStampOf(abs, real) {
  return `${stampOf(abs)}@${real ?? ""}`;
}
function stampOfStats(st) {
  return st ? `${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.ino}:${st.mode}` : "-";
}
var versionOfStamp = (stamp) => stamp.slice(0, stamp.lastIndexOf(":"));
var racyMs = 2e3;
function isRacy(stamp, since) {
  if (stamp === "-" || stamp.startsWith("-@"))
    return false;
  const at = stamp.indexOf(":", stamp.indexOf(":") + 1) + 1;
  return !(Number(stamp.slice(at, stamp.indexOf(":", at))) < since);
}
var outputMemoFormat = 3;
function outputMemoFile(cacheDir, slot) {
  return path.join(cacheDir, `output-${slot.slice(0, 16)}.json`);
}
function outputMemoKey(parts) {
  return createHash("sha256").update(JSON.stringify([outputMemoFormat, ...parts])).digest("hex");
}
var extraWitnesses = [".ssot", ".ssot/last-migration.json"];
var provenPaths = (files, witnesses) => [
  ...extraWitnesses,
  ...witnesses,
  ...files
];
function treeStamps(root, paths) {
  return paths.map((p) => stampOf(absOf(root, p)));
}
var absOf = (root, rel) => rel === "" ? root : `${root}${path.sep}${rel}`;
function outsideGit(root) {
  for (let dir = root; ; dir = path.dirname(dir)) {
    if (statSync(path.join(dir, ".git"), { throwIfNoEntry: false }))
      return false;
    if (path.dirname(dir) === dir)
      return true;
  }
}
function readOutputMemo(file, key) {
  try {
    const text = readRegularText(file, { what: "the output memo" });
    if (text === void 0)
      return void 0;
    const newline = text.indexOf("\n");
    if (newline < 0)
      return void 0;
    const stored = JSON.parse(text.slice(0, newline));
    if (stored.key !== key)
      return void 0;
    const memo = {
      ...stored,
      files: split(stored.files),
      witnesses: split(stored.witnesses),
      stamps: split(stored.stamps)
    };
    return { memo, output: text.slice(newline + 1) };
  } catch {
    return void 0;
  }
}
var NL = "\n";
var split = (text) => text.split(NL).slice(1);
var joined = (paths) => paths.map((p) => NL + p).join("");
function writeOutputMemo(file, memo, output) {
  if (memo.files.some((p) => p.includes(NL)) || memo.witnesses.some((p) => p.includes(NL)))
    return;
  const stored = {
    ...memo,
    files: joined(memo.files),
    witnesses: joined(memo.witnesses),
    stamps: joined(memo.stamps)
  };
  writeFileSafely(file, [`${JSON.stringify(stored)}
`, output]);
}

export {
  memoKey,
  memoFile,
  readMemo,
  writeMemo,
  installedPackagesStamp,
  stampOf,
  linkWitness,
  linkStampOf,
  stampOfStats,
  versionOfStamp,
  racyMs,
  isRacy,
  outputMemoFile,
  outputMemoKey,
  extraWitnesses,
  provenPaths,
  treeStamps,
  outsideGit,
  readOutputMemo,
  writeOutputMemo
};
