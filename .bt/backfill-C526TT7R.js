import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  historyBaseOf,
  historyFileOf,
  historyOption,
  shown
} from "./chunk-HOV3JYDA.js";
import {
  historyLine,
  readHistory,
  updateHistory,
  writeAtomic
} from "./chunk-J7IJF56W.js";
import {
  endOfDayUnix,
  parseEvery,
  parseIsoDate,
  sampleDates,
  todayUtc
} from "./chunk-TKBIOGD2.js";
import "./chunk-2ORFHMPS.js";
import {
  cacheDirOf,
  cacheOptions,
  commandConfig,
  startCommitsProgress
} from "./chunk-C4VPOCQV.js";
import {
  analyzeCommit,
  resolveCommit
} from "./chunk-OMCO46RY.js";
import "./chunk-AQFLRR5H.js";
import "./chunk-NPKQCN5C.js";
import "./chunk-RZVQHAKH.js";
import {
  defaultCacheDir
} from "./chunk-BOARFHT4.js";
import {
  toolVersion
} from "./chunk-UKP2FFEH.js";
import "./chunk-RRBM5MZF.js";
import {
  defineCommand
} from "./chunk-XILY4NM5.js";
import {
  BlobScanStore
} from "./chunk-AFIXXXQQ.js";
import "./chunk-LSQSVOAV.js";
import "./chunk-VHJDUMJJ.js";
import {
  ExitCode
} from "./chunk-SYB2EIB4.js";
import "./chunk-NHYMEZ54.js";
import "./chunk-3X7W323C.js";
import {
  git
} from "./chunk-ANWQWNOV.js";
import "./chunk-NL5M6RYS.js";
import "./chunk-OVDC6TOV.js";
import "./chunk-C7PHYS7N.js";
import "./chunk-CXEH4STO.js";
import "./chunk-VHNT77KF.js";
import {
  readRegularText
} from "./chunk-MHDWAI3I.js";
import "./chunk-GVSHMJPT.js";
import {
  InputError,
  SsotError
} from "./chunk-XGZIY2SH.js";
import "./chunk-KBQ5HHDO.js";

// dist/history/sample.js
function parseFirstParentLog(text) {
  return text.split("\n").filter((l) => l.trim() !== "").map((l) => {
    const [commit = "", time = ""] = l.trim().split(" ");
    return { commit, time: Number(time) };
  });
}
function pickCommits(line, dates) {
  const samples = [];
  const skipped = [];
  for (const date of dates) {
    const cutoff = endOfDayUnix(date);
    const found = line.find((c) => c.time <= cutoff);
    if (found)
      samples.push({ date, commit: found.commit });
    else
      skipped.push(date);
  }
  return { samples, skipped };
}

// dist/history/backfill.js
var CountingStore = class {
  inner;
  scanned = 0;
  constructor(inner) {
    this.inner = inner;
  }
  get(file) {
    return this.inner.get(file);
  }
  set(file, scan) {
    this.scanned++;
    this.inner.set(file, scan);
  }
  verdict(file, key) {
    return this.inner.verdict?.(file, key);
  }
  setVerdict(file, key, verdict) {
    this.inner.setVerdict?.(file, key, verdict);
  }
};
function sampleHistory(root, options2) {
  const ref = options2.ref ?? "HEAD";
  try {
    git(root, ["rev-parse", "--git-dir"]);
  } catch {
    throw new InputError(`${root}: not in a git repository; backfill reads the history from git`);
  }
  const tip = resolveCommit(root, ref);
  const log = parseFirstParentLog(git(root, ["log", "--first-parent", "--format=%H %ct", tip]).toString("utf8"));
  const sampling = pickCommits(log, sampleDates(options2.since, options2.until, options2.stepDays));
  if (sampling.skipped.length > 0)
    refuseShallow(root, sampling.skipped[0]);
  return sampling;
}
function refuseShallow(root, firstSkipped) {
  const shallow = git(root, ["rev-parse", "--is-shallow-repository"]).toString("utf8").trim();
  if (shallow !== "true")
    return;
  throw new InputError(`${root}: the repository is a shallow clone, so git has no commits before ${firstSkipped} and later ones to sample; fetch the whole history first: \`git fetch --unshallow\` (in GitHub Actions: actions/checkout with \`fetch-depth: 0\`)`);
}
async function backfill(config, options2) {
  const { samples, skipped } = sampleHistory(config.root, options2);
  const commits = [...new Set(samples.map((s) => s.commit))];
  const store = new CountingStore(options2.store);
  const summaries = /* @__PURE__ */ new Map();
  for (const [i, commit] of commits.entries()) {
    const report = (filesDone, filesTotal) => options2.onProgress?.({
      commitsDone: i,
      commits: commits.length,
      filesDone,
      filesTotal,
      blobsScanned: store.scanned
    });
    report(0, 0);
    const result = await analyzeCommit(config, commit, {
      store,
      onProgress: (e) => {
        if (e.stage === "scan" && e.total !== void 0)
          report(e.done ?? 0, e.total);
      }
    });
    summaries.set(commit, historyLine(result, { date: "", commit, source: "backfill" }));
  }
  options2.onProgress?.({
    commitsDone: commits.length,
    commits: commits.length,
    filesDone: 0,
    filesTotal: 0,
    blobsScanned: store.scanned
  });
  const lines = samples.map((s) => ({
    ...summaries.get(s.commit),
    date: s.date
  }));
  return { lines, skipped, commits: commits.length, blobsScanned: store.scanned };
}

