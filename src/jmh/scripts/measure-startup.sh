#!/usr/bin/env bash
# Measures what BENCHMARKS.md reports outside JMH: the spec-edit -> jar loop and the CLI's start-up.
# Run from the checkout after `mvn package` (the CLI jar and target/scenario exist), on a quiet machine:
#   bash src/jmh/scripts/measure-startup.sh [runs]      (default 5 runs of each)
# Prints min and median wall time, median CPU time (user + system) and median peak RSS.
# Needs GNU time (/usr/bin/time). Leaves openapi/openapi.yaml as it found it.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-5}
jar=$(ls target/*-cli.jar | head -n 1)
work=$(mktemp -d)
mock_pid=
cleanup() {
  [[ -n "$mock_pid" ]] && kill "$mock_pid" 2>/dev/null || true
  if [[ -f "$work/openapi.yaml" ]]; then cp "$work/openapi.yaml" openapi/openapi.yaml; fi
  rm -rf "$work"
}
trap cleanup EXIT

# Runs "$@" $runs times; prints one line: label, min/median wall, median CPU, median peak RSS.
measure() {
  local label=$1; shift
  : > "$work/times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/one" "$@" > /dev/null 2>&1 < /dev/null || true
    tail -n 1 "$work/one" >> "$work/times"
  done
  local m=$(( (runs + 1) / 2 ))
  local wall_min wall_med cpu_med rss_med
  wall_min=$(awk '{ print $1 }' "$work/times" | sort -n | head -n 1)
  wall_med=$(awk '{ print $1 }' "$work/times" | sort -n | sed -n "${m}p")
  cpu_med=$(awk '{ printf "%.2f\n", $2 + $3 }' "$work/times" | sort -n | sed -n "${m}p")
  rss_med=$(awk '{ printf "%d\n", $4 / 1024 }' "$work/times" | sort -n | sed -n "${m}p")
  echo "| $label | $wall_min | $wall_med | $cpu_med | $rss_med |"
}

echo "Machine: $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| Spec edit -> jar ($runs runs) | min s | median s | median CPU s | median peak MiB |"
echo "|---|---|---|---|---|"
cp openapi/openapi.yaml "$work/openapi.yaml"
mvn -o -q -Plibrary-jar package > /dev/null # warm: the loop measures an edit after a build
edit_and_build() {
  # A one-line description change, different each run, as a maintainer makes.
  sed -i "0,/description: \"Caption generated automatically for the asset\.[^\"]*\"/s//description: \"Caption generated automatically for the asset. $RANDOM\"/" openapi/openapi.yaml
  mvn -o -q -Plibrary-jar package
}
export -f edit_and_build
measure "mvn -o -q -Plibrary-jar package" bash -c edit_and_build
cp "$work/openapi.yaml" openapi/openapi.yaml
mvn -o -q -Plibrary-jar package > /dev/null
echo

cat > "$work/Hi.java" <<'JAVA'
public class Hi { public static void main(String[] args) { System.out.println("hi"); } }
JAVA
javac -d "$work" "$work/Hi.java"
port=$(( 20000 + RANDOM % 20000 ))
java -jar "$jar" mock --port "$port" > "$work/mock.log" 2>&1 &
mock_pid=$!
for _ in $(seq 100); do grep -q "listening" "$work/mock.log" && break; sleep 0.1; done
export SCENARIO_SDK_API_KEY=replay-api-key SCENARIO_SDK_API_SECRET=replay-api-secret
local_url=http://127.0.0.1:$port/v1
target/scenario --version > /dev/null 2>&1 # the launcher writes its class-data archive before its first run

echo "| Command ($runs runs) | min s | median s | median CPU s | median peak MiB |"
echo "|---|---|---|---|---|"
measure "java Hi (a JVM printing hi)" java -cp "$work" Hi
measure "java -jar …-cli.jar list, local server" java -jar "$jar" list model_x --base-url "$local_url"
measure "target/scenario list, local server" target/scenario list model_x --base-url "$local_url"
unset SCENARIO_SDK_API_KEY SCENARIO_SDK_API_SECRET
target/scenario list model_x > /dev/null 2>&1 || true
measure "java -jar …-cli.jar list, replayed (no credentials)" java -jar "$jar" list model_eyVcnFJcR92BxBkz7N6g5w
measure "target/scenario list, replayed (no credentials)" target/scenario list model_eyVcnFJcR92BxBkz7N6g5w
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
