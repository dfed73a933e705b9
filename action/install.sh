#!/usr/bin/env bash
# Step 1 of action.yml: install ssot-tracker from the action's own folder ($GITHUB_ACTION_PATH),
# whatever the analysed repository holds (a Python repository has no package.json).
# Dependencies come from the npm registry; none downloads a browser. `npm ci` runs the
# package's `prepare` script, which builds dist/.
set -euo pipefail
here="${GITHUB_ACTION_PATH:?GITHUB_ACTION_PATH is not set: run this as a step of action.yml}"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "::error title=ssot-tracker::Node.js and npm are not installed: add actions/setup-node (node-version: 20) before this action"
  exit 2
fi
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 12) ? 0 : 1)'; then
  echo "::error title=ssot-tracker::Node.js $(node --version) is too old: ssot-tracker needs 20.12 or newer (actions/setup-node)"
  exit 2
fi

cd "$here"
if [ -f dist/cli/main.js ] && [ -f node_modules/.package-lock.json ]; then
  echo "ssot-tracker $(node bin/ssot.js --version) is installed in $here"
  exit 0 # a second use of the action in the same job
fi
npm ci --no-audit --no-fund --loglevel=error
echo "installed ssot-tracker $(node bin/ssot.js --version) in $here"
