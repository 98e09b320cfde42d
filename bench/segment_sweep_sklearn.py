"""scikit-learn side of bench/segment-search.sh: the loop an analyst writes by hand.

  python3 bench/segment_sweep_sklearn.py blobs N OUT.csv      make_blobs(N, 10 features, 8 centers, std 2, seed 0)
  python3 bench/segment_sweep_sklearn.py sweep CSV LOW HIGH   KMeans(k, n_init=3) + silhouette_score(sample_size=10000)
                                                              per k; prints JSON with the total seconds (load excluded)
"""
import json
import sys
import time

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.datasets import make_blobs
from sklearn.metrics import silhouette_score

if sys.argv[1] == "blobs":
    x, _ = make_blobs(n_samples=int(sys.argv[2]), n_features=10, centers=8, cluster_std=2.0, random_state=0)
    pd.DataFrame(x, columns=[f"x{i}" for i in range(10)]).to_csv(sys.argv[3], index=False)
else:
    x = pd.read_csv(sys.argv[2]).to_numpy(dtype=np.float64)
    start = time.perf_counter()
    best = None
    for k in range(int(sys.argv[3]), int(sys.argv[4]) + 1):
        km = KMeans(n_clusters=k, n_init=3, random_state=0).fit(x)
        s = silhouette_score(x, km.labels_, sample_size=min(10000, len(x)), random_state=0)
        best = max(best or (s, k), (s, k))
    print(json.dumps({"tool": "scikit-learn", "seconds": time.perf_counter() - start, "best_k": best[1],
                      "silhouette": best[0]}))
