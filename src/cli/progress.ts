import cliProgress from "cli-progress";
import type { CliIo } from "./io.js";

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/** Bars only on a terminal: never in CI or pipes, where they would be noise in logs. */
function wantsBar(io: CliIo): boolean {
  return Boolean(io.stderr.isTTY) && !io.env.CI;
}

function createBar(io: CliIo, format: string): cliProgress.SingleBar {
  return new cliProgress.SingleBar(
    { stream: io.stderr as NodeJS.WritableStream, format, clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
}

/** A progress bar on stderr for long work; silent when stderr is not a terminal (CI, pipes). */
export function startProgress(io: CliIo, label: string): Progress {
  if (!wantsBar(io)) return { update() {}, stop() {} };
  const bar = createBar(io, `${label} {bar} {value}/{total} files | {eta_formatted} left`);
  let started = false;
  return {
    update(done, total) {
      // Small runs finish before a bar would help; only show one past 2,000 files.
      if (total < 2000) return;
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

export interface CommitsProgress {
  update(e: {
    commitsDone: number;
    commits: number;
    filesDone: number;
    filesTotal: number;
    blobsScanned: number;
  }): void;
  stop(): void;
}

/**
 * Progress over several commits (backfill): commits done, files scanned, time left. The bar
 * advances within a commit by its share of files, so the estimate moves during the first,
 * most expensive commit too.
 */
export function startCommitsProgress(io: CliIo, label: string): CommitsProgress {
  if (!wantsBar(io)) return { update() {}, stop() {} };
  const bar = createBar(
    io,
    `${label} {bar} {commitsDone}/{commits} commits | {blobsScanned} files scanned | {eta_formatted} left`,
  );
  const perCommit = 1000;
  let started = false;
  return {
    update(e) {
      const within = e.filesTotal > 0 ? Math.floor((perCommit * e.filesDone) / e.filesTotal) : 0;
      const value = Math.min(e.commits * perCommit, e.commitsDone * perCommit + within);
      const payload = {
        commitsDone: e.commitsDone,
        commits: e.commits,
        blobsScanned: e.blobsScanned,
      };
      if (!started) {
        bar.start(Math.max(1, e.commits * perCommit), value, payload);
        started = true;
      } else bar.update(value, payload);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
