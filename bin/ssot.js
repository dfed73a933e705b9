#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/cli (built by `npm run build`).
import { main } from "../dist/cli/main.js";

const io = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // Not an expected failure: a bug. Say so plainly; the stack only with --debug.
    const debug = process.argv.includes("--debug");
    process.stderr.write(
      `ssot: internal error: ${debug ? error?.stack : (error?.message ?? error)}\n` +
        (debug ? "" : "run again with --debug for the stack trace, and please report it\n"),
    );
    process.exitCode = 2;
  },
);
