#!/usr/bin/env node
// Thin launcher: the CLI is bundled into dist/bundle (built by `npm run build`, see scripts/bundle.js).
const debug = process.argv.includes("--debug");
// The bundle is minified: its stack traces name the sources through its source maps.
if (debug) process.setSourceMapsEnabled(true);
const { main } = await import("../dist/bundle/main.js");

const io = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env };
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // Not an expected failure: a bug. Say so plainly; the stack only with --debug.
    process.stderr.write(
      `ssot: internal error: ${debug ? error?.stack : (error?.message ?? error)}\n` +
        (debug ? "" : "run again with --debug for the stack trace, and please report it\n"),
    );
    process.exitCode = 2;
  },
);
