#!/usr/bin/env python3
"""Peer for `clientele features`: the same per-customer features computed with pandas groupby.

Definitions follow the README "Transactions" section: a purchase day is a day with a non-negative amount
on or before the cutoff; frequency = purchase days - 1; gaps between consecutive purchase days give the
inter-purchase mean and sample std; spend windows are (t-90, t] and (t-180, t-90]; churned = no purchase
in (t, t+horizon].

usage: transactions_pandas.py LOG.csv CUTOFF HORIZON_DAYS OUT.csv
Prints one JSON line with the seconds spent reading, computing and writing.
"""
import json
import sys
import time

import numpy as np
import pandas as pd


def features(df, cut, horizon):
    hist = df[df["date"] <= cut]
    purchases = hist[hist["amount"] >= 0]
    days = purchases[["customer", "date"]].drop_duplicates().sort_values(["customer", "date"])
    days["gap"] = days.groupby("customer", sort=False)["date"].diff().dt.days
    days["month"] = days["date"].dt.year * 12 + days["date"].dt.month
    g = days.groupby("customer")
    n_days = g.size()
    out = pd.DataFrame(index=n_days.index)
    out["recency_days"] = (cut - g["date"].max()).dt.days
    out["frequency"] = n_days - 1
    h = hist.groupby("customer")
    out["monetary_total"] = h["amount"].sum()
    out["monetary_mean"] = out["monetary_total"] / n_days
    out["tenure_days"] = (cut - g["date"].min()).dt.days
    out["interpurchase_mean_days"] = g["gap"].mean()
    out["interpurchase_std_days"] = g["gap"].std()
    w = pd.Timedelta(days=90)
    last = hist[hist["date"] > cut - w].groupby("customer")["amount"].sum()
    prev = hist[(hist["date"] <= cut - w) & (hist["date"] > cut - 2 * w)].groupby("customer")["amount"].sum()
    out["spend_last_90d"] = last.reindex(out.index, fill_value=0.0)
    out["spend_prev_90d"] = prev.reindex(out.index, fill_value=0.0)
    denominator = out["spend_last_90d"].abs() + out["spend_prev_90d"].abs()
    out["spend_trend"] = np.where(denominator == 0, 0.0,
                                  (out["spend_last_90d"] - out["spend_prev_90d"]) / denominator.where(denominator != 0, 1))
    out["active_months"] = g["month"].nunique()
    out["quantity_total"] = h["quantity"].sum()
    out["quantity_mean"] = out["quantity_total"] / n_days
    later = df[(df["date"] > cut) & (df["date"] <= cut + pd.Timedelta(days=horizon)) & (df["amount"] >= 0)]
    out["churned"] = (~out.index.isin(later["customer"].unique())).astype(int)
    return out.sort_index()


def main():
    path, cutoff, horizon, out_path = sys.argv[1], pd.Timestamp(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    t0 = time.perf_counter()
    df = pd.read_csv(path, dtype={"customer": str, "quantity": "float64", "amount": "float64"})
    df["date"] = pd.to_datetime(df["date"], format="%Y-%m-%d")
    t1 = time.perf_counter()
    out = features(df, cutoff, horizon)
    t2 = time.perf_counter()
    out.to_csv(out_path, index_label="customer")
    t3 = time.perf_counter()
    print(json.dumps({"rows": len(df), "customers": len(out), "read_s": round(t1 - t0, 2),
                      "compute_s": round(t2 - t1, 2), "write_s": round(t3 - t2, 2), "total_s": round(t3 - t0, 2),
                      "churn_rate": round(float(out["churned"].mean()), 4)}))


if __name__ == "__main__":
    main()
