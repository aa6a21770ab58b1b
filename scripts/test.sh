#!/usr/bin/env bash
# Runs the whole test suite from a fresh clone: restore, build (warnings are errors), every test project,
# then prints one closing line "N passed, N failed" summed over all test projects (from their TRX results).
# The services the tests need (PostgreSQL, Chromium) are started or installed here when missing.
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
results="TestResults"
rm -rf "$results"

if ! dotnet build Perizinan.sln -c Release -warnaserror -nologo -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# The storage contract tests need a real PostgreSQL: scripts/postgres.sh starts one (installing it when missing) and
# prints its connection string last. Without it those tests are skipped locally and fail when CI=true.
if pg_line="$(bash scripts/postgres.sh | tail -n 1)" && [[ "$pg_line" == PERIZINAN_POSTGRES=* ]]; then
  export "$pg_line"
else
  echo "could not start PostgreSQL (scripts/postgres.sh)"
fi

# The browser tests drive Debian's Chromium: scripts/chromium.sh installs it when missing and prints its path last.
# Without it those tests are skipped locally and fail when CI=true. Playwright never downloads a browser here.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# axe walks every page of every sample form (not only izin-reklame): the accessibility promise is for all of them.
export PERIZINAN_SAMPLES_AXE="${PERIZINAN_SAMPLES_AXE:-1}"
if chromium_line="$(bash scripts/chromium.sh | tail -n 1)" && [[ "$chromium_line" == PERIZINAN_CHROMIUM=* ]]; then
  export "$chromium_line"
else
  echo "could not install Chromium (scripts/chromium.sh)"
fi

dotnet test Perizinan.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
status=$?

passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  p=$(get passed); f=$(get failed); e=$(get error); t=$(get total); x=$(get executed)
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
  skipped=$((skipped + ${t:-0} - ${x:-0}))
done

if [ "$files" -eq 0 ]; then
  echo "no test results were written"
  failed=$((failed + 1))
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $status"
  failed=1
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
