#!/usr/bin/env bash
# Host benchmarks on loopback (docs/benchmarks.md, "Host"): cold and warm start to the first served form, page and
# evaluate throughput with wrk, draft saves and submits end to end with the benchmarks' --http driver.
# Usage: bash scripts/bench-host.sh [seconds per load, default 15]. Needs wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
port=5091
base="http://127.0.0.1:$port"
data="$(mktemp -d /tmp/perizinan-bench-XXXXXX)"
work="$(mktemp -d /tmp/perizinan-wrk-XXXXXX)"
trap 'if [ -n "${pid:-}" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$data" "$work" || true' EXIT

if curl -s -o /dev/null "$base/health/live"; then echo "port $port is already in use: stop that server first"; exit 1; fi
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
dotnet build host/Perizinan.Host -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build tests/Perizinan.Benchmarks -c Release -nologo -clp:ErrorsOnly >/dev/null

start_host() {
  # Development: the dev notification channel is allowed; request logging is off; limits raised so that the rate
  # limiter measures nothing but itself; stress-300 published (index 0 of PublishExclude replaced).
  ( cd host/Perizinan.Host && exec env ASPNETCORE_ENVIRONMENT=Development DOTNET_gcServer=1 \
      Logging__LogLevel__Default=Warning "Logging__LogLevel__Microsoft.AspNetCore=Warning" \
      Perizinan__DataFolder="$data" Perizinan__PublishExclude__0=stress-2000 \
      Perizinan__RateLimits__EvaluatePerMinute=100000000 Perizinan__RateLimits__WritePerMinute=100000000 \
      Perizinan__RateLimits__SubmitPerMinute=100000000 \
      dotnet bin/Release/net10.0/Perizinan.Host.dll --urls "$base" >"$work/host.log" 2>&1 ) &
  pid=$!
}

pid=""
elapsed=""
first_form_seconds() { # sets $elapsed (not a $(…) call: the host's pid must stay in this shell)
  local t0 t1
  t0=$(date +%s.%N)
  start_host
  local tries=0
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/izin/izin-keramaian")" = 200 ]; do
    sleep 0.02; tries=$((tries + 1))
    if [ "$tries" -gt 3000 ] || ! kill -0 "$pid" 2>/dev/null; then echo "the host did not serve a form; its log:" >&2; cat "$work/host.log" >&2; exit 1; fi
  done
  t1=$(date +%s.%N)
  elapsed=$(printf "%.2f" "$(echo "$t1 - $t0" | bc)")
}

first_form_seconds; cold=$elapsed; kill "$pid"; wait "$pid" 2>/dev/null || true
first_form_seconds; warm=$elapsed
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ]; do sleep 0.1; done

# Request bodies: a scenario's answers with dates moved to today (WIB), as the --http driver does.
python3 - "$work" <<'PY'
import json, sys, datetime, glob, os
work = sys.argv[1]
today = (datetime.datetime.utcnow() + datetime.timedelta(hours=7)).date()
def shift(node, days):
    if isinstance(node, dict):
        for k, v in node.items():
            if isinstance(v, str) and len(v) == 10 and v[4] == '-' and v[7] == '-':
                try: node[k] = (datetime.date.fromisoformat(v) + datetime.timedelta(days=days)).isoformat(); continue
                except ValueError: pass
            shift(v, days)
    elif isinstance(node, list):
        for v in node: shift(v, days)
for form, scenario in [("izin-keramaian", "01-hajatan-kecil-lengkap.json"), ("stress-300", None)]:
    folder = f"samples/forms/{form}/1.0.0/scenarios"
    path = os.path.join(folder, scenario) if scenario else sorted(glob.glob(folder + "/*.json"))[0]
    s = json.load(open(path))
    shift(s["answers"], (today - datetime.date.fromisoformat(s.get("today", "2026-11-25"))).days)
    json.dump({"answers": s["answers"]}, open(f"{work}/{form}.json", "w"))
PY
cat >"$work/post.lua" <<'LUA'
local f = io.open(os.getenv("BODY"), "r")
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
LUA

run_wrk() { # name, connections, path, [body file]
  local name="$1" conns="$2" path="$3" body="${4:-}" out
  if [ -n "$body" ]; then
    out=$(BODY="$body" wrk -t2 -c"$conns" -d"${seconds}s" --latency -s "$work/post.lua" "$base$path")
  else
    out=$(wrk -t2 -c"$conns" -d"${seconds}s" --latency -H 'Accept-Encoding: br' "$base$path")
  fi
  local rps p50 p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $NF} /Socket errors/ {print}' | tr '\n' ' ')
  echo "| $name | $conns | $rps | $p50 | $p99 | ${errors:-0} |"
}

# Warm-up (not reported): JIT and tiered compilation of the request paths, the forms' first evaluations.
BODY="$work/izin-keramaian.json" wrk -t2 -c16 -d5s -s "$work/post.lua" "$base/api/v1/forms/izin-keramaian/versions/1.0.0/evaluate" >/dev/null
BODY="$work/stress-300.json" wrk -t2 -c16 -d5s -s "$work/post.lua" "$base/api/v1/forms/stress-300/versions/1.0.0/evaluate" >/dev/null
wrk -t2 -c16 -d3s "$base/izin/izin-reklame" >/dev/null

echo "Host benchmarks, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| start | seconds to the first served form |"
echo "|---|---|"
echo "| cold (empty data folder: migrations, compile and publish the samples) | $cold |"
echo "| warm (restart: packages unchanged, form compiled on first request) | $warm |"
echo
echo "| wrk load | connections | requests/s | p50 | p99 | errors |"
echo "|---|---|---|---|---|---|"
run_wrk "evaluate, typical form (izin-keramaian)" 8 /api/v1/forms/izin-keramaian/versions/1.0.0/evaluate "$work/izin-keramaian.json"
run_wrk "evaluate, typical form (izin-keramaian)" 32 /api/v1/forms/izin-keramaian/versions/1.0.0/evaluate "$work/izin-keramaian.json"
run_wrk "evaluate, stress-300" 32 /api/v1/forms/stress-300/versions/1.0.0/evaluate "$work/stress-300.json"
run_wrk "permit page (HTML, br)" 32 /izin/izin-reklame
run_wrk "catalog page (HTML, br)" 32 /
echo
dotnet tests/Perizinan.Benchmarks/bin/Release/net10.0/Perizinan.Benchmarks.dll --http "$base/" "$seconds"
