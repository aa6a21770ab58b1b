#!/usr/bin/env bash
# Ensures Debian's Chromium for the browser tests (tests/Perizinan.Browser.Tests) and prints its path as the last line
# of stdout: PERIZINAN_CHROMIUM=/usr/bin/chromium
# Installs the package with apt-get when the executable is missing (running apt-get update first only when the plain
# install fails, so that a machine with fresh package lists does not fetch them again). Playwright never downloads a
# browser of its own: the tests drive this one. Everything but the last line goes to stderr.
set -euo pipefail

chromium="${PERIZINAN_CHROMIUM:-/usr/bin/chromium}"
log() { echo "chromium.sh: $*" >&2; }

if [ ! -x "$chromium" ]; then
  if [ "$chromium" != /usr/bin/chromium ]; then
    log "PERIZINAN_CHROMIUM=$chromium is not an executable"
    exit 1
  fi
  log "$chromium not found: installing Debian's chromium"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y -qq chromium >&2; then
    log "install failed: updating the package lists and trying again"
    apt-get update -qq >&2
    apt-get install -y -qq chromium >&2
  fi
  [ -x "$chromium" ] || { log "chromium installed but $chromium is still missing"; exit 1; }
fi

log "using $("$chromium" --version 2>/dev/null || echo "$chromium")"
echo "PERIZINAN_CHROMIUM=$chromium"
