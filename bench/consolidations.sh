#!/usr/bin/env bash
# 100 consolidations against 1 on Debian's ansible package (warm scan cache): "resolve once,
# classify all" keeps the 99 extra consolidations cheap. Needs hyperfine and the corpus.
#   bash bench/consolidations.sh          # corpus in ../corpora (override: CORPORA=DIR)
# Figures go to bench/RESULTS.md by hand: copy the medians this script prints.
set -euo pipefail
cd "$(dirname "$0")/.."
corpora=${CORPORA:-$(cd .. && pwd)/corpora}
command -v hyperfine >/dev/null || { echo "bench: hyperfine is needed (apt-get install hyperfine)"; exit 2; }
[ -d "$corpora/ansible" ] || bash ../shared/scripts/corpora.sh "$corpora"
npm run build --silent

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dist="$corpora/ansible/usr/lib/python3/dist-packages"
one() {
  cat <<YAML
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
          - { metric: deprecation-warnings, min: 1 }
YAML
}
head="root: $corpora/ansible
python:
  sourceRoots: [\"usr/lib/python3/dist-packages\"]
consolidations:"
printf '%s\n' "$head" > "$work/one.yaml"
one >> "$work/one.yaml"
cp "$work/one.yaml" "$work/hundred.yaml"
# 99 more: pairs of real modules of the collections' module_utils (every 10th file, sorted).
(cd "$dist" && find . -path '*plugins/module_utils*' -name '*.py' ! -name '__init__.py' | sed 's#^\./##; s#\.py$##; s#/#.#g' | LC_ALL=C sort) |
  awk 'NR % 10 == 1 { a = $0 } NR % 10 == 2 { printf "%s %s\n", a, $0 }' | head -99 |
  awk '{ printf "  - id: c%03d\n    paths:\n      - { id: canonical, module: %s, role: canonical }\n      - { id: shim, module: %s, role: shim }\n    batches:\n      - { id: tests, include: [\"**/tests/**\"] }\n    phases:\n      - id: migrated\n        criteria:\n          - { metric: deprecated-share, max: 0.1 }\n          - { metric: deprecation-warnings, min: 1 }\n", NR - 1, $1, $2 }' >> "$work/hundred.yaml"
ssot="node $PWD/bin/ssot.js analyze --allow-outside-root --format json --cache-dir $work/cache"
$ssot --config "$work/one.yaml" --out "$work/o1.json"
hyperfine --warmup 1 --runs ${RUNS:-10} --export-markdown "$work/c.md" \
  -n "1 consolidation" "$ssot --config $work/one.yaml --out $work/o1.json" \
  -n "100 consolidations" "$ssot --config $work/hundred.yaml --out $work/o100.json"
cat "$work/c.md"
