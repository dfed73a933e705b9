import cliProgress from "cli-progress";
import type { CliIo } from "./io.js";

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/** A progress bar on stderr for long work; silent when stderr is not a terminal (CI, pipes). */
export function startProgress(io: CliIo, label: string): Progress {
  if (!io.stderr.isTTY || io.env.CI) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as NodeJS.WritableStream,
      format: `${label} {bar} {value}/{total} files | {eta_formatted} left`,
      clearOnComplete: true,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
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