// dist/history/blob-cache.js
import { createHash } from "node:crypto";
import path from "node:path";
var blobCacheFormat = 4;
var BlobScanCache = class _BlobScanCache {
  file;
  scans;
  verdicts;
  tool;
  used = /* @__PURE__ */ new Set();
  usedVerdicts = /* @__PURE__ */ new Set();
  loaded;
  added = 0;
  constructor(file, scans, verdicts, tool) {
    this.file = file;
    this.scans = scans;
    this.verdicts = verdicts;
    this.tool = tool;
    this.loaded = scans.size + verdicts.size;
  }
  /** Open the cache of `root`; a missing, corrupt or other-version cache starts empty. */
  static open(cacheDir, root, tool) {
    const key = createHash("sha1").update(root).digest("hex").slice(0, 16);
    const file = path.join(cacheDir, `blobs-${key}.json`);
    let scans = /* @__PURE__ */ new Map();
    let verdicts = /* @__PURE__ */ new Map();
    try {
      const data = JSON.parse(readRegularText(file, { what: "the scan cache" }) ?? "");
      if (data.format === blobCacheFormat && data.tool === tool) {
        scans = new Map(Object.entries(data.scans));
        verdicts = new Map(Object.entries(data.verdicts));
      }
    } catch {
    }
    return new _BlobScanCache(file, scans, verdicts, tool);
  }
  get(file) {
    const scan = this.scans.get(file.version);
    if (scan)
      this.used.add(file.version);
    return scan;
  }
  set(file, scan) {
    this.scans.set(file.version, scan);
    this.used.add(file.version);
    this.added++;
  }
  verdict(file, key) {
    const stored = this.verdicts.get(file.version);
    if (stored?.[0] !== key)
      return void 0;
    this.usedVerdicts.add(file.version);
    return stored[1];
  }
  setVerdict(file, key, verdict) {
    this.verdicts.set(file.version, [key, verdict]);
    this.usedVerdicts.add(file.version);
    this.added++;
  }
  /** Keep what this run used; write only when that changed the file's content. */
  save() {
    if (this.added === 0 && this.used.size + this.usedVerdicts.size === this.loaded)
      return;
    const scans = {};
    for (const id of [...this.used].sort()) {
      const scan = this.scans.get(id);
      if (scan)
        scans[id] = scan;
    }
    const verdicts = {};
    for (const id of [...this.usedVerdicts].sort()) {
      const verdict = this.verdicts.get(id);
      if (verdict)
        verdicts[id] = verdict;
    }
    const data = {
      format: blobCacheFormat,
      tool: this.tool,
      scans,
      verdicts
    };
    writeAtomic(this.file, JSON.stringify(data));
  }
};

// dist/cli/commands/backfill.js
var options = (y) => cacheOptions(y).option("since", {
  type: "string",
  demandOption: true,
  describe: "first sample date, YYYY-MM-DD"
}).option("until", {
  type: "string",
  describe: "last sample date, YYYY-MM-DD (default: today, UTC)"
}).option("every", {
  type: "string",
  default: "week",
  describe: "step between dates: week, day or N-days"
}).option("ref", {
  type: "string",
  default: "HEAD",
  describe: "whose first-parent line is sampled"
}).option("history", historyOption);
var command = defineCommand({
  name: "backfill",
  description: "fill the history from past commits, read from git objects (no checkout)",
  options,
  run: (a, io) => runBackfill(a, io)
});
async function runBackfill(args, io) {
  const config = commandConfig(io, args);
  const since = parseIsoDate(args.since, "--since");
  const until = args.until ? parseIsoDate(args.until, "--until") : todayUtc();
  const stepDays = parseEvery(args.every);
  const file = historyFileOf(io, config, args.history);
  readHistory(file);
  const cache = args.cache ? BlobScanCache.open(cacheDirOf(args, io) ?? defaultCacheDir(), config.root, toolVersion) : void 0;
  const progress = startCommitsProgress(io, "backfill");
  let result;
  try {
    result = await backfill(config, {
      since,
      until,
      stepDays,
      ref: args.ref,
      store: cache ?? new BlobScanStore(),
      onProgress: (e) => progress.update(e)
    });
  } finally {
    progress.stop();
  }
  if (result.skipped.length > 0)
    io.stderr.write(`${skippedDatesText(result.skipped)}
`);
  if (result.lines.length === 0) {
    io.stderr.write(`no commit on or before ${until} on ${args.ref}: nothing written
`);
    return ExitCode.ok;
  }
  const { lines, replaced } = updateHistory(file, result.lines, {
    base: historyBaseOf(io, config, args.history)
  });
  saveCache(cache, io);
  io.stdout.write(`backfilled ${result.lines.length} dates (${result.lines[0]?.date} to ${result.lines.at(-1)?.date}) from ${result.commits} commits, ${result.blobsScanned} files scanned; ${replaced.length} replaced; ${lines.length} points in ${shown(io, file)}
`);
  return ExitCode.ok;
}
function skippedDatesText(dates) {
  const shown2 = dates.length <= 5 ? dates.join(", ") : `${dates[0]} to ${dates.at(-1)}`;
  return `skipped ${dates.length} date${dates.length === 1 ? "" : "s"} before the first commit: ${shown2}`;
}
function saveCache(cache, io) {
  try {
    cache?.save();
  } catch (error) {
    if (!(error instanceof SsotError))
      throw error;
    io.stderr.write(`warning: scan cache not saved: ${error.message}
`);
  }
}
export {
  command,
  skippedDatesText
};
