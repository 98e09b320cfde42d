#!/usr/bin/env bash
# Segment search timings (load excluded, from metrics.json), side by side with scikit-learn in one run:
#  1. clientele segment --search on the bundled telco data (features x scalers x k = 2..10);
#  2. k = 2..10 on make_blobs(100000, 10 features), silhouette sampled at 10,000 rows, against the
#     scikit-learn loop KMeans(n_init=3) + silhouette_score(sample_size=10000).
# Usage: bash bench/segment-search.sh [N]    (python3 with scikit-learn needed for part 2)
set -euo pipefail
PY=${PY:-/usr/bin/python3}   # a python3 that can import sklearn (Debian python3-sklearn)
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n=${1:-100000}
out=bench-out
mkdir -p "$out"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
phases() { python3 -c "import json,sys; m=json.load(open(sys.argv[1])); s=m['seconds']; \
print(f\"k={m['k']} features={m['features']} scaler={m['scaler']} silhouette={m['silhouette']['value']:.4f} ({m['silhouette']['mode']}); \
search {s['search']:.2f} s, stability {s['stability']:.2f} s, fit {s['fit']:.2f} s, silhouette {s['silhouette']:.2f} s; \
total without load {sum(v for p, v in s.items() if p not in ('load', 'total')):.2f} s\")" "$1"; }

./clientele -q segment --data examples/telco_churn.csv --search --target churn --value monthly_charges \
  --out "$out/telco-search" >/dev/null
echo "telco --search: $(phases "$out/telco-search/metrics.json")"

[[ -f "$out/blobs$n.csv" ]] || "$PY" bench/segment_sweep_sklearn.py blobs "$n" "$out/blobs$n.csv"
./clientele -q segment --data "$out/blobs$n.csv" --k 2..10 --scaler none --n-init 3 --silhouette sampled:10000 \
  --out "$out/blobs-sweep" >/dev/null
echo "clientele k=2..10 on $n blobs: $(phases "$out/blobs-sweep/metrics.json")"
echo "scikit-learn k=2..10 on $n blobs: $("$PY" bench/segment_sweep_sklearn.py sweep "$out/blobs$n.csv" 2 10)"
