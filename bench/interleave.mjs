#!/usr/bin/env node
/**
 * Whole commands timed taking turns, for comparing builds on a shared, noisy machine:
 * hyperfine runs each command's runs back to back, so a load that comes and goes lands on
 * one of them; here every round runs each command once, in order. Prints the median wall
 * and CPU (user + sys of the command and its children) of each.
 *
 *   node bench/interleave.mjs 6 base="node ../base/bin/ssot.js analyze …" this="node bin/ssot.js analyze …"
 */
import { spawnSync } from "node:child_process";

const rounds = Number(process.argv[2]);
const commands = process.argv.slice(3).map((arg) => {
  const at = arg.indexOf("=");
  return { name: arg.slice(0, at), command: arg.slice(at + 1), wall: [], cpu: [] };
});
if (!(rounds > 0) || commands.length === 0 || commands.some((c) => !c.name)) {
  console.error('usage: node bench/interleave.mjs ROUNDS name="command" [name="command" …]');
  process.exit(2);
}
for (let round = 0; round < rounds; round++) {
  for (const c of commands) {
    const started = process.hrtime.bigint();
    // bash's `time` gives the CPU of the command and everything it started.
    const script = `TIMEFORMAT='%U %S'; { time ${c.command} >/dev/null 2>&1 ; } 2>&1`;
    const run = spawnSync("bash", ["-c", script], { encoding: "utf8" });
    c.wall.push(Number(process.hrtime.bigint() - started) / 1e9);
    const [user, sys] = run.stdout.trim().split(/\s+/).slice(-2).map(Number);
    c.cpu.push(user + sys);
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
for (const c of commands) {
  const runs = c.wall.map((w) => w.toFixed(2)).join(" ");
  console.log(
    `${c.name.padEnd(14)} wall ${median(c.wall).toFixed(3)} s  cpu ${median(c.cpu).toFixed(3)} s  (${runs})`,
  );
}
