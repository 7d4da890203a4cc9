#!/usr/bin/env python3
"""The drift report of `npm run bench -- drift` in numpy/scipy, on one thread.

PSI, JS divergence, KS (scipy.stats.ks_2samp, method="asymp") and 1-Wasserstein
(scipy.stats.wasserstein_distance) for every column of the benchmark's two windows, with
DESIGN's binning: numeric edges at the reference's type-7 quantiles k/bins (np.quantile's
default), duplicates removed, np.searchsorted(side="right"); categorical bins are the union
of both windows' categories; eps added to every proportion, then renormalized; natural log.
Nulls (NaN in the float arrays, code -1 in the category codes) are left out and reported
as shares.

The input is what bench/driftInput.ts writes for numpy, which cannot read Parquet or Arrow
here (no pyarrow): one .npy file per column and window, and meta.json with the columns'
kinds and each window's sorted categories (the codes index them).

    python3 bench/driftNumpy.py once DIR            # load + compute once, print the report (JSON)
    python3 bench/driftNumpy.py bench DIR REPEATS   # time scan, load, compute, load + compute, compute sorted once

The caller sets OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 (set here too, before numpy is
imported, when missing); nothing here calls BLAS, and numpy's sorts are single-threaded.
"""
import json
import os
import resource
import sys
import time

for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import numpy as np  # noqa: E402
import scipy  # noqa: E402
from scipy import stats  # noqa: E402

WINDOWS = ("reference", "current")
BINS, EPS, WARN, THRESHOLD = 10, 1e-8, 0.1, 0.25


def load(folder):
    """meta.json and every window's arrays: {window: {column: ndarray}}."""
    with open(os.path.join(folder, "meta.json")) as f:
        meta = json.load(f)
    arrays = {w: {c["name"]: np.load(os.path.join(folder, f"{w}_{c['name']}.npy")) for c in meta["columns"]} for w in WINDOWS}
    return meta, arrays


def proportions(counts):
    p = counts / counts.sum() + EPS
    return p / p.sum()


def psi_js(ref_counts, cur_counts):
    p, q = proportions(ref_counts), proportions(cur_counts)
    m = (p + q) / 2
    js = 0.5 * np.sum(p * np.log(p / m)) + 0.5 * np.sum(q * np.log(q / m))
    return float(np.sum((q - p) * np.log(q / p))), float(min(np.log(2), max(0.0, js)))


def numeric_column(ref, cur, phases):
    """Bins, PSI, JS, KS and Wasserstein of one numeric column; null shares."""
    t0 = time.perf_counter()
    nulls = [int(np.isnan(a).sum()) if a.dtype.kind == "f" else 0 for a in (ref, cur)]
    r = ref[~np.isnan(ref)] if nulls[0] else ref
    c = cur[~np.isnan(cur)] if nulls[1] else cur
    edges = np.unique(np.quantile(r, np.arange(1, BINS) / BINS))
    k = len(edges) + 1
    ref_counts = np.bincount(np.searchsorted(edges, r, side="right"), minlength=k)
    cur_counts = np.bincount(np.searchsorted(edges, c, side="right"), minlength=k)
    psi, js = psi_js(ref_counts, cur_counts)
    t1 = time.perf_counter()
    ks = stats.ks_2samp(r, c, method="asymp")
    t2 = time.perf_counter()
    w = stats.wasserstein_distance(r, c)
    t3 = time.perf_counter()
    phases["bins"] += t1 - t0
    phases["ks"] += t2 - t1
    phases["wasserstein"] += t3 - t2
    return {"psi": psi, "js": js, "ks": float(ks.statistic), "ks_p_value": float(ks.pvalue), "wasserstein": float(w), "bins": k}, nulls


def numeric_column_sorted(ref, cur, phases):
    """The same numbers as numeric_column, each window sorted once and shared by the bins, KS and
    Wasserstein (what ks_2samp and wasserstein_distance do inside, without sorting again):
    a hand-tuned numpy, to show what scipy's convenience costs."""
    t0 = time.perf_counter()
    nulls = [int(np.isnan(a).sum()) if a.dtype.kind == "f" else 0 for a in (ref, cur)]
    r = np.sort(ref[~np.isnan(ref)] if nulls[0] else ref)
    c = np.sort(cur[~np.isnan(cur)] if nulls[1] else cur)
    edges = np.unique(np.quantile(r, np.arange(1, BINS) / BINS))
    counts = [np.diff(np.concatenate(([0], np.searchsorted(a, edges, side="left"), [len(a)]))) for a in (r, c)]
    psi, js = psi_js(counts[0], counts[1])
    t1 = time.perf_counter()
    merged = np.concatenate((r, c))
    merged.sort(kind="stable")  # two sorted runs: a merge
    cdf_r = np.searchsorted(r, merged, side="right") / len(r)
    cdf_c = np.searchsorted(c, merged, side="right") / len(c)
    diff = cdf_r - cdf_c
    d = max(float(diff.max()), min(1.0, max(0.0, -float(diff.min()))))
    m, n = sorted((float(len(r)), float(len(c))), reverse=True)
    p_value = float(stats.kstwo.sf(d, np.round(m * n / (m + n))))
    t2 = time.perf_counter()
    w = float(np.vecdot(np.abs(diff[:-1]), np.diff(merged)))
    t3 = time.perf_counter()
    phases["bins"] += t1 - t0
    phases["ks"] += t2 - t1
    phases["wasserstein"] += t3 - t2
    return {"psi": psi, "js": js, "ks": d, "ks_p_value": min(1.0, max(0.0, p_value)), "wasserstein": w, "bins": len(edges) + 1}, nulls


