import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);
import {
  analyzeOptions,
  cacheOptions,
  commandConfig,
  withScanProgress
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

// dist/cli/commands/migrate.js
var json = (value) => `${JSON.stringify(value, null, 2)}
`;
function refuseBadFlags(args) {
  if (args.write && args.dryRun === true)
    throw new InputError("--dry-run and --write exclude each other; give one");
  if (args.backup && !args.write)
    throw new InputError("--backup only applies with --write (a dry run writes nothing)");
  if (args.verify !== void 0 && !args.write)
    throw new InputError("--verify only applies with --write (it checks the applied batch)");
  if (args.verify !== void 0 && args.verify.trim() === "")
    throw new InputError('--verify needs a command, e.g. --verify "pytest tests/mission_critical"');
  const restoring = args.restore !== void 0;
  if (restoring && (args.write || args.runs))
    throw new InputError("--restore excludes --write and --runs; give one");
  if (args.force && !restoring)
    throw new InputError("--force only applies with --restore");
  if (args.runs && (args.write || args.dryRun === true))
    throw new InputError("--runs only lists the runs; it takes no --write or --dry-run");
}
async function runRestoreOrRuns(args, config, io) {
  const m = await import("./migrate-RMEJQ7OS.js");
  if (args.runs) {
    const record = m.readMigrationRecord(config.root);
    const backups = m.backupRuns(config.root);
    io.stdout.write(args.format === "json" ? json({ record: record ?? null, backups }) : m.formatRunsText(record, backups));
    return ExitCode.ok;
  }
  const outcome = m.restoreMigration(config, {
    ...args.restore ? { run: args.restore } : {},
    force: args.force,
    dryRun: args.dryRun === true
  });
  io.stdout.write(args.format === "json" ? json(outcome) : m.formatRestoreText(outcome));
  return outcome.refused > 0 ? ExitCode.failed : ExitCode.ok;
}
async function runMigrate(args, io) {
  refuseBadFlags(args);
  const config = commandConfig(io, args);
  if (args.restore !== void 0 || args.runs)
    return runRestoreOrRuns(args, config, io);
  const { formatMigrationJson, formatMigrationText, migrate, migrationDiff } = await import("./migrate-RMEJQ7OS.js");
  const run = await withScanProgress(io, (progress) => migrate(config, {
    write: args.write,
    backup: args.backup,
    strings: args.strings,
    ...args.verify !== void 0 ? { verify: args.verify } : {},
    ...args.batch !== void 0 ? { batch: args.batch } : {},
    ...args.path !== void 0 ? { path: args.path } : {},
    ...args.consolidation !== void 0 ? { consolidation: args.consolidation } : {},
    analyze: analyzeOptions(args, io, progress)
  }));
  const { plan, outcome, recorded, record } = run;
  io.stdout.write(args.format === "json" ? formatMigrationJson(outcome) : formatMigrationText(outcome, {
    ...outcome.dryRun ? { diff: migrationDiff(plan, outcome) } : {},
    recorded,
    ...record ? { record } : {}
  }));
  return outcome.refused.length > 0 || outcome.verify?.passed === false ? ExitCode.failed : ExitCode.ok;
}
var options = (y) => cacheOptions(y).option("dry-run", {
  type: "boolean",
  describe: "print the unified diff and change nothing (the default); with --restore: list the run's files"
}).option("write", { type: "boolean", default: false, describe: "apply the rewrites" }).option("backup", {
  type: "boolean",
  default: false,
  describe: "with --write: copy each file under .ssot/backups/<run>/ first"
}).option("batch", {
  type: "string",
  describe: "only files of this batch (tests first, critical code last)"
}).option("path", { type: "string", describe: "only imports of this deprecated path id" }).option("consolidation", { type: "string", describe: "only this consolidation id" }).option("strings", {
  type: "boolean",
  default: false,
  describe: 'also rewrite string references such as mock.patch("pkg.shim.X")'
}).option("verify", {
  type: "string",
  describe: "with --write: run this command after the batch; if it fails, restore the batch (implies --backup)"
}).option("restore", {
  type: "string",
  describe: "restore the files of a run from its backups (default: the last run)"
}).option("force", {
  type: "boolean",
  default: false,
  describe: "with --restore: also restore files changed since the run"
}).option("runs", { type: "boolean", default: false, describe: "list the recorded runs" }).option("format", {
  choices: ["text", "json"],
  default: "text",
  describe: "output format"
});
var command = defineCommand({
  name: "migrate",
  description: "rewrite deprecated imports to the canonical module: a dry-run diff, or --write with --backup, --verify, --restore",
  options,
  run: (a, io) => runMigrate({
    ...a.config ? { config: a.config } : {},
    allowOutsideRoot: a.allowOutsideRoot,
    ...a.dryRun !== void 0 ? { dryRun: a.dryRun } : {},
    write: a.write,
    backup: a.backup,
    ...a.batch !== void 0 ? { batch: a.batch } : {},
    ...a.path !== void 0 ? { path: a.path } : {},
    ...a.consolidation !== void 0 ? { consolidation: a.consolidation } : {},
    strings: a.strings,
    ...a.verify !== void 0 ? { verify: a.verify } : {},
    ...a.restore !== void 0 ? { restore: a.restore } : {},
    force: a.force,
    runs: a.runs,
    format: a.format,
    cache: a.cache,
    ...a.cacheDir ? { cacheDir: a.cacheDir } : {}
  }, io)
});
export {
  command
};
