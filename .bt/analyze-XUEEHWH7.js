import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  parseShard,
  scanShard,
  shardJson
} from "./chunk-64KF52XX.js";
import {
  analyzeReporters,
  formatsIn,
  pickReporter
} from "./chunk-JD74CQL3.js";
import {
  analyzeOptions,
  analyzeWithProgress,
  cacheOptions,
  commandConfig,
  problemLines,
  withScanProgress
} from "./chunk-C4VPOCQV.js";
import "./chunk-OMCO46RY.js";
import "./chunk-AQFLRR5H.js";
import {
  outputMemoRecorder
} from "./chunk-SNZDXHSB.js";
import "./chunk-NPKQCN5C.js";
import "./chunk-RZVQHAKH.js";
import "./chunk-BOARFHT4.js";
import "./chunk-UKP2FFEH.js";
import "./chunk-RRBM5MZF.js";
import {
  defineCommand
} from "./chunk-XILY4NM5.js";
import "./chunk-AFIXXXQQ.js";
import "./chunk-LSQSVOAV.js";
import "./chunk-VHJDUMJJ.js";
import {
  ExitCode
} from "./chunk-SYB2EIB4.js";
import "./chunk-NHYMEZ54.js";
import "./chunk-3X7W323C.js";
import "./chunk-ANWQWNOV.js";
import {
  emitOutput,
  useColor
} from "./chunk-TOPJG2UI.js";
import "./chunk-NL5M6RYS.js";
import "./chunk-OVDC6TOV.js";
import "./chunk-C7PHYS7N.js";
import "./chunk-CXEH4STO.js";
import "./chunk-VHNT77KF.js";
import "./chunk-MHDWAI3I.js";
import "./chunk-GVSHMJPT.js";
import "./chunk-XGZIY2SH.js";
import "./chunk-KBQ5HHDO.js";

// dist/cli/commands/analyze.js
var options = (y) => cacheOptions(y).option("format", {
  choices: formatsIn(analyzeReporters),
  default: "text",
  describe: "output format"
}).option("out", {
  type: "string",
  describe: "write the output to this file instead of stdout"
}).option("shard", {
  type: "string",
  describe: "K/N: scan only this slice of the files, for `ssot merge` (writes JSON)"
});
var command = defineCommand({
  name: "analyze",
  description: "build the module graph, classify imports, evaluate phases",
  options,
  run: (a, io) => runAnalyze({
    ...a.config ? { config: a.config } : {},
    allowOutsideRoot: a.allowOutsideRoot,
    format: a.format,
    ...a.out ? { out: a.out } : {},
    cache: a.cache,
    ...a.cacheDir ? { cacheDir: a.cacheDir } : {},
    ...a.shard ? { shard: a.shard } : {}
  }, io)
});
async function runAnalyze(args, io, known) {
  const memo = outputMemoRecorder(args, io);
  const config = commandConfig(io, args);
  if (args.shard !== void 0)
    return runShard(config, args, args.shard, io);
  const shownInText = args.format === "text" && !args.out;
  const same = known?.root === config.root ? known : void 0;
  const onWorkingTree = memo.watch(config, same);
  const result = await analyzeWithProgress(config, args, io, {
    warn: false,
    ...onWorkingTree ? { onWorkingTree } : {},
    ...same ? { known: same } : {}
  });
  const warnings = shownInText ? "" : problemLines(result);
  io.stderr.write(warnings);
  const text = pickReporter("analyze", analyzeReporters, args.format)(result, { color: !args.out && useColor(io) });
  emit(args, text, io);
  memo.save(result.source.commit, warnings, text);
  return ExitCode.ok;
}
async function runShard(config, args, given, io) {
  const shard = parseShard(given);
  const facts = await withScanProgress(io, (progress) => {
    const o = analyzeOptions(args, io, progress);
    return scanShard(config, shard, {
      ...o.cache === false ? { cache: false } : {},
      ...o.cacheDir ? { cacheDir: o.cacheDir } : {},
      onProgress: (done, total) => progress.update(done, total),
      ...o.onWarning ? { onWarning: o.onWarning } : {}
    });
  });
  io.stderr.write(`shard ${shard.index}/${shard.count}: ${facts.scans.length} of ${facts.fileList.count} files scanned; \`ssot merge\` the ${shard.count} shard files into the result
`);
  emit(args, shardJson(facts), io);
  return ExitCode.ok;
}
function emit(args, text, io) {
  emitOutput(args.out, text, io);
}
export {
  command,
  runAnalyze
};
