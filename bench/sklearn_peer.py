"""scikit-learn side of bench/segment.sh: K-Means, silhouette and k-sweep timings on a numeric CSV.

  python3 bench/sklearn_peer.py blobs N OUT.csv
  python3 bench/sklearn_peer.py kmeans CSV [--k 8] [--n-init 1] [--repeat 3]
  python3 bench/sklearn_peer.py silhouette CSV [--k 8] [--sample 0] [--labels-out FILE]
  python3 bench/sklearn_peer.py sweep CSV [--k 2..10] [--sample 10000] [--n-init 1]

blobs writes make_blobs(N, 10 features, 8 centres, cluster_std 2.0, random_state 0) with header x0..x9
(the data of the issue's performance goals). The others read every numeric column, print one JSON
object, and time only the computation (time.perf_counter), never the reading. silhouette clusters with
KMeans(k, n_init=1, random_state=seed), writes those labels (one per line) when asked, so the Java side
can score the very same partition, then times silhouette_score (exact unless --sample).
"""
import argparse
import gc
import json
import statistics
import time

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.datasets import make_blobs
from sklearn.metrics import silhouette_score
from threadpoolctl import threadpool_info


def timed(fn):
    gc.collect()
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def read(path):
    frame = pd.read_csv(path, float_precision="round_trip").select_dtypes("number")
    return frame.to_numpy(dtype=np.float64)


def kmeans(k, n_init, seed):
    return KMeans(n_clusters=k, n_init=n_init, init="k-means++", random_state=seed)


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    blobs = sub.add_parser("blobs")
    blobs.add_argument("n", type=int)
    blobs.add_argument("out")
    for name in ("kmeans", "silhouette", "sweep"):
        p = sub.add_parser(name)
        p.add_argument("csv")
        p.add_argument("--k", default="2..10" if name == "sweep" else "8")
        p.add_argument("--seed", type=int, default=0)
        p.add_argument("--n-init", type=int, default=1)
        p.add_argument("--repeat", type=int, default=3)
        p.add_argument("--sample", type=int, default=10000 if name == "sweep" else 0)
        p.add_argument("--labels-out")
    a = parser.parse_args()

    if a.cmd == "blobs":
        X, _ = make_blobs(n_samples=a.n, n_features=10, centers=8, cluster_std=2.0, random_state=0)
        pd.DataFrame(X, columns=[f"x{j}" for j in range(10)]).to_csv(a.out, index=False)
        print(json.dumps({"wrote": a.out, "rows": a.n}))
        return

    X = read(a.csv)
    out = {"csv_rows": len(X), "columns": X.shape[1],
           "threads": {t["internal_api"]: t["num_threads"] for t in threadpool_info()}}
    if a.cmd == "kmeans":
        k = int(a.k)
        fits = [timed(lambda: kmeans(k, a.n_init, a.seed).fit(X)) for _ in range(a.repeat)]
        model = fits[-1][0]
        times = [t for _, t in fits]
        out.update(k=k, n_init=a.n_init, fit_s_first=times[0], fit_s_median=statistics.median(times),
                   fit_s_all=times, inertia=float(model.inertia_), n_iter=int(model.n_iter_))
    elif a.cmd == "silhouette":
        k = int(a.k)
        labels = kmeans(k, 1, a.seed).fit(X).labels_
        if a.labels_out:
            np.savetxt(a.labels_out, labels, fmt="%d")
        if a.sample:
            value, seconds = timed(lambda: silhouette_score(X, labels, sample_size=a.sample, random_state=a.seed))
        else:
            value, seconds = timed(lambda: silhouette_score(X, labels))
        out.update(k=k, mode=f"sampled {a.sample}" if a.sample else "exact", silhouette=float(value),
                   seconds=seconds)
    else:
        lo, hi = (int(v) for v in a.k.split(".."))
        rows = []
        start = time.perf_counter()
        for k in range(lo, hi + 1):
            model, fit_s = timed(lambda: kmeans(k, a.n_init, a.seed).fit(X))
            value, sil_s = timed(lambda: silhouette_score(X, model.labels_, sample_size=a.sample or None,
                                                          random_state=a.seed))
            rows.append({"k": k, "fit_s": fit_s, "silhouette_s": sil_s, "inertia": float(model.inertia_),
                         "silhouette": float(value)})
        best = max(rows, key=lambda r: r["silhouette"])
        out.update(n_init=a.n_init, sample=a.sample, total_s=time.perf_counter() - start, best_k=best["k"],
                   best_silhouette=best["silhouette"], rows=rows)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
