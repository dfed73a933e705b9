import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  historyBaseOf,
  historyFileOf,
  historyOption,
  shown
} from "./chunk-HOV3JYDA.js";
import {
  configForResult
} from "./chunk-DOHJDJ6W.js";
import {
  historyLine,
  readHistory,
  updateHistory
} from "./chunk-J7IJF56W.js";
import {
  parseIsoDate,
  todayUtc
} from "./chunk-TKBIOGD2.js";
import "./chunk-2ORFHMPS.js";
import {
  analyzeOptions,
  readResultFile,
  resultOptions,
  warnProblems,
  withScanProgress
} from "./chunk-C4VPOCQV.js";
import {
  analyze
} from "./chunk-OMCO46RY.js";
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
import "./chunk-NL5M6RYS.js";
import "./chunk-OVDC6TOV.js";
import "./chunk-C7PHYS7N.js";
import "./chunk-CXEH4STO.js";
import "./chunk-VHNT77KF.js";
import "./chunk-MHDWAI3I.js";
import "./chunk-GVSHMJPT.js";
import "./chunk-XGZIY2SH.js";
import "./chunk-KBQ5HHDO.js";

// dist/history/snapshot.js
async function snapshotLine(config, date, options2 = {}) {
  return snapshotLineOf(await analyze(config, options2), date);
}
function snapshotLineOf(result, date) {
  return historyLine(result, { date, commit: result.source.commit ?? null, source: "snapshot" });
}

// dist/merge/fleet-history.js
function withRepositoryLines(result) {
  if (!result.fleet)
    return result;
  const perRepository = result.fleet.repositories.flatMap((repo) => repo.consolidations.map((c) => {
    const whole = result.consolidations.find((x) => x.id === c.id);
    return {
      id: `${c.id}@${repo.name}`,
      title: `${whole?.title ?? c.id} (${repo.name})`,
      paths: c.paths.map((p) => {
        const path = whole?.paths.find((x) => x.id === p.id);
        return {
          id: p.id,
          module: path?.module ?? p.id,
          role: p.role,
          exists: true,
          deprecated: p.role !== "canonical",
          files: p.files,
          statements: p.statements,
          nestedStatements: 0,
          typeCheckingStatements: 0,
          stringReferences: 0,
          unrelatedStatements: 0,
          allowedStatements: 0
        };
      }),
      symbols: {},
      totals: c.totals,
      deprecatedShare: c.deprecatedShare,
      edges: [],
      unrelatedImports: [],
      allowedEdges: [],
      blockers: [],
      problems: [],
      internalEdges: [],
      stringReferences: [],
      implementations: [],
      batches: [],
      phases: []
    };
  }));
  return { ...result, consolidations: [...result.consolidations, ...perRepository] };
}

// dist/cli/commands/snapshot.js
var options = (y) => resultOptions(y).option("history", historyOption).option("date", {
  type: "string",
  describe: "the date of the line, YYYY-MM-DD (default: today, UTC)"
});
var command = defineCommand({
  name: "snapshot",
  description: "add today's metrics of the working tree to the history (one line per date)",
  options,
  run: (a, io) => runSnapshot(a, io)
});
async function runSnapshot(args, io) {
  const config = configForResult(io, args);
  const date = args.date ? parseIsoDate(args.date, "--date") : todayUtc();
  const file = historyFileOf(io, config, args.history);
  readHistory(file);
  let line;
  if (args.result) {
    const result = readResultFile(io.cwd, args.result, config);
    warnProblems(result, io);
    line = snapshotLineOf(withRepositoryLines(result), date);
  } else {
    line = await withScanProgress(io, (progress) => snapshotLine(config, date, analyzeOptions(args, io, progress)));
  }
  const { lines, replaced } = updateHistory(file, [line], {
    base: historyBaseOf(io, config, args.history)
  });
  const shares = line.consolidations.map((c) => c.deprecatedShare.statements === null ? `${c.id} not started` : `${c.id} ${(c.deprecatedShare.statements * 100).toFixed(1)}% deprecated`);
  io.stdout.write(`${replaced.length > 0 ? "replaced" : "added"} ${date}${line.commit ? ` (${line.commit.slice(0, 12)})` : ""} in ${shown(io, file)}: ${shares.join(", ")}; ${lines.length} point${lines.length === 1 ? "" : "s"}
`);
  return ExitCode.ok;
}
export {
  command
};
