#!/usr/bin/env bash
# Start-up: time from process start to the first successful verdict, over N runs (default 3).
# Usage: bench/startup.sh [runs=3] [extra JVM options...]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}; shift || true
port=18091
[[ -f target/hazard-judge.jar ]] || mvn -B -q -ntp package -DskipTests
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  data=$(mktemp -d)
  java "$@" -jar target/hazard-judge.jar --server.port=$port --hazard.rules.watch=false --hazard.data.dir="$data" \
    --hazard.security.admin-password=bench-admin-secret > target/startup-server.log 2>&1 &
  pid=$!
  until curl -sf -o /dev/null -u admin:bench-admin-secret -X POST "localhost:$port/api/v1/determinations" -H 'Content-Type: application/json' \
      --data-binary @bench/payloads/typical.json; do
    kill -0 $pid 2>/dev/null || { echo "server exited; see target/startup-server.log"; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  echo "run $i: first verdict after $(( (end - start) / 1000000 )) ms"
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$data"
done
