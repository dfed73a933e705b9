#!/usr/bin/env bash
# Benchmark of `ssot backfill`: 5 weekly points with --no-cache against one cold
# `ssot analyze --no-cache` of the largest point (target: at most 2x). The repository is built
# once from Debian's ansible package (~11,600 .py files): an initial commit, then 5 weekly
# commits that each move ~205 files from the legacy shim ansible.module_utils._text to
# ansible.module_utils.common.text.converters (committer dates 2025-01-06 ... 2025-02-03).
# Needs: hyperfine, git, node; the corpus is fetched on first run.
#   bash bench/history.sh       # repository in ../bench-repos (override: BENCH_REPOS=DIR)
# Figures go to bench/RESULTS.md by hand: copy the medians and the ratios this script prints
# (the CPU ratio is the steadier one on a shared machine).
set -euo pipefail
cd "$(dirname "$0")/.."
corpora=${CORPORA:-$(cd .. && pwd)/corpora}
repos=${BENCH_REPOS:-$(cd .. && pwd)/bench-repos}
repo="$repos/ansible-history"
for tool in hyperfine git node; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is needed (apt-get install hyperfine git)"; exit 2; }
done
[ -d "$corpora/ansible" ] || bash ../shared/scripts/corpora.sh "$corpora"
npm run build --silent

commit_at() { # commit_at DATE MESSAGE: everything, with fixed identity and dates (UTC)
  GIT_AUTHOR_DATE="$1T12:00:00Z" GIT_COMMITTER_DATE="$1T12:00:00Z" \
    git -C "$build" -c user.name=bench -c user.email=bench@example.com commit -q -m "$2"
}

if [ ! -f "$repo/.bench-complete" ]; then
  echo "== building $repo (once)"
  build="$repo.tmp"
  rm -rf "$build" && mkdir -p "$build"
  cp -a "$corpora/ansible/." "$build/"
  git -C "$build" init -q -b main
  git -C "$build" add -A
  commit_at 2025-01-01 "ansible corpus"
  # Files importing the shim, in a fixed order; each week rewrites the next 205 of them.
  (cd "$build" && git grep -l -E '^\s*from ansible\.module_utils\._text import' -- '*.py' | sort) > "$repos/shim-users.txt"
  week=0
  for date in 2025-01-06 2025-01-13 2025-01-20 2025-01-27 2025-02-03; do
    sed -n "$((week * 205 + 1)),$(((week + 1) * 205))p" "$repos/shim-users.txt" |
      (cd "$build" && xargs sed -i -E 's/^(\s*)from ansible\.module_utils\._text import/\1from ansible.module_utils.common.text.converters import/')
    git -C "$build" add -A
    commit_at "$date" "week $((week + 1)): move 205 files to the canonical module"
    week=$((week + 1))
  done
  rm -rf "$repo" && mv "$build" "$repo"
  touch "$repo/.bench-complete" # untracked marker: the tree is complete
fi
git -C "$repo" log --format='%h %cs %s' | head -6

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/ssot.config.yaml" <<YAML
root: $repo
python:
  sourceRoots: ["usr/lib/python3/dist-packages"]
consolidations:
  - id: text-converters
    paths:
      - { id: converters, module: ansible.module_utils.common.text.converters, role: canonical }
      - { id: text, module: ansible.module_utils._text, role: shim }
    batches:
      - { id: tests, include: ["**/tests/**"] }
    phases:
      - id: migrated
        criteria:
          - { metric: deprecated-share, max: 0.1 }
YAML
ssot="node $PWD/bin/ssot.js --allow-outside-root"
analyze="$ssot analyze --config $work/ssot.config.yaml --no-cache --format json --out $work/result.json"
backfill="$ssot backfill --config $work/ssot.config.yaml --since 2025-01-06 --until 2025-02-03 --every week --no-cache --history $work/history.jsonl"

echo "== one backfill, for its counts"
$backfill
echo "== 5 weekly points (backfill --no-cache) vs one cold analyze of the last point"
hyperfine --warmup 1 --runs "${RUNS:-5}" --export-json "$work/history.json" --export-markdown "$work/history.md" \
  -n "ssot analyze --no-cache (last point)" "$analyze" \
  -n "ssot backfill --no-cache (5 weekly points)" "$backfill"
cat "$work/history.md"
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).results;
  const median = (x) => x.median.toFixed(2);
  const cpu = (x) => x.user + x.system; // mean CPU seconds, child processes (git) included
  console.log(`medians: analyze ${median(r[0])} s, backfill ${median(r[1])} s, ratio ${(r[1].median / r[0].median).toFixed(2)} (target <= 2)`);
  console.log(`CPU (user+sys, means): analyze ${cpu(r[0]).toFixed(2)} s, backfill ${cpu(r[1]).toFixed(2)} s, ratio ${(cpu(r[1]) / cpu(r[0])).toFixed(2)}`);
' "$work/history.json"

echo "== peak RSS"
/usr/bin/time -f "analyze: %M KB max RSS, %e s" $analyze
/usr/bin/time -f "backfill: %M KB max RSS, %e s" $backfill > /dev/null