def categorical_column(ref, cur, ref_labels, cur_labels, phases):
    """Counts over the union of categories (reference order, then new ones sorted), PSI, JS; null shares."""
    t0 = time.perf_counter()
    union = list(ref_labels) + sorted(set(cur_labels) - set(ref_labels))
    at = {label: i for i, label in enumerate(union)}
    counts = []
    nulls = []
    for codes, labels in ((ref, ref_labels), (cur, cur_labels)):
        present = codes[codes >= 0]
        nulls.append(len(codes) - len(present))
        to_union = np.array([at[label] for label in labels], dtype=np.intp)
        counts.append(np.bincount(to_union[present], minlength=len(union)))
    psi, js = psi_js(counts[0], counts[1])
    phases["categorical"] += time.perf_counter() - t0
    return {"psi": psi, "js": js, "ks": None, "ks_p_value": None, "wasserstein": None, "bins": len(union)}, nulls


def report(meta, arrays, phases=None, numeric=numeric_column):
    """DESIGN's drift JSON for every column of meta (numeric columns by `numeric`)."""
    phases = phases if phases is not None else {"bins": 0.0, "ks": 0.0, "wasserstein": 0.0, "categorical": 0.0}
    columns = []
    for column in meta["columns"]:
        name, kind = column["name"], column["kind"]
        ref, cur = arrays["reference"][name], arrays["current"][name]
        if kind == "numeric":
            metrics, nulls = numeric(ref, cur, phases)
        else:
            metrics, nulls = categorical_column(ref, cur, meta["categories"]["reference"][name], meta["categories"]["current"][name], phases)
        status = "drift" if metrics["psi"] >= THRESHOLD else "warn" if metrics["psi"] >= WARN else "ok"
        columns.append({"column": name, "kind": kind, **metrics, "null_share_reference": nulls[0] / len(ref), "null_share_current": nulls[1] / len(cur), "status": status})
    return {"columns": columns}


def scan(meta, arrays):
    """One plain pass over every column: rows, and min and max of the non-null values."""
    out = {}
    for w in WINDOWS:
        values = {}
        for column in meta["columns"]:
            name, a = column["name"], arrays[w][column["name"]]
            if column["kind"] == "numeric":
                lo, hi = (np.nanmin(a), np.nanmax(a)) if a.dtype.kind == "f" else (a.min(), a.max())
                values[name] = [lo.item(), hi.item()]
            else:
                present = a[a >= 0]
                labels = meta["categories"][w][name]
                values[name] = [labels[int(present.min())], labels[int(present.max())]]
        out[w] = {"rows": len(arrays[w][meta["columns"][0]["name"]]), "columns": values}
    return out


def bench(folder, repeats):
    """One untimed round, then `repeats` rounds of scan, load, compute, load + compute (ms)."""
    meta, arrays = load(folder)
    rss_before_mb = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    works = {
        "scan": lambda: scan(meta, arrays),
        "load": lambda: load(folder),
        "compute": lambda: report(meta, arrays),
        "load + compute": lambda: report(*load(folder)),
        "compute, sorted once": lambda: report(meta, arrays, numeric=numeric_column_sorted),
    }
    runs = {name: [] for name in works}
    for r in range(-1, repeats):
        for name, work in works.items():
            t0 = time.perf_counter()
            work()
            ms = (time.perf_counter() - t0) * 1000
            if r >= 0:
                runs[name].append(ms)
    phases = {"bins": 0.0, "ks": 0.0, "wasserstein": 0.0, "categorical": 0.0}
    result = report(meta, arrays, phases)
    phases_sorted = {"bins": 0.0, "ks": 0.0, "wasserstein": 0.0, "categorical": 0.0}
    result_sorted = report(meta, arrays, phases_sorted, numeric_column_sorted)
    return {
        "runs": runs,
        "report": result,
        "reportSorted": result_sorted,
        "phasesSortedMs": {k: round(v * 1000) for k, v in phases_sorted.items()},
        "scan": scan(meta, arrays),
        "phasesMs": {k: round(v * 1000) for k, v in phases.items()},
        "inputBytes": sum(os.path.getsize(os.path.join(folder, f)) for f in os.listdir(folder)),
        "rssBeforeMb": rss_before_mb,
        "peakRssMb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "versions": f"python {sys.version.split()[0]}, numpy {np.__version__}, scipy {scipy.__version__}",
        "threads": {k: os.environ.get(k) for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS")},
    }


def main(argv):
    if len(argv) == 2 and argv[0] == "once":
        print(json.dumps(report(*load(argv[1]))))
    elif len(argv) == 3 and argv[0] == "bench":
        print(json.dumps(bench(argv[1], int(argv[2]))))
    else:
        sys.exit("usage: driftNumpy.py once DIR | bench DIR REPEATS")


if __name__ == "__main__":
    main(sys.argv[1:])
