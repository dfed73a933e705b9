#!/usr/bin/env bash
# Benchmark of JS/TS analysis: `ssot analyze` on the npm tarball of effect 4.1.0 (1,199 JS/TS
# files: src/**/*.ts, dist/**/*.js and ai-docs/**/*.ts; its .d.ts files are not analysed)
# against a bare dependency-cruiser cruise() of the same files with the same options
# (bench/javascript-cruise.mjs). Target: ssot's median at most 1.2x the bare cruise's.
# Needs: hyperfine, npm, node; the package is fetched once with `npm pack`.
#   bash bench/javascript.sh       # package in ../bench-repos (override: BENCH_REPOS=DIR)
# Figures go to bench/RESULTS.md by hand: copy the medians and the ratio this script prints.
set -euo pipefail
cd "$(dirname "$0")/.."
repos=${BENCH_REPOS:-$(cd .. && pwd)/bench-repos}
package=effect
version=4.1.0
repo="$repos/$package"
for tool in hyperfine npm node; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is needed (apt-get install hyperfine)"; exit 2; }
done

if [ ! -f "$repo/.bench-complete" ]; then
  echo "== fetching $package@$version (once)"
  mkdir -p "$repos/tarballs"
  (cd "$repos/tarballs" && npm pack --silent "$package@$version" >/dev/null)
  rm -rf "$repo" && mkdir -p "$repo"
  tar xzf "$repos/tarballs/$package-$version.tgz" -C "$repo" --strip-components=1
  touch "$repo/.bench-complete" # the tree is complete
fi
npm run build --silent

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Effect's public module against its internal implementation module, as a consolidation would
# put them; `implementation` makes the pass look for classes in every file too.
cat > "$work/ssot.config.yaml" <<YAML
root: $repo
consolidations:
  - id: effect-core
    paths:
      - { id: effect, module: src/Effect.ts, role: canonical }
      - { id: internal, module: src/internal/effect.ts, role: direct }
    implementation:
      classPattern: "Error\$"
    batches:
      - { id: dist, include: ["dist/**"] }
    phases:
      - id: migrated
        criteria:
          - { metric: deprecated-share, max: 0.1 }
          - { metric: implementations, max: 1 }
YAML
analyze="node $PWD/bin/ssot.js analyze --allow-outside-root --config $work/ssot.config.yaml --no-cache --format json --out $work/result.json"
bare="node $PWD/bench/javascript-cruise.mjs $repo"

echo "== files and counts"
$bare
$analyze
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const c = r.consolidations[0];
  console.log(`files: ${JSON.stringify(r.files.javascript)} JS/TS; statements ${c.totals.statements}, deprecated ${c.totals.deprecatedStatements}, implementations ${c.implementations.length}`);
' "$work/result.json"

echo "== ssot analyze vs a bare cruise() of the same files"
hyperfine --warmup 1 --runs "${RUNS:-5}" --export-json "$work/js.json" --export-markdown "$work/js.md" \
  -n "ssot analyze --no-cache" "$analyze" \
  -n "bare cruise()" "$bare"
cat "$work/js.md"
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).results;
  const median = (x) => x.median.toFixed(2);
  const user = (x) => (x.user).toFixed(2);
  console.log(`medians: ssot ${median(r[0])} s, bare cruise ${median(r[1])} s, ratio ${(r[0].median / r[1].median).toFixed(2)} (target <= 1.2); mean user CPU ${user(r[0])} s vs ${user(r[1])} s`);
' "$work/js.json"

echo "== warm: the JS/TS facts cache (memo removed before each run) and one file edited, vs cold"
# A copy of the tree, so the edited run can change a file; the cache and memo live in $work.
mkdir -p "$work/tree" && cp -a "$repo/." "$work/tree/"
sed "s#^root: .*#root: $work/tree#" "$work/ssot.config.yaml" > "$work/warm.yaml"
cached="node $PWD/bin/ssot.js analyze --allow-outside-root --config $work/warm.yaml --cache-dir $work/cache --format json --out $work/warm.json"
cold="node $PWD/bin/ssot.js analyze --allow-outside-root --config $work/warm.yaml --no-cache --format json --out $work/cold.json"
$cached 2>/dev/null
hyperfine --warmup 1 --runs "${RUNS:-5}" --export-json "$work/warm.json.h" --export-markdown "$work/warm.md" \
  --prepare true --prepare "rm -f $work/cache/result-*.json" \
  --prepare "printf '\\n// edited\\n' >> $work/tree/src/Schedule.ts" --prepare true \
  -n "ssot analyze --no-cache (cold)" "$cold" \
  -n "warm (JS/TS cache, memo removed)" "$cached" \
  -n "one file edited (cruised again alone)" "$cached" \
  -n "node -e 0 (machine state)" "node -e 0"
cat "$work/warm.md"
$cold 2>/dev/null && $cached 2>/dev/null && cmp "$work/cold.json" "$work/warm.json" && echo "warm result byte-identical to cold"
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).results;
  const cpu = (x) => x.user + x.system;
  const line = (x) => `${x.command}: median ${x.median.toFixed(2)} s (${(x.median / r[0].median).toFixed(2)}x cold), CPU ${cpu(x).toFixed(2)} s (${(cpu(x) / cpu(r[0])).toFixed(2)}x)`;
  for (const x of r) console.log(line(x));
  console.log("target: warm <= 0.3x cold");
' "$work/warm.json.h"

echo "== peak RSS"
/usr/bin/time -f "ssot analyze: %M KB max RSS, %e s" $analyze
/usr/bin/time -f "bare cruise: %M KB max RSS, %e s" $bare > /dev/null
