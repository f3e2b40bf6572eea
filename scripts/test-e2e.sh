#!/usr/bin/env bash
# End-to-end tests of the standalone page in a real browser (Debian's Chromium driven by playwright-core).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium (Playwright's own browser download does not work here)…"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# Rebuild when any source the page is built from is newer than the built page.
stale=0
if [ ! -f build/index.html ] || [ ! -f build/consolidate-worker.js ]; then stale=1
elif [ -n "$(find src webpack.config.js -newer build/index.html -type f -print -quit)" ]; then stale=1; fi
if [ "$stale" = 1 ]; then
  echo "Building the page (webpack --mode production)…"
  npx webpack --mode production
fi

npx jest -c jest.e2e.config.js "$@"
