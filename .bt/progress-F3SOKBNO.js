import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  historyFileOf,
  historyOption,
  shown
} from "./chunk-HOV3JYDA.js";
import {
  formatsOf,
  reporter
} from "./chunk-VJTLTIY7.js";
import {
  progressSection,
  progressTargets
} from "./chunk-6GOYBYID.js";
import {
  configForHistory
} from "./chunk-DOHJDJ6W.js";
import {
  historyLine,
  readHistory
} from "./chunk-J7IJF56W.js";
import {
  parseIsoDate,
  todayUtc
} from "./chunk-TKBIOGD2.js";
import "./chunk-YOAXWKHQ.js";
import "./chunk-2ORFHMPS.js";
import "./chunk-JD74CQL3.js";
import {
  analyzeWithProgress,
  resultOptions
} from "./chunk-C4VPOCQV.js";
import "./chunk-OMCO46RY.js";
import "./chunk-AQFLRR5H.js";
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
  writeOutput
} from "./chunk-TOPJG2UI.js";
import "./chunk-NL5M6RYS.js";
import "./chunk-OVDC6TOV.js";
import "./chunk-C7PHYS7N.js";
import "./chunk-CXEH4STO.js";
import "./chunk-VHNT77KF.js";
import "./chunk-MHDWAI3I.js";
import "./chunk-GVSHMJPT.js";
import {
  InputError
} from "./chunk-XGZIY2SH.js";
import "./chunk-KBQ5HHDO.js";

// dist/cli/commands/progress.js
var options = (y) => resultOptions(y).option("history", historyOption).option("analyze", {
  type: "boolean",
  default: false,
  describe: "analyse the working tree: its state is the last point when the history ends earlier"
}).option("today", {
  type: "string",
  describe: "the date due dates are judged on, YYYY-MM-DD (default: today, UTC)"
}).option("format", {
  choices: formatsOf("progress"),
  default: "markdown",
  describe: "output format"
}).option("out", { type: "string", describe: "write the output to this file instead of stdout" });
var command = defineCommand({
  name: "progress",
  description: "the progress summary for stakeholders: trend, velocity, projected dates",
  options,
  run: (a, io) => runProgress(a, io)
});
async function runProgress(args, io) {
  const config = configForHistory(io, args);
  const today = args.today ? parseIsoDate(args.today, "--today") : todayUtc();
  const file = historyFileOf(io, config, args.history);
  const lines = readHistory(file);
  const wantsCurrent = args.result !== void 0 || args.analyze === true;
  if (lines.length === 0 && !wantsCurrent) {
    throw new InputError(`${shown(io, file)}: no history yet; run \`ssot snapshot\` or \`ssot backfill --since DATE\` first`);
  }
  const result = wantsCurrent ? await analyzeWithProgress(config, { cache: args.cache ?? true, cacheDir: args.cacheDir, result: args.result }, io) : void 0;
  const current = result ? historyLine(result, { date: today, commit: result.source.commit ?? null, source: "snapshot" }) : void 0;
  const view = progressSection(lines, progressTargets(config), {
    source: shown(io, file),
    today,
    ...current ? { current } : {}
  });
  const text = reporter("progress", args.format)(view);
  if (args.out) {
    const written = writeOutput(io.cwd, args.out, text);
    io.stderr.write(`wrote ${shown(io, written)}
`);
  } else {
    io.stdout.write(text);
  }
  return ExitCode.ok;
}
export {
  command
};
