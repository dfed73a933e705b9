#!/usr/bin/env bash
# Step 2 of action.yml: one ssot command with the action's inputs (INPUT_* variables, set by
# action.yml), then the job summary ($GITHUB_STEP_SUMMARY), the SARIF file and the step
# outputs ($GITHUB_OUTPUT). Exits with the command's code: 0 clean, 1 found, 2 error.
# test/action/action.test.ts runs this file with the environment GitHub gives it.
set -uo pipefail

ssot() { node "${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set}/bin/ssot.js" "$@"; }
output() { if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "$1=$2" >>"$GITHUB_OUTPUT"; fi; }
summary() { [ "${INPUT_SUMMARY:-true}" = true ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; }

command=${INPUT_COMMAND:-check}
# Arrays expand as ${a[@]+"${a[@]}"}: with `set -u`, bash 3.2 (macOS runners) calls an empty
# array unbound.
config=()
if [ -n "${INPUT_CONFIG:-}" ]; then config=(--config "$INPUT_CONFIG"); fi

case $command in
  check)
    args=(${config[@]+"${config[@]}"})
    if [ -n "${INPUT_CHANGED_SINCE:-}" ]; then args+=(--changed-since "$INPUT_CHANGED_SINCE"); fi
    ssot check ${args[@]+"${args[@]}"} --format "${INPUT_FORMAT:-github}"
    code=$?
    # 1 is a finding: the summary and the SARIF file are written for it as well (the SARIF
    # file last: it is new in the working tree). The scan cache makes these runs cheap;
    # their own exit 1 is the same finding again.
    if [ "$code" -le 1 ] && summary; then
      ssot check ${args[@]+"${args[@]}"} --format markdown >>"$GITHUB_STEP_SUMMARY"
      if [ $? -gt 1 ]; then code=2; fi
    fi
    if [ "$code" -le 1 ] && [ -n "${INPUT_SARIF_FILE:-}" ]; then
      ssot check ${args[@]+"${args[@]}"} --format sarif >"$INPUT_SARIF_FILE"
      if [ $? -gt 1 ]; then code=2; fi
    fi
    ;;
  report)
    out=${INPUT_OUT:-ssot-report}
    case $out in /*) ;; *) out="$PWD/$out" ;; esac
    ssot report ${config[@]+"${config[@]}"} --out "$out"
    code=$?
    if [ "$code" -eq 0 ]; then
      output report-dir "$out"
      if summary; then cat "$out/report.md" >>"$GITHUB_STEP_SUMMARY"; fi
    fi
    ;;
  snapshot)
    ssot snapshot ${config[@]+"${config[@]}"}
    code=$?
    if [ "$code" -eq 0 ] && summary; then
      ssot progress ${config[@]+"${config[@]}"} --format markdown >>"$GITHUB_STEP_SUMMARY" || code=2
    fi
    ;;
  *)
    echo "::error title=ssot-tracker::input command: expected check, report or snapshot, received \"$command\""
    code=2
    ;;
esac
output exit-code "$code"
exit "$code"
