#!/usr/bin/env bash
# Transactions benchmark: 10M generated purchases of 1M customers -> per-customer features and churn labels,
# `clientele features` side by side with pandas groupby (bench/transactions_pandas.py), same input file,
# same definitions, outputs compared cell by cell. Wall time and peak memory from /usr/bin/time -v, whole
# process (reading the CSV, computing, writing the features CSV). Medians of REPEATS runs.
#
# usage: bench/transactions_vs_pandas.sh [CUSTOMERS] [REPEATS]   (defaults 1000000, 3; run from the repo root)
set -euo pipefail
cd "$(dirname "$0")/.."
customers=${1:-1000000}
repeats=${2:-3}
py=${PY:-/usr/bin/python3}
out=bench-out
mkdir -p "$out"
log="$out/transactions_${customers}.csv"
cutoff=2024-06-30
horizon=90

./clientele --version >/dev/null   # builds the jar first if needed, outside the timings
if [[ ! -f "$log" ]]; then
  ./clientele generate transactions --customers "$customers" --seed 1 --out "$log"
fi
rows=$(($(wc -l <"$log") - 1))

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/{print $2}') GB RAM"
echo "java: $(java -version 2>&1 | head -1); pandas: $($py -c 'import pandas; print(pandas.__version__)')"
echo "input: $log, $rows transactions, $customers customers; cutoff $cutoff, horizon ${horizon}d"
echo "load before: $(uptime | sed 's/.*load average: //')"

measure() {  # name, command...: prints "wall_seconds max_rss_mb cpu_seconds"
  local name=$1; shift
  local t="$out/time_$name.txt"
  /usr/bin/time -v "$@" >"$out/stdout_$name.txt" 2>"$t"
  awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,p,":"); s=(n==3)?p[1]*3600+p[2]*60+p[3]:p[1]*60+p[2]}
              /User time|System time/{c+=$2}
              /Maximum resident set size/{m=$2/1024} END{printf "%.2f %.0f %.1f\n", s, m, c}' "$t"
}

median() { sort -n | awk '{a[NR]=$1} END{print (NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2}'; }

declare -a cw cm cc pw pm pc
for ((i = 1; i <= repeats; i++)); do
  read -r s m c < <(measure clientele ./clientele features --transactions "$log" --customer customer --date date \
    --amount amount --quantity quantity --cutoff "$cutoff" --horizon "${horizon}d" --out "$out/features_clientele.csv")
  cw+=("$s"); cm+=("$m"); cc+=("$c")
  read -r s m c < <(measure pandas "$py" bench/transactions_pandas.py "$log" "$cutoff" "$horizon" "$out/features_pandas.csv")
  pw+=("$s"); pm+=("$m"); pc+=("$c")
  echo "run $i: clientele ${cw[-1]} s wall, ${cc[-1]} s cpu, ${cm[-1]} MB peak;" \
    "pandas ${pw[-1]} s wall, ${pc[-1]} s cpu, ${pm[-1]} MB peak ($(cat "$out/stdout_pandas.txt"))"
done
echo "load after: $(uptime | sed 's/.*load average: //')"
"$py" bench/transactions_compare.py "$out/features_clientele.csv" "$out/features_pandas.csv"

c=$(printf '%s\n' "${cw[@]}" | median); p=$(printf '%s\n' "${pw[@]}" | median)
echo
echo "| tool | median wall s | median CPU s (user+sys) | median peak RSS MB |"
echo "|---|---|---|---|"
echo "| clientele features | $c | $(printf '%s\n' "${cc[@]}" | median) | $(printf '%s\n' "${cm[@]}" | median) |"
echo "| pandas groupby | $p | $(printf '%s\n' "${pc[@]}" | median) | $(printf '%s\n' "${pm[@]}" | median) |"
awk -v c="$c" -v p="$p" 'BEGIN{printf "pandas / clientele wall-time ratio: %.2f\n", p / c}'
