import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  visible
} from "./chunk-NPKQCN5C.js";
import {
  toolVersion
} from "./chunk-UKP2FFEH.js";
import {
  ExitCode
} from "./chunk-SYB2EIB4.js";
import {
  SsotError,
  errorCode
} from "./chunk-XGZIY2SH.js";
import "./chunk-KBQ5HHDO.js";

// dist/cli/argv.js
function joinDashValues(argv) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = argv[i + 1];
    if (/^--[a-z][\w-]*$/.test(arg) && next !== void 0 && /^-\d/.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else
      out.push(arg);
  }
  return out;
}

// dist/cli/plain-analyze.js
var valued = /* @__PURE__ */ new Set(["--config", "--format", "--out", "--cache-dir"]);
var formats = /* @__PURE__ */ new Set(["text", "json"]);
function plainAnalyzeArgs(argv) {
  if (argv[0] !== "analyze")
    return void 0;
  const seen = /* @__PURE__ */ new Map();
  for (let i = 1; i < argv.length; i++) {
    const flag = argv[i];
    if (seen.has(flag))
      return void 0;
    if (valued.has(flag)) {
      const value = argv[++i];
      if (value === void 0 || value === "" || value.startsWith("-"))
        return void 0;
      seen.set(flag, value);
    } else if (flag === "--allow-outside-root" || flag === "--no-cache" || flag === "--cache") {
      seen.set(flag, true);
    } else
      return void 0;
  }
  if (seen.has("--cache") && seen.has("--no-cache"))
    return void 0;
  const format = seen.get("--format") ?? "text";
  if (!formats.has(format))
    return void 0;
  const text = (flag) => seen.get(flag);
  const config = text("--config");
  const out = text("--out");
  const cacheDir = text("--cache-dir");
  return {
    ...config ? { config } : {},
    allowOutsideRoot: seen.has("--allow-outside-root") ? true : void 0,
    format,
    ...out ? { out } : {},
    cache: !seen.has("--no-cache"),
    ...cacheDir ? { cacheDir } : {}
  };
}

// dist/cli/main.js
var UsageError = class extends SsotError {
  name = "UsageError";
};
async function main(argv, io, loadAll = false) {
  const debug = argv.includes("--debug");
  let code = ExitCode.ok;
  try {
    const plain = loadAll ? void 0 : plainAnalyzeArgs(argv);
    if (plain) {
      const check = await (await import("./output-memo-LVVLP5UF.js")).replayOutputMemo(plain, io);
      if (check.replayed)
        return ExitCode.ok;
      return await (await import("./analyze-XUEEHWH7.js")).runAnalyze(plain, io, check.known);
    }
    const { default: yargs } = await import("yargs");
    await yargs(joinDashValues(argv)).scriptName("ssot").usage("$0 <command> [options]\n\nMeasure and drive a single-source-of-truth import consolidation.").option("config", {
      type: "string",
      describe: "config file (default: ssot.config.yaml|yml|json here)"
    }).option("debug", { type: "boolean", describe: "print stack traces of errors" }).option("allow-outside-root", {
      type: "boolean",
      describe: "accept a config whose root is outside its folder and its git repository"
    }).command(await commandsFor(commandOf(argv), argv, io, (c) => code = c, loadAll)).demandCommand(1, "name a command; `ssot --help` lists them").strict().version(toolVersion).help().wrap(Math.min(100, process.stdout.columns ?? 100)).fail((message, error) => {
      if (error)
        throw error;
      throw new UsageError(message ?? "invalid usage; see ssot --help");
    }).exitProcess(false).parseAsync();
  } catch (error) {
    const expected = error instanceof SsotError ? error : fileSystemError(error);
    if (!expected)
      throw error;
    io.stderr.write(`ssot: ${visible(debug && expected.stack ? expected.stack : expected.message, "\n")}
`);
    return ExitCode.badInput;
  }
  return code;
}
function fileSystemError(error) {
  const e = error;
  if (!(error instanceof Error) || typeof e.code !== "string" || typeof e.path !== "string")
    return void 0;
  return new SsotError(`${e.path}: ${e.syscall ? `cannot ${e.syscall}: ` : ""}${errorCode(e)}`, {
    cause: error
  });
}
var commandTable = {
  analyze: {
    describe: "build the module graph, classify imports, evaluate phases",
    load: () => import("./analyze-XUEEHWH7.js")
  },
  init: {
    describe: "write a commented starter config, prefilled from what can be detected",
    load: () => import("./init-C5X2R4FH.js")
  },
  check: {
    describe: "fail when a change adds a deprecated import that the committed baseline does not hold",
    load: () => import("./check-IVD4IJOC.js")
  },
  snapshot: {
    describe: "add today's metrics of the working tree to the history (one line per date)",
    load: () => import("./snapshot-QOTTW5J7.js")
  },
  backfill: {
    describe: "fill the history from past commits, read from git objects (no checkout)",
    load: () => import("./backfill-C526TT7R.js")
  },
  progress: {
    describe: "the progress summary for stakeholders: trend, velocity, projected dates",
    load: () => import("./progress-F3SOKBNO.js")
  },
  report: {
    describe: "write the HTML and Markdown report for architects, with before/now/target diagrams",
    load: () => import("./report-AUZCIB7X.js")
  },
  migrate: {
    describe: "rewrite deprecated imports to the canonical module: a dry-run diff, or --write with --backup, --verify, --restore",
    load: () => import("./migrate-2QQS33IM.js")
  },
  merge: {
    describe: "merge shard files into the unsharded result, or (--fleet) results of many repositories",
    load: () => import("./merge-C74PBM4R.js")
  }
};
function registered(c, io, done) {
  return {
    command: c.name,
    describe: c.description,
    builder: c.options,
    handler: async (a) => done(await c.run(a, io))
  };
}
function commandOf(argv) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--")
      return void 0;
    if (arg === "--config")
      i++;
    else if (!arg.startsWith("-"))
      return arg;
  }
  return void 0;
}
async function commandsFor(name, argv, io, done, all = false) {
  const out = [];
  for (const [command, entry] of Object.entries(commandTable)) {
    if (all || command === name)
      out.push(registered((await entry.load()).command, io, done));
    else
      out.push({
        command,
        describe: entry.describe,
        builder: (y) => y.strict(false),
        handler: async () => done(await main(argv, io, true))
      });
  }
  return out;
}
export {
  commandOf,
  commandTable,
  main
};
