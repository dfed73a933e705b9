#!/usr/bin/env bash
# `ssot report` time at scale: the generated repository of test/report/scale-repo.ts (3,000
# importers, 9 consolidations, 30 weekly history points: 45 diagrams) against its analysis.
#   bash bench/report-scale.sh            (needs hyperfine; no browser: diagrams are drawn in Node)
#   BASE=/path/to/other/checkout bash bench/report-scale.sh   (adds that checkout's report, built)
# Figures go to bench/RESULTS.md by hand: copy the medians this script prints. The analysis
# cache lives in the run's own folder and is warm in every row (as in `analyze`); the diagrams
# have no cache to be cold or warm: every report draws all of them.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "bench: hyperfine is needed (apt-get install hyperfine)"; exit 2; }
npm run build --silent
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"
# The generator is a test helper (TypeScript): compiled on its own, next to our node_modules.
npx tsc --outDir "$work/build" --rootDir . --module NodeNext --moduleResolution NodeNext \
  --target ES2022 --skipLibCheck --types node test/report/scale-repo.ts
ln -s "$PWD/node_modules" "$work/build/node_modules"
cat > "$work/gen.mjs" <<JS
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { scaleHistory, writeScaleRepo } from "$work/build/test/report/scale-repo.js";
import { formatHistory } from "$PWD/dist/history/store.js";
const repo = "$work/repo";
writeScaleRepo(repo, { files: 3000, consolidations: 9 });
execFileSync("node", ["$PWD/bin/ssot.js", "analyze", "--config", repo + "/ssot.config.yaml",
  "--format", "json", "--out", "$work/result.json"]);
const result = JSON.parse(readFileSync("$work/result.json", "utf8"));
mkdirSync(repo + "/.ssot", { recursive: true });
writeFileSync(repo + "/.ssot/history.jsonl", formatHistory(scaleHistory(result, 30, "2026-11-30")));
JS
node "$work/gen.mjs"
config="$work/repo/ssot.config.yaml"
cmds=(-n analyze "node bin/ssot.js analyze --config $config")
[ -n "${BASE:-}" ] && cmds+=(-n report-base
  "node $BASE/bin/ssot.js report --config $config --out $work/out-base")
cmds+=(-n report-no-svg "node bin/ssot.js report --config $config --out $work/out --no-svg")
cmds+=(-n report "node bin/ssot.js report --config $config --out $work/out")
hyperfine --warmup 1 --runs 5 --export-json "$work/hyperfine.json" "${cmds[@]}"
echo "diagrams: $(ls "$work"/out/*.mmd | wc -l), svg files: $(ls "$work"/out/*.svg | wc -l)"; uptime
# Medians and CPU (user+sys of the command and the children it waited for).
node -e 'for (const r of require(process.argv[1]).results) console.log(r.command.padEnd(14),
  "median", r.median.toFixed(2), "s  user+sys", (r.user + r.system).toFixed(2), "s")' "$work/hyperfine.json"
