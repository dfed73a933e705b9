#!/usr/bin/env bash
# Benchmarks of `ssot analyze` on Debian's ansible package (~11,600 .py files).
# Needs: hyperfine, ripgrep, python3, /usr/bin/time; the corpus is fetched on first run.
#   npm run bench                 # corpus in ../corpora (override: CORPORA=DIR)
# Figures go to bench/RESULTS.md by hand: copy the medians this script prints.
set -euo pipefail
cd "$(dirname "$0")/.."
corpora=${CORPORA:-$(cd .. && pwd)/corpora}
for tool in hyperfine rg python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is needed (apt-get install hyperfine ripgrep)"; exit 2; }
done
[ -d "$corpora/ansible" ] || bash ../shared/scripts/corpora.sh "$corpora"
npm run build --silent

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A config over the whole corpus with a real consolidation: ansible.module_utils._text is
# ansible's own legacy shim of ansible.module_utils.common.text.converters.
cat > "$work/ssot.config.yaml" <<YAML
root: $corpora/ansible
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
ssot="node $PWD/bin/ssot.js analyze --allow-outside-root --config $work/ssot.config.yaml"
cache="$work/cache"

echo "== files and statements"
find "$corpora/ansible" -name '*.py' | wc -l
python3 bench/ast_pass.py "$corpora/ansible"

echo "== cold analyze vs ripgrep vs CPython ast"
hyperfine --warmup 1 --runs ${RUNS:-5} --export-markdown "$work/cold.md" \
  -n "ssot analyze --no-cache" "$ssot --no-cache --format json --out $work/result.json" \
  -n "rg import count" "rg -c '^\s*(import|from)\s' --type py $corpora/ansible > /dev/null" \
  -n "CPython ast pass" "python3 bench/ast_pass.py $corpora/ansible"
cat "$work/cold.md"

echo "== warm analyze vs ripgrep: nothing changed (output memo) and one file touched"
# MAIN=path/to/other/bin/ssot.js adds that build's two runs to the same hyperfine run.
touched=$(find "$corpora/ansible" -name '*.py' -path '*module_utils*' | sort | head -n 1)
out="--format json --out $work/result.json"
runs=(-n "rg import count" "rg -c '^\s*(import|from)\s' --type py $corpora/ansible"
  -n "memo hit" "$ssot --cache-dir $cache $out"
  -n "one file touched" "bash -c 'touch $touched; $ssot --cache-dir $cache $out'")
$ssot --cache-dir "$cache" $out 2>/dev/null
if [ -n "${MAIN:-}" ]; then
  main="node $MAIN analyze --allow-outside-root --config $work/ssot.config.yaml"
  $main --cache-dir "$work/cache-main" $out 2>/dev/null
  runs+=(-n "main: memo hit" "$main --cache-dir $work/cache-main $out"
    -n "main: one file touched" "bash -c 'touch $touched; $main --cache-dir $work/cache-main $out'")
fi
# Stamps younger than 2 s prove nothing, so the memo is written only by a run after that.
sleep 2.1
$ssot --cache-dir "$cache" $out 2>/dev/null
hyperfine -N --warmup 2 --runs ${RUNS:-10} --export-markdown "$work/warm.md" "${runs[@]}"
cat "$work/warm.md"

echo "== peak RSS"
/usr/bin/time -f "cold: %M KB max RSS, %e s" $ssot --no-cache --format json --out "$work/result.json"
/usr/bin/time -f "warm: %M KB max RSS, %e s" $ssot --cache-dir "$cache" --format json --out "$work/result.json"
echo "== scanner cost stays linear on pathological inputs"
node bench/scanner-linear.mjs
