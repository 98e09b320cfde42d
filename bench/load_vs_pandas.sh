#!/usr/bin/env bash
# Data loading, side by side: Clientele's TableReader.read (CSV -> typed in-memory Table) against
# pandas.read_csv on the same generated file, in the same run.
#
#   bench/load_vs_pandas.sh [REPETITIONS]      (default 5; file: bench-out/wide_1m.csv, generated if absent)
#
# Two views are printed:
#  - in-process: each tool loads the file REPETITIONS times in one process; the median excludes start-up
#    (JVM and Python/pandas import) but includes everything the load does. The JVM's first repetition also
#    pays for JIT compilation; it is printed and counts in the median like the others.
#  - cold: one fresh process per tool that loads the file once, timed from outside (start-up included).
# Environment: PY (default /usr/bin/python3), BENCH_FILE, BENCH_ROWS (default 1000000), JAVA (default java).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
reps="${1:-5}"
py="${PY:-/usr/bin/python3}"
java="${JAVA:-java}"
rows="${BENCH_ROWS:-1000000}"
file="${BENCH_FILE:-bench-out/wide_1m.csv}"

if [[ ! -f "$file" ]]; then
  "$py" bench/gen_wide_csv.py --rows "$rows" --seed 7 --out "$file" >&2
fi
echo "building (skipping tests)..." >&2
./mvnw -B -q -o -pl clientele-cli -am package -DskipTests >&2
cp="clientele-cli/target/clientele.jar:clientele-core/target/test-classes"
jopts=(-XX:+UseParallelGC -Xmx8g)

echo "== $(date -u +%FT%TZ) $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(free -g | awk '/^Mem:/ {print $2}') GiB; load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "file: $file ($(du -h "$file" | cut -f1), $(($(wc -l <"$file") - 1)) rows)"

echo "-- in-process, $reps repetitions each"
jout=$("$java" "${jopts[@]}" -cp "$cp" dev.clientele.bench.LoadBench "$file" "$reps")
echo "$jout"
pout=$("$py" - "$file" "$reps" <<'PY'
import statistics, sys, time
import pandas as pd
path, reps = sys.argv[1], int(sys.argv[2])
times, cpu = [], []
for r in range(reps):
    c0, t0 = time.process_time(), time.perf_counter()
    df = pd.read_csv(path)
    times.append(time.perf_counter() - t0)
    cpu.append(time.process_time() - c0)
    print(f"pandas rep {r + 1}: {times[-1]:.3f} s, cpu {cpu[-1]:.3f} s ({df.shape[0]} rows x {df.shape[1]} columns)")
print(f"pandas median: {statistics.median(times):.3f} s, cpu {statistics.median(cpu):.3f} s (pandas {pd.__version__})")
PY
)
echo "$pout"
jm=$(sed -n 's/^clientele median: \([0-9.]*\) s, cpu.*/\1/p' <<<"$jout")
pm=$(sed -n 's/^pandas median: \([0-9.]*\) s, cpu.*/\1/p' <<<"$pout")
jc=$(sed -n 's/^clientele median: .*cpu \([0-9.]*\) s$/\1/p' <<<"$jout")
pc=$(sed -n 's/^pandas median: .*cpu \([0-9.]*\) s .*/\1/p' <<<"$pout")
echo "in-process medians: clientele $jm s, pandas $pm s, clientele/pandas = $(awk -v a="$jm" -v b="$pm" 'BEGIN { printf "%.2f", a / b }')"
echo "cpu medians: clientele $jc s, pandas $pc s (clientele runs DuckDB on $(nproc) threads; pandas parses on one)"

echo "-- cold, one process each (start-up included)"
t0=$(date +%s.%N); "$java" "${jopts[@]}" -cp "$cp" dev.clientele.bench.LoadBench "$file" 1 >/dev/null; t1=$(date +%s.%N)
"$py" -c "import sys, pandas as pd; pd.read_csv(sys.argv[1])" "$file"; t2=$(date +%s.%N)
awk -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN { printf "cold: clientele %.2f s, pandas %.2f s, clientele/pandas = %.2f\n", b - a, c - b, (b - a) / (c - b) }'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
