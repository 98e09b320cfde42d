#!/usr/bin/env python3
"""Checks that two feature files (Clientele's and the pandas peer's) hold the same customers and values.

usage: transactions_compare.py A.csv B.csv   -> prints the largest difference per column, exits 1 on a mismatch
"""
import sys

import numpy as np
import pandas as pd

a = pd.read_csv(sys.argv[1], dtype={"customer": str}).set_index("customer").sort_index()
b = pd.read_csv(sys.argv[2], dtype={"customer": str}).set_index("customer").sort_index()
ok = a.index.equals(b.index) and list(a.columns) == list(b.columns)
print(f"customers: {len(a)} vs {len(b)}; same ids and columns: {ok}")
for col in a.columns.intersection(b.columns):
    x, y = a[col].to_numpy(float), b[col].to_numpy(float)
    same_missing = np.array_equal(np.isnan(x), np.isnan(y))
    both = ~np.isnan(x) & ~np.isnan(y)
    diff = float(np.max(np.abs(x[both] - y[both]) / np.maximum(1, np.abs(y[both])))) if both.any() else 0.0
    good = same_missing and diff < 1e-9
    ok = ok and good
    print(f"  {col:26s} max relative difference {diff:.2e}, missing cells agree: {same_missing}")
print("outputs agree" if ok else "OUTPUTS DIFFER")
sys.exit(0 if ok else 1)
