import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  analyze,
  configHash
} from "./chunk-OMCO46RY.js";
import {
  analysisResultSchema,
  resultSchemaVersion
} from "./chunk-AQFLRR5H.js";
import {
  visible
} from "./chunk-NPKQCN5C.js";
import {
  loadConfig
} from "./chunk-RRBM5MZF.js";
import {
  ensureFolder
} from "./chunk-GVSHMJPT.js";
import {
  InputError,
  SsotError
} from "./chunk-XGZIY2SH.js";

// dist/cli/progress.js
import cliProgress from "cli-progress";
function wantsBar(io) {
  return Boolean(io.stderr.isTTY) && !io.env.CI;
}
function createBar(io, format) {
  return new cliProgress.SingleBar({ stream: io.stderr, format, clearOnComplete: true, hideCursor: true }, cliProgress.Presets.shades_classic);
}
function startProgress(io, label) {
  if (!wantsBar(io))
    return { update() {
    }, stop() {
    } };
  const bar = createBar(io, `${label} {bar} {value}/{total} files | {eta_formatted} left`);
  let started = false;
  return {
    update(done, total) {
      if (total < 2e3)
        return;
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop() {
      if (started)
        bar.stop();
    }
  };
}
function startCommitsProgress(io, label) {
  if (!wantsBar(io))
    return { update() {
    }, stop() {
    } };
  const bar = createBar(io, `${label} {bar} {commitsDone}/{commits} commits | {blobsScanned} files scanned | {eta_formatted} left`);
  const perCommit = 1e3;
  let started = false;
  return {
    update(e) {
      const within = e.filesTotal > 0 ? Math.floor(perCommit * e.filesDone / e.filesTotal) : 0;
      const value = Math.min(e.commits * perCommit, e.commitsDone * perCommit + within);
      const payload = {
        commitsDone: e.commitsDone,
        commits: e.commits,
        blobsScanned: e.blobsScanned
      };
      if (!started) {
        bar.start(Math.max(1, e.commits * perCommit), value, payload);
        started = true;
      } else
        bar.update(value, payload);
    },
    stop() {
      if (started)
        bar.stop();
    }
  };
}

// dist/cli/result-file.js
import { readFileSync } from "node:fs";
import path from "node:path";
function readResultFile(cwd, given, config) {
  const file = path.resolve(cwd, given);
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new InputError(`${given}: cannot read the result: ${error.message}`, {
      cause: error
    });
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${given}: not a result JSON file: ${error.message}`);
  }
  const version = data?.schemaVersion;
  if (version !== resultSchemaVersion) {
    throw new InputError(`${given}: result schemaVersion ${JSON.stringify(version)} is not supported (this ssot-tracker reads ${resultSchemaVersion}); run \`ssot analyze --format json --out ${given}\` again`);
  }
  const parsed = analysisResultSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${given}: not a valid result: ${issue?.path.join(".") || "(top)"}: ${issue?.message ?? "invalid"}`);
  }
  if (!parsed.data.fleet && parsed.data.source.configHash !== configHash(config)) {
    throw new InputError(`${given}: analysed with another configuration than ${path.relative(cwd, config.file) || config.file} (config hash differs); analyse again with this config`);
  }
  return parsed.data;
}

// dist/cli/analysis.js
import path2 from "node:path";
function cacheOptions(y) {
  return y.option("cache", {
    type: "boolean",
    default: true,
    describe: "reuse scans of unchanged files (--no-cache: off)"
  }).option("cache-dir", {
    type: "string",
    describe: "where the scan cache lives (default ~/.cache/ssot-tracker)"
  });
}
function resultOptions(y) {
  return cacheOptions(y).option("result", {
    type: "string",
    describe: "read this saved result (ssot analyze --format json) instead of analysing"
  });
}
function cacheDirOf(args, io) {
  if (!args.cacheDir || !args.cache)
    return void 0;
  const dir = path2.resolve(io.cwd, args.cacheDir);
  try {
    ensureFolder(dir);
  } catch (error) {
    if (!(error instanceof SsotError))
      throw error;
    throw new InputError(`--cache-dir ${args.cacheDir}: not a folder that can be used: ${error.message}`);
  }
  return dir;
}
function analyzeOptions(args, io, progress) {
  const cacheDir = cacheDirOf(args, io);
  return {
    cache: args.cache,
    ...cacheDir ? { cacheDir } : {},
    onProgress: (e) => {
      if (e.stage === "scan" && e.total !== void 0)
        progress.update(e.done ?? 0, e.total);
    },
    onWarning: (message) => io.stderr.write(`ssot: warning: ${visible(message)}
`)
  };
}
async function withScanProgress(io, work) {
  const progress = startProgress(io, "scanning");
  try {
    return await work(progress);
  } finally {
    progress.stop();
  }
}
async function analyzeWithProgress(config, args, io, options = {}) {
  const extra = {
    ...options.onWorkingTree ? { onWorkingTree: options.onWorkingTree } : {},
    ...options.known ? { known: options.known } : {}
  };
  const result = args.result ? readResultFile(io.cwd, args.result, config) : await withScanProgress(io, (progress) => analyze(config, { ...analyzeOptions(args, io, progress), ...extra }));
  if (options.warn !== false)
    warnProblems(result, io);
  return result;
}
function warnProblems(result, io) {
  io.stderr.write(problemLines(result));
}
function problemLines(result) {
  return result.consolidations.flatMap((c) => c.problems.map((problem) => `ssot: warning: ${visible(problem.message)}
`)).join("");
}

// dist/cli/config.js
function commandConfig(io, args) {
  return loadConfig(io.cwd, args.config, { allowOutsideRoot: args.allowOutsideRoot === true });
}

export {
  startCommitsProgress,
  readResultFile,
  cacheOptions,
  resultOptions,
  cacheDirOf,
  analyzeOptions,
  withScanProgress,
  analyzeWithProgress,
  warnProblems,
  problemLines,
  commandConfig
};
