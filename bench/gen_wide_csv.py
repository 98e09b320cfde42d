#!/usr/bin/env python3
"""Writes a seeded wide CSV for the data-loading benchmark (bench/load_vs_pandas.sh).

Columns (20): an integer id, 9 numeric columns (integers, decimals with 2 digits, a few with ~2% blank
cells, one 0/1 flag) and 10 text columns whose cardinality runs from 2 to 5,000 (one with ~1% blanks).
Same seed, same bytes.

    python3 bench/gen_wide_csv.py --rows 1000000 --seed 7 --out bench-out/wide_1m.csv
"""
import argparse
import os

import numpy as np
import pandas as pd


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--out", default="bench-out/wide_1m.csv")
    a = p.parse_args()
    rng = np.random.default_rng(a.seed)
    n = a.rows
    cols = {"id": np.arange(1, n + 1)}
    cols["age"] = rng.integers(18, 90, n)
    cols["visits"] = rng.poisson(4.0, n)
    cols["flag"] = rng.integers(0, 2, n)
    cols["spend"] = np.round(rng.gamma(2.0, 40.0, n), 2)
    cols["balance"] = np.round(rng.normal(1000.0, 350.0, n), 2)
    cols["score"] = np.round(rng.uniform(0.0, 1.0, n), 4)
    cols["days_since"] = rng.integers(0, 3650, n).astype(float)
    cols["ratio"] = np.round(rng.lognormal(0.0, 1.0, n), 3)
    cols["discount"] = np.round(rng.uniform(0.0, 30.0, n), 2)
    for name, miss in (("days_since", 0.02), ("ratio", 0.02)):
        cols[name] = np.where(rng.random(n) < miss, np.nan, cols[name])
    cards = {"label": 2, "tier": 3, "region": 5, "channel": 7, "plan": 12, "device": 20,
             "country": 60, "segment": 150, "city": 1000, "product": 5000}
    for name, k in cards.items():
        levels = np.array([f"{name}_{i:04d}" for i in range(k)])
        weights = 1.0 / np.arange(1, k + 1)  # Zipf-like: a few levels dominate
        codes = rng.choice(k, n, p=weights / weights.sum())
        cols[name] = levels[codes]
    cols["city"] = np.where(rng.random(n) < 0.01, "", cols["city"])
    os.makedirs(os.path.dirname(a.out) or ".", exist_ok=True)
    df = pd.DataFrame(cols)
    df.to_csv(a.out, index=False, float_format="%.10g")
    print(f"wrote {a.out}: {n} rows x {len(df.columns)} columns, {os.path.getsize(a.out) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
