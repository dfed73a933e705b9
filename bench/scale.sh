#!/usr/bin/env bash
# Scale curve: time and peak RSS of `ssot analyze` cold, warm (scan cache, no memo) and
# unchanged (memo) on synthetic copies of Debian's ansible package: N copies of its Python
# tree side by side under /tmp (never committed), each copy a package of its own.
#   bash bench/scale.sh 10000 50000 100000      # file counts (rounded up to whole copies)
# Needs: /usr/bin/time, the corpus (CORPORA=DIR, default ../corpora).
set -euo pipefail
cd "$(dirname "$0")/.."
corpora=${CORPORA:-$(cd .. && pwd)/corpora}
src="$corpora/ansible/usr/lib/python3/dist-packages"
[ -d "$src" ] || { echo "bench: $src missing (bash ../shared/scripts/corpora.sh)"; exit 2; }
npm run build --silent
per=$(find "$src" -name '*.py' | wc -l)
work=${SCALE_DIR:-/tmp/ssot-scale}
mkdir -p "$work"
ssot="node $PWD/bin/ssot.js analyze --allow-outside-root --format json"
printf '| files | cold s | cold RSS MB | warm (cache) s | warm RSS MB | unchanged (memo) s | memo RSS MB |\n'
printf '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
for want in "${@:-10000 50000 100000}"; do
  copies=$(( (want + per - 1) / per ))
  tree="$work/tree-$copies"
  if [ ! -d "$tree" ]; then
    for i in $(seq 1 "$copies"); do
      mkdir -p "$tree/copy$i"
      cp -r "$src/." "$tree/copy$i/"
    done
  fi
  files=$(find "$tree" -name '*.py' | wc -l)
  cat > "$work/ssot-$copies.yaml" <<YAML
root: $tree
python:
  sourceRoots: [$(seq -s, -f '"copy%g"' 1 "$copies")]
consolidations:
  - id: text-converters
    paths:
      - { id: converters, module: ansible.module_utils.common.text.converters, role: canonical }
      - { id: text, module: ansible.module_utils._text, role: shim }
    phases:
      - id: migrated
        criteria:
          - { metric: deprecated-share, max: 0.1 }
YAML
  run="$ssot --config $work/ssot-$copies.yaml --out $work/result-$copies.json"
  cache="$work/cache-$copies"
  rm -rf "$cache"
  measure() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }
  read -r cold_s cold_kb < <(measure $run --cache-dir "$cache")
  rm -f "$cache"/result-*.json
  read -r warm_s warm_kb < <(measure $run --cache-dir "$cache")
  read -r memo_s memo_kb < <(measure $run --cache-dir "$cache")
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$files" "$cold_s" $((cold_kb / 1024)) \
    "$warm_s" $((warm_kb / 1024)) "$memo_s" $((memo_kb / 1024))
done
