#!/usr/bin/env bash
# Replay: time "rules test" and "rules diff" over N generated cases (default 100,000), with progress on stderr.
# Usage: bench/replay.sh [cases=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
dir=target/replay-$n
[[ -f target/hazard-judge.jar ]] || mvn -B -q -ntp package -DskipTests
if [[ ! -d $dir ]]; then
  echo "generating $n cases into $dir"
  mvn -B -q -ntp -Pbench -DskipTests test-compile exec:exec -Dbench.main=cn.yeji.hazard.bench.ReplayCases -Dbench.args="$dir $n"
fi
jvm=(-Xms2g -Xmx2g -XX:+AlwaysPreTouch)
t() { local s; s=$(date +%s%N); "$@" > /dev/null || true; echo "$(( ($(date +%s%N) - s) / 1000000 )) ms"; }
echo "rules test  ($n cases, 1 determination each): $(t java "${jvm[@]}" -jar target/hazard-judge.jar rules test --rules rules --cases "$dir")"
echo "rules diff  ($n cases, 2 determinations each): $(t java "${jvm[@]}" -jar target/hazard-judge.jar rules diff --base rules --candidate rules --cases "$dir")"
