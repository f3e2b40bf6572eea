#!/usr/bin/env bash
# The whole suite, one command: `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system-deps.sh
npx tsc -p tsconfig.json --noEmit
npm run build:cli --silent
npx jest --ci
