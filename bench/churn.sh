#!/usr/bin/env bash
# Churn benchmark, side by side with scikit-learn in one run (see bench/RESULTS.md, section "Churn").
#   bench/churn.sh                 # 3 repeats
#   PY=/usr/bin/python3 SKLEARN_CHURN=/path/to/sklearn_churn.py bench/churn.sh 5
# The scikit-learn peer script is not part of this repository: it is the workplace's reference script
# (sklearn_churn.py in the shared bench folder next to this checkout), used as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
repeats="${1:-3}"
py="${PY:-/usr/bin/python3}"
sklearn="${SKLEARN_CHURN:-$(cd .. && pwd)/shared/bench/sklearn_churn.py}"
./clientele --version >/dev/null
echo "== $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "== load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -XX:+UseParallelGC -cp clientele-cli/target/clientele.jar bench/ChurnBench.java examples/telco_churn.csv "$repeats"
echo "== CLI end to end (JVM start, read CSV, train auto, write bundle)"
mkdir -p bench-out
for i in $(seq "$repeats"); do
  /usr/bin/time -f "clientele churn train: %e s wall, %M KB max RSS" \
    ./clientele -q churn train --data examples/telco_churn.csv --target churn --model bench-out/telco-model >/dev/null
done
if [[ -f "$sklearn" ]]; then
  echo "== scikit-learn ($sklearn): stratified 5-fold CV, fit s per fold"
  "$py" "$sklearn" --data examples/telco_churn.csv --target churn --positive Yes
else
  echo "== scikit-learn script not found at $sklearn (set SKLEARN_CHURN)"
fi
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"
