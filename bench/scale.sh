#!/usr/bin/env bash
# Scale curve: time and peak RSS of `ssot analyze` cold, warm (scan cache, no memo) and
# unchanged (memo) on synthetic copies of Debian's ansible package: N copies of its Python
# tree side by side under /tmp (never committed), each copy a package of its own.
#   bash bench/scale.sh 10000 50000 100000      # file counts (rounded up to whole copies)
# Copies are hard links (`cp -al`) by default: no file data is copied, so 500k files cost
# inodes, not 9 GB. Every copy is a path of its own (discovery, the index, classification,
# the cache and the memo see N times the files), but files of one inode are read and scanned
# once (equal versions are equal contents): linked copies understate cold scanning. With
# SCALE_COPY=1 the copies are real (`cp -r`, ~220 MB a copy): every file is read and scanned.
# Needs: /usr/bin/time, the corpus (CORPORA=DIR, default ../corpora). Delete SCALE_DIR after.
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
printf '| files | cold s | cold CPU s | cold RSS MB | warm (cache) s | warm CPU s | warm RSS MB | unchanged (memo) s | memo CPU s | memo RSS MB |\n'
printf '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
for want in "${@:-10000 50000 100000}"; do
  copies=$(( (want + per - 1) / per ))
  tree="$work/tree-$copies${SCALE_COPY:+-copied}"
  if [ ! -d "$tree" ]; then
    for i in $(seq 1 "$copies"); do
      mkdir -p "$tree/copy$i"
      if [ -n "${SCALE_COPY:-}" ]; then cp -r "$src/." "$tree/copy$i/"; else cp -al "$src/." "$tree/copy$i/"; fi
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
  # wall s, CPU s (user + sys), peak RSS KB
  measure() { /usr/bin/time -f "%e %U %S %M" "$@" 2>&1 >/dev/null | tail -1 |
    awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }'; }
  # Cold writes the cache too: its peak RSS covers writing it.
  read -r cold_s cold_cpu cold_kb < <(measure $run --cache-dir "$cache")
  # Warm: the scan cache without either memo (the output memo would replay the output).
  rm -f "$cache"/result-*.json "$cache"/output-*.json
  read -r warm_s warm_cpu warm_kb < <(measure $run --cache-dir "$cache")
  read -r memo_s memo_cpu memo_kb < <(measure $run --cache-dir "$cache")
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$files" "$cold_s" "$cold_cpu" \
    $((cold_kb / 1024)) "$warm_s" "$warm_cpu" $((warm_kb / 1024)) "$memo_s" "$memo_cpu" $((memo_kb / 1024))
done
