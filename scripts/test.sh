#!/usr/bin/env bash
# The whole suite, one command: `npm test`.
# Installs the Debian packages it needs when missing (chromium, LibreOffice Calc, xmllint),
# typechecks, builds the CLI, runs the unit/integration suites, then the browser end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-system-deps.sh
echo "== Kiểm tra kiểu (tsc --noEmit)"
npx tsc -p tsconfig.json --noEmit
echo "== Biên dịch CLI"
npm run build:cli --silent
echo "== Kiểm tra manifest.xml với XSD"
bash scripts/validate-manifest.sh
echo "== Kiểm thử (jest)"
npx jest --ci
echo "== Kiểm thử đầu cuối trong chromium"
npx webpack --mode production
bash scripts/test-e2e.sh --ci
