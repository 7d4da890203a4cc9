import {describe, expect, it} from "vitest";
import {pairedComparison, unpairedComparison} from "../../../lib/release/index.js";

const close = (actual: number, expected: number, tol = 1e-12) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected)));
const seedBaseline = [0.72, 0.73, 0.71, 0.74, 0.72], seedCandidate = [0.74, 0.75, 0.73, 0.76, 0.75];

describe("unpairedComparison", () => {
  it("unpairedComparison(seed example) is scipy.stats.ttest_ind(c, b, equal_var=False)", () => {
    // python3 -c "import numpy as np; from scipy import stats; b=np.array([0.72,0.73,0.71,0.74,0.72]); c=np.array([0.74,0.75,0.73,0.76,0.75]); r=stats.ttest_ind(c,b,equal_var=False); print(r.statistic, r.pvalue, r.df, r.confidence_interval(0.95))"
    const r = unpairedComparison(seedBaseline, seedCandidate);
    close(r.meanDelta, 0.022);
    close(r.se, 0.007211102550927985);
    close(r.t, 3.0508510792387447);
    close(r.df, 7.999999999999999);
    close(r.pValue, 0.01580059625057194);
    close(r.ci[0], 0.005371167698178667);
    close(r.ci[1], 0.03862883230182115);
    expect([r.nBaseline, r.nCandidate, r.status]).toEqual([5, 5, "better"]);
  });

  it("unpairedComparison leaves nulls out of each side on its own, as scipy's nan_policy='omit' (to 1e-9)", () => {
    // python3 -c "import numpy as np; from scipy import stats; n=200; b=np.array([((i*7919)%1009)/1009 if i%11!=3 else np.nan for i in range(n)]); c=np.array([((i*7919)%1009)/1009 + (((i*104729)%997)/997 - 0.45)*0.1 if i%13!=5 else np.nan for i in range(n)]); r=stats.ttest_ind(c,b,equal_var=False,nan_policy='omit'); print(r.statistic, r.pvalue, r.df, r.confidence_interval(0.95))"
    const base = Array.from({length: 200}, (_, i) => ((i * 7919) % 1009) / 1009);
    const baseline = base.map((b, i) => (i % 11 === 3 ? null : b));
    const candidate = base.map((b, i) => (i % 13 === 5 ? NaN : b + (((i * 104729) % 997) / 997 - 0.45) * 0.1));
    const r = unpairedComparison(baseline, candidate);
    expect([r.nBaseline, r.nCandidate]).toEqual([182, 185]);
    close(r.meanDelta, 0.011406625990998454, 1e-9);
    close(r.se, 0.031064779153814073, 1e-9);
    close(r.t, 0.3671883818816066, 1e-9);
    close(r.df, 364.8950805747578, 1e-9);
    close(r.pValue, 0.7136913614925235, 1e-9);
    close(r.ci[0], -0.049681842138160126, 1e-9);
    close(r.ci[1], 0.07249509412015703, 1e-9);
  });

  it("unpairedComparison's interval is wider than pairedComparison's when units share their swings", () => {
    // days differ a lot (0.70…0.88); the candidate is 0.01 above the baseline each day, ± 0.002
    const baseline = Array.from({length: 30}, (_, i) => 0.7 + 0.18 * ((i * 7) % 30) / 30);
    const candidate = baseline.map((b, i) => b + 0.01 + 0.002 * (((i * 13) % 7) - 3) / 3);
    const paired = pairedComparison(baseline, candidate), unpaired = unpairedComparison(baseline, candidate);
    close(paired.meanDelta, unpaired.meanDelta);
    expect(paired.status).toBe("better");
    expect(unpaired.status).toBe("inconclusive");
    expect(unpaired.se / paired.se).toBeGreaterThan(20);
  });

  it("unpairedComparison throws with fewer than 2 values on a side", () => {
    expect(() => unpairedComparison([1, null], [1, 2, 3])).toThrow("unpairedComparison requires at least 2 values on each side, got 1 in the baseline");
    expect(() => unpairedComparison([1, 2], [1, -Infinity])).toThrow("unpairedComparison requires finite values, got -Infinity at row 1 of the candidate");
  });
});
