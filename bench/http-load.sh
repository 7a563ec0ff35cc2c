#!/usr/bin/env bash
# HTTP load: POST /api/v1/determinations vs the benchmark-only echo endpoint (same payload, no judging),
# from wrk in a second process on loopback. Bounded: each run lasts a fixed time and wrk stops by itself.
# Usage: bench/http-load.sh [payload=typical] [seconds=30] [connections=4]
set -euo pipefail
cd "$(dirname "$0")/.."
payload=${1:-typical}; seconds=${2:-30}; connections=${3:-4}
port=18090
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
[[ -f target/hazard-judge-bench.jar ]] || mvn -B -q -ntp -Pbench package -DskipTests

data=$(mktemp -d)
java -Xms1g -Xmx1g -XX:+AlwaysPreTouch -jar target/hazard-judge-bench.jar --spring.profiles.active=bench \
  --server.port=$port --hazard.rules.watch=false --logging.level.root=WARN --hazard.data.dir="$data" \
  --hazard.security.admin-password=bench-admin-secret > target/http-load-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 240); do curl -sf localhost:$port/actuator/health >/dev/null && break; sleep 0.25; done
# Both endpoints are called with the same API token, as a machine client would (a token costs a hash and
# a cached lookup; HTTP Basic would add a BCrypt check to every request).
token=$(curl -sf -u admin:bench-admin-secret -X POST localhost:$port/api/v1/tokens -H 'Content-Type: application/json' \
  -d '{"name": "http-load"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')

lua=$(mktemp --suffix=.lua)
cat > "$lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
local f = io.open("bench/payloads/$payload.json", "r"); wrk.body = f:read("*a"); f:close()
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50_ms=%.3f p99_ms=%.3f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA

run() { # endpoint seconds
  wrk -t"${WRK_THREADS:-1}" -c"$connections" -d"$2s" --timeout 5s -s "$lua" "http://127.0.0.1:$port$1" | grep RESULT
}
echo "warm-up ($payload, 10 s each)"; run /bench/echo 10 >/dev/null; run /api/v1/determinations 10 >/dev/null
echo "measuring $seconds s each, $connections connections, payload $payload"
echo_line=$(run /bench/echo "$seconds"); det_line=$(run /api/v1/determinations "$seconds")
echo "echo           $echo_line"; echo "determinations $det_line"
rps() { sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$1"; }
awk -v d="$(rps "$det_line")" -v e="$(rps "$echo_line")" 'BEGIN { printf "ratio determinations/echo = %.1f %%\n", 100 * d / e }'
rm -f "$lua"
