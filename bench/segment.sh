#!/usr/bin/env bash
# Segmentation benchmark, Clientele and scikit-learn side by side on the same data in one run.
# Usage: bench/segment.sh [all|kmeans|silhouette|silhouette1m|sweep]   (from the repository root)
# Env: PY (python3 with scikit-learn, default /usr/bin/python3), REPEAT (alternating rounds, default 3).
# Each round runs the scikit-learn command, then the Java one, so both see the same machine state.
# Raw JSON lines go to bench-out/segment-<date>.jsonl; bench/segment_report.py summarises them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
PY="${PY:-/usr/bin/python3}"
REPEAT="${REPEAT:-3}"
what="${1:-all}"
out="bench-out"
mkdir -p "$out"
log="$out/segment-$(date +%Y%m%d-%H%M%S).jsonl"
jar=clientele-bench/target/clientele-bench.jar

if [[ ! -f "$jar" || -n "$(find clientele-core/src/main clientele-bench/src -newer "$jar" -print -quit)" ]]; then
  ./mvnw -B -q -Pbench -pl clientele-bench -am package -DskipTests
fi
java_bench=(java -Xmx10g -XX:+UseParallelGC --add-modules jdk.incubator.vector
  -cp "$jar" dev.clientele.bench.SegmentSideBySide)

data() {  # data N -> path of make_blobs(N, 10 features, 8 centres, std 2.0, seed 0)
  local f="$out/blobs$1.csv"
  [[ -f "$f" ]] || "$PY" bench/sklearn_peer.py blobs "$1" "$f" >&2
  echo "$f"
}

record() {  # record CASE SIDE ROUND command... : runs it, appends {"case","side","round","load",...}
  local case=$1 side=$2 round=$3
  shift 3
  local load result
  load=$(cut -d' ' -f1 /proc/loadavg)
  echo "[$(date +%T)] $case $side round $round (load $load)" >&2
  result=$("$@" 2>/dev/null | tail -1)
  echo "{\"case\": \"$case\", \"side\": \"$side\", \"round\": $round, \"load\": $load, \"result\": $result}" >>"$log"
}

{
  echo "{\"meta\": {\"date\": \"$(date -Iseconds)\", \"cpu\": \"$(lscpu | sed -n 's/^Model name: *//p' | head -1)\","
  echo "\"cpus\": $(nproc), \"git\": \"$(git rev-parse --short HEAD)\", \"load_start\": \"$(cut -d' ' -f1-3 /proc/loadavg)\"}}"
} | tr -d '\n' >>"$log"
echo >>"$log"

if [[ $what == all || $what == kmeans ]]; then
  f=$(data 1000000)
  for r in $(seq "$REPEAT"); do
    for ninit in 1 10; do
      record "kmeans 1M n_init=$ninit" sklearn "$r" "$PY" bench/sklearn_peer.py kmeans "$f" --n-init "$ninit" --repeat 3
      record "kmeans 1M n_init=$ninit" java "$r" "${java_bench[@]}" kmeans "$f" --n-init "$ninit" --repeat 3
    done
  done
fi
if [[ $what == all || $what == silhouette ]]; then
  f=$(data 100000)
  for r in $(seq "$REPEAT"); do
    record "silhouette exact 100k" sklearn "$r" "$PY" bench/sklearn_peer.py silhouette "$f" --labels-out "$out/labels100000.txt"
    record "silhouette exact 100k" java "$r" "${java_bench[@]}" silhouette "$f" --labels "$out/labels100000.txt"
  done
fi
if [[ $what == all || $what == sweep ]]; then
  f=$(data 100000)
  for r in $(seq "$REPEAT"); do
    for ninit in 1 10; do
      record "sweep k=2..10 100k n_init=$ninit" sklearn "$r" "$PY" bench/sklearn_peer.py sweep "$f" --n-init "$ninit"
      record "sweep k=2..10 100k n_init=$ninit" java "$r" "${java_bench[@]}" sweep "$f" --n-init "$ninit"
    done
  done
fi
if [[ $what == all || $what == silhouette1m ]]; then
  f=$(data 1000000)
  "$PY" bench/sklearn_peer.py silhouette "$f" --sample 10000 --labels-out "$out/labels1000000.txt" >/dev/null
  record "silhouette exact 1M" java 1 "${java_bench[@]}" silhouette "$f" --labels "$out/labels1000000.txt"
fi
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
"$PY" bench/segment_report.py "$log"
