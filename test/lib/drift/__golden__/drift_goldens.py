# Goldens for test/lib/drift and test/src/cli/drift.test.ts: numpy/scipy on the data of
# test/lib/drift/driftData.ts, rebuilt bit for bit. Run: python3 test/lib/drift/__golden__/drift_goldens.py
import json, math
import numpy as np
from scipy import stats

def park_miller(seed, n):
    s, out = seed, []
    for _ in range(n):
        s = s * 48271 % 2147483647
        out.append(s / 2147483647)
    return out

def bell(seed, n, shift=0.0, scale=1.0):
    u = park_miller(seed, 2 * n)
    return [(math.floor(u[2 * i] * 10000) + math.floor(u[2 * i + 1] * 10000)) / 100 * scale + shift for i in range(n)]

def with_nulls(values, every):
    return [None if i % every == 0 else v for i, v in enumerate(values)]

def categories(seed, n, names, weights):
    out = []
    for u in park_miller(seed, n):
        acc, pick = 0.0, names[-1]
        for k, name in enumerate(names):
            acc += weights[k]
            if u < acc:
                pick = name
                break
        out.append(pick)
    return out

def smooth(counts, eps):
    p = np.asarray(counts, float)
    p = p / p.sum() + eps
    return p / p.sum()

def psi_js(a, b, eps=1e-8):
    p, q = smooth(a, eps), smooth(b, eps)
    m = (p + q) / 2
    return float(np.sum((q - p) * np.log(q / p))), float(0.5 * np.sum(p * np.log(p / m)) + 0.5 * np.sum(q * np.log(q / m)))

def numeric(ref, cur, bins=10, eps=1e-8):
    r = np.array([v for v in ref if v is not None and not math.isnan(v)])
    c = np.array([v for v in cur if v is not None and not math.isnan(v)])
    edges = np.unique(np.quantile(r, [k / bins for k in range(1, bins)]))
    rc = np.bincount(np.searchsorted(edges, r, side="right"), minlength=len(edges) + 1)
    cc = np.bincount(np.searchsorted(edges, c, side="right"), minlength=len(edges) + 1)
    psi, js = psi_js(rc, cc, eps)
    ks = stats.ks_2samp(r, c, method="asymp")
    return {"edges": edges.tolist(), "reference": rc.tolist(), "current": cc.tolist(), "psi": psi, "js": js,
            "ks": float(ks.statistic), "ks_p_value": float(ks.pvalue), "wasserstein": float(stats.wasserstein_distance(r, c)),
            "null_share_reference": (len(ref) - len(r)) / len(ref), "null_share_current": (len(cur) - len(c)) / len(cur)}

def categorical(ref, cur, eps=1e-8):
    cats = sorted(set(v for v in ref if v is not None))
    cats += sorted(set(v for v in cur if v is not None) - set(cats))
    rc = [sum(1 for v in ref if v == k) for k in cats]
    cc = [sum(1 for v in cur if v == k) for k in cats]
    psi, js = psi_js(rc, cc, eps)
    return {"categories": cats, "reference": rc, "current": cc, "psi": psi, "js": js}

names = ["grocery", "fuel", "travel", "digital"]
out = {
    # the main case: 500 vs 400 bell-shaped values, the current shifted by 8 and scaled by 1.1, nulls in both
    "main": numeric(with_nulls(bell(1, 500), 37), with_nulls(bell(2, 400, 8.0, 1.1), 41)),
    # same distribution, different samples: a small PSI
    "same": numeric(bell(3, 300), bell(4, 300)),
    # small samples (n = round(30·45/75) = 18: Durbin's matrix or Pomeranz's recursion)
    "small": numeric(bell(5, 30), bell(6, 45, 6.0)),
    "small_far": numeric(bell(7, 30), bell(8, 45, 40.0)),
    # n = 1200 with a large D (2·smirnov) and a small one (Durbin's matrix)
    "large_far": numeric(bell(9, 3000), bell(10, 2000, 6.0)),
    "large_near": numeric(bell(11, 3000), bell(12, 2000, 0.5)),
    # 5 bins, a tight distribution with many ties
    "ties": numeric([math.floor(v / 10) for v in bell(13, 400)], [math.floor(v / 10) for v in bell(14, 500, 3.0)], bins=5),
    "categorical": categorical(with_nulls(categories(15, 600, names, [0.4, 0.3, 0.2, 0.1]), 50),
                               categories(16, 500, names + ["crypto"], [0.3, 0.3, 0.2, 0.1, 0.1])),
    # goldenTables()'s category column (the first 500 and 400 rows of the categorical case)
    "categorical_tables": categorical(with_nulls(categories(15, 600, names, [0.4, 0.3, 0.2, 0.1]), 50)[:500],
                                      categories(16, 500, names + ["crypto"], [0.3, 0.3, 0.2, 0.1, 0.1])[:400]),
    # PelzGood's range: n = round(200000·150000/350000) = 85714 > 140, n·D^1.5 > 1.4, n·D² < 2.2
    "pelz_good": numeric(bell(17, 200000), bell(18, 150000, 0.4)),
}
print(json.dumps(out))
