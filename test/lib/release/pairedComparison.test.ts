import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {completePairs, intervalStatus, pairedComparison, tInterval} from "../../../lib/release/index.js";

const close = (actual: number, expected: number, tol = 1e-12) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected)));

// 200 rows from integer arithmetic (exact alike in JS and Python); nulls where i % 11 == 3 (baseline) or i % 13 == 5 (candidate).
const n = 200;
const base = Array.from({length: n}, (_, i) => ((i * 7919) % 1009) / 1009);
const cand = base.map((b, i) => b + (((i * 104729) % 997) / 997 - 0.45) * 0.1);
const baseline = base.map((b, i) => (i % 11 === 3 ? null : b));
const candidate = cand.map((c, i) => (i % 13 === 5 ? null : c));

describe("pairedComparison", () => {
  it("pairedComparison(seed example) is mean delta 0.022, SE 0.002, t 11, df 4, as scipy.stats.ttest_rel", () => {
    // python3 -c "import numpy as np; from scipy import stats; b=np.array([0.72,0.73,0.71,0.74,0.72]); c=np.array([0.74,0.75,0.73,0.76,0.75]); r=stats.ttest_rel(c,b); print(repr((c-b).mean()), repr((c-b).std(ddof=1)), r.statistic, r.pvalue, r.confidence_interval(0.95))"
    const r = pairedComparison([0.72, 0.73, 0.71, 0.74, 0.72], [0.74, 0.75, 0.73, 0.76, 0.75]);
    expect([r.n, r.dropped, r.df, r.confidence, r.status]).toEqual([5, 0, 4, 0.95, "better"]);
    close(r.meanDelta, 0.02200000000000002);
    close(r.sdDelta, 0.004472135954999584);
    close(r.se, 0.002);
    close(r.t, 11);
    close(r.pValue, 0.00038817133849401416);
    close(r.ci[0], 0.01644710978960443);
    close(r.ci[1], 0.02755289021039561);
    close(r.baselineMean, 0.724);
    close(r.candidateMean, 0.746);
  });

  it("pairedComparison drops rows with a null in either column and matches scipy to 1e-9 at 0.8, 0.95, 0.99", () => {
    // python3 -c "import numpy as np; from scipy import stats; n=200; b=np.array([((i*7919)%1009)/1009 for i in range(n)]); c=np.array([((i*7919)%1009)/1009 + (((i*104729)%997)/997 - 0.45)*0.1 for i in range(n)]); k=np.array([i%11!=3 and i%13!=5 for i in range(n)]); b=b[k]; c=c[k]; d=c-b; r=stats.ttest_rel(c,b); print(len(b), n-len(b), b.mean(), c.mean(), d.mean(), d.std(ddof=1), r.statistic, r.df, r.pvalue, [r.confidence_interval(q) for q in (0.8,0.95,0.99)])"
    const goldens: [number, number, number][] = [[0.8, 0.0009665044612000959, 0.006633438223998353], [0.95, -0.000547806605526478, 0.008147749290724928], [0.99, -0.00193810774590336, 0.00953805043110181]];
    for (const [confidence, lo, hi] of goldens) {
      const r = pairedComparison(baseline, candidate, {confidence});
      expect([r.n, r.dropped, r.df]).toEqual([168, 32, 167]);
      close(r.baselineMean, 0.5043595733635376, 1e-9);
      close(r.candidateMean, 0.5081595447061369, 1e-9);
      close(r.meanDelta, 0.0037999713425992247, 1e-9);
      close(r.sdDelta, 0.028544026741368966, 1e-9);
      close(r.t, 1.7255189084499343, 1e-9);
      close(r.pValue, 0.08628376492790872, 1e-9);
      close(r.ci[0], lo, 1e-9);
      close(r.ci[1], hi, 1e-9);
      expect(r.status).toBe(confidence === 0.8 ? "better" : "inconclusive");
    }
  });

  it("pairedComparison(b, c) is the mirror of pairedComparison(c, b): worse for the swapped pair", () => {
    const r = pairedComparison([0.74, 0.75, 0.73, 0.76, 0.75], [0.72, 0.73, 0.71, 0.74, 0.72]);
    expect(r.status).toBe("worse");
    close(r.t, -11);
  });

  it("pairedComparison's interval widens with the confidence and always holds the mean delta (property)", () => {
    const value = fc.double({min: -100, max: 100, noNaN: true});
    fc.assert(fc.property(fc.array(fc.tuple(value, value), {minLength: 3, maxLength: 40}), fc.double({min: 0.5, max: 0.98, noNaN: true}), (rows, c) => {
      const b = rows.map((r) => r[0]), d = rows.map((r) => r[1]);
      if (new Set(d.map((x, i) => x - b[i]!)).size < 2) return; // a constant delta has SE 0
      const narrow = pairedComparison(b, d, {confidence: c}), wide = pairedComparison(b, d, {confidence: c + 0.01});
      expect(wide.ci[0]).toBeLessThanOrEqual(narrow.ci[0]);
      expect(wide.ci[1]).toBeGreaterThanOrEqual(narrow.ci[1]);
      expect(narrow.ci[0]).toBeLessThanOrEqual(narrow.meanDelta);
      expect(narrow.ci[1]).toBeGreaterThanOrEqual(narrow.meanDelta);
      expect(narrow.pValue).toBeGreaterThanOrEqual(0);
      expect(narrow.pValue).toBeLessThanOrEqual(1);
      // 0 outside the interval ⇔ p < 1 − confidence (the test and the interval agree)
      if (narrow.status !== "inconclusive") expect(narrow.pValue).toBeLessThan(1 - c + 1e-9);
      else expect(narrow.pValue).toBeGreaterThan(1 - c - 1e-9);
    }));
  });

  it("pairedComparison of a constant non-zero delta has SE 0, t ±Infinity and p 0", () => {
    const r = pairedComparison([1, 2, 3], [2, 3, 4]);
    expect([r.se, r.t, r.pValue, r.ci, r.status]).toEqual([0, Infinity, 0, [1, 1], "better"]);
  });

  it("pairedComparison throws with fewer than 2 complete pairs, a bad confidence, ±Infinity or unequal lengths", () => {
    expect(() => pairedComparison([1, null, 3], [1, 2, null])).toThrow("pairedComparison requires at least 2 complete pairs, got 1 (2 dropped for a null or NaN)");
    expect(() => pairedComparison([1, 2], [1, 2], {confidence: 1})).toThrow("pairedComparison requires confidence in (0, 1), got 1");
    expect(() => pairedComparison([1, Infinity], [1, 2])).toThrow("pairedComparison requires finite values, got Infinity at row 1");
    expect(() => pairedComparison([1, 2], [1])).toThrow("same length");
  });

  it("completePairs, tInterval and intervalStatus give their documented results", () => {
    expect(completePairs("f", [1, null, 3, NaN], [2, 2, null, 4])).toEqual({baseline: [1], candidate: [2], dropped: 3});
    expect(tInterval(0.022, 0.002, 4, 0.95)).toEqual([0.01644710978960441, 0.027552890210395586]);
    expect([intervalStatus([0.01, 0.03]), intervalStatus([-0.03, -0.01]), intervalStatus([-0.01, 0.01])]).toEqual(["better", "worse", "inconclusive"]);
  });
});
