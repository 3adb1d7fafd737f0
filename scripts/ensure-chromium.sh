#!/usr/bin/env bash
# Makes sure headless Chromium is at /usr/bin/chromium for the browser test (test/testing/inspector-browser.test.ts)
# and the inspector screenshot (scripts/screenshot-inspector.ts). Like with-redis.sh: already there, nothing happens;
# missing and running as root with apt-get (a fresh CI machine), Debian's `chromium` package is installed;
# otherwise a clear error says what to install. CHROMIUM_PATH names another binary to use instead.
set -euo pipefail

bin="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [[ -x "$bin" ]]; then
  exit 0
fi

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  echo "ensure-chromium: CHROMIUM_PATH=$bin is not an executable file" >&2
  exit 1
fi

if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "== ensure-chromium: installing chromium (apt)" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  if [[ -x "$bin" ]]; then
    exit 0
  fi
  echo "ensure-chromium: the chromium package installed but $bin is missing" >&2
  exit 1
fi

echo "ensure-chromium: $bin is missing; install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH" >&2
exit 1
