"""Summarises a bench/segment.sh log (JSON lines) as the markdown of bench/RESULTS.md's Segmentation section.

  python3 bench/segment_report.py bench-out/segment-DATE.jsonl
"""
import json
import statistics
import sys
from collections import defaultdict


def seconds(result):
    for key in ("fit_s_median", "seconds_median", "seconds", "total_s"):
        if key in result:
            return result[key]
    raise KeyError(result)


def first_seconds(result):
    for key in ("fit_s_first", "seconds_first"):
        if key in result:
            return result[key]
    return seconds(result)


def quality(result):
    for key in ("inertia", "silhouette", "best_silhouette"):
        if key in result:
            extra = f", best k {result['best_k']}" if "best_k" in result else ""
            return f"{key} {result[key]:.12g}{extra}"
    return ""


def main(path):
    meta, runs = {}, defaultdict(lambda: defaultdict(list))
    with open(path) as f:
        for line in f:
            row = json.loads(line)
            if "meta" in row:
                meta = row["meta"]
            else:
                runs[row["case"]][row["side"]].append(row)
    loads = [r["load"] for sides in runs.values() for rows in sides.values() for r in rows]
    print(f"Run {meta.get('date')} on {meta.get('cpu')} ({meta.get('cpus')} CPUs), commit {meta.get('git')}; "
          f"1-min load {min(loads, default=0):.2f} to {max(loads, default=0):.2f} during the runs.\n")
    print("| case | scikit-learn s (median, min) | Clientele s (median, min) | Java first run s | sklearn / Java (median) | quality: sklearn / Clientele |")
    print("|---|---|---|---|---|---|")
    diffs = []
    for case, sides in runs.items():
        def stats(side):
            values = [seconds(r["result"]) for r in sides.get(side, [])]
            return (statistics.median(values), min(values)) if values else (None, None)
        sk, jv = stats("sklearn"), stats("java")
        firsts = [first_seconds(r["result"]) for r in sides.get("java", [])]
        ratio = f"{sk[0] / jv[0]:.1f}x" if sk[0] and jv[0] else "n/a"
        q = " / ".join(quality(sides[s][-1]["result"]) if sides.get(s) else "-" for s in ("sklearn", "java"))
        fmt = lambda s: f"{s[0]:.3f}, {s[1]:.3f}" if s[0] is not None else "-"
        first = f"{statistics.median(firsts):.3f}" if firsts else "-"
        print(f"| {case} | {fmt(sk)} | {fmt(jv)} | {first} | {ratio} | {q} |")
        if sides.get("sklearn") and sides.get("java") and "silhouette" in sides["java"][-1]["result"] \
                and "best_k" not in sides["java"][-1]["result"]:
            diffs.append(f"{case}: |sklearn - Clientele| = "
                         f"{abs(sides['sklearn'][-1]['result']['silhouette'] - sides['java'][-1]['result']['silhouette']):.1e}")
    for line in diffs:
        print(f"\n{line}")


if __name__ == "__main__":
    main(sys.argv[1])
