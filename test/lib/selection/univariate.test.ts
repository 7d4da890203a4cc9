import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {chi2, chi2Categorical, chi2FromClassSums, chiSquareSurvival, classSums, equalFrequencyCodes, fClassif, fClassifFromClassSums, fSurvival, mutualInformation, mutualInformationBinned, univariateTests} from "../../../lib/selection/index.js";
import {columns, y, yBinary} from "./selectionData.js";

// Goldens: scikit-learn 1.2.1, numpy 1.24, scipy 1.10, printed by this command (the data of selectionData.ts):
//   /usr/bin/python3 -c "import numpy as np; from sklearn.feature_selection import chi2, f_classif
//   n = 60; i = np.arange(n); y = i % 3; yb = (i * 11 % 7 < 3).astype(int)
//   a = (i * 7 % 13) + 2 * (i % 3); b = (i * i % 17) / 4; c = i * 5 % 7; d = a * 0.5 + b
//   X = np.column_stack([a, b, c, d]).astype(float)
//   print([list(map(float, v)) for v in chi2(X, y)], [list(map(float, v)) for v in f_classif(X, y)])
//   print([list(map(float, v)) for v in chi2(X, yb)], [list(map(float, v)) for v in f_classif(X, yb)])"
// The other goldens below extend the same script (X, y, n as here).
const close = (got: number, want: number, rel = 1e-12) => expect(Math.abs(got - want)).toBeLessThanOrEqual(rel * Math.abs(want) + 1e-300);
const names = ["a", "b", "c", "d"] as const;

describe("chi2", () => {
  it("chi2(x, y) equals scikit-learn's chi2 statistic and p-value (3 classes and 2)", () => {
    const want = {
      y: [[24.23305084745763, 0.3602941176470589, 0.13559322033898305, 9.334154929577466], [5.4683948879220155e-06, 0.835147386588111, 0.9344505119818695, 0.009399700378999242]],
      yb: [[0.10368893320039818, 0.11294155671318304, 0.06649282920469382, 7.966350137023034e-05], [0.7474468913811735, 0.7368197501780775, 0.7965133857068896, 0.9928786227868269]],
    };
    names.forEach((name, j) => {
      const three = chi2(columns[name], y), two = chi2(columns[name], yBinary);
      close(three.statistic, want.y[0]![j]!);
      close(three.pValue, want.y[1]![j]!, 1e-10);
      expect(three.df).toBe(2);
      close(two.statistic, want.yb[0]![j]!, 1e-10);
      close(two.pValue, want.yb[1]![j]!, 1e-10);
    });
  });

  it("chi2 refuses a negative value, naming it", () => {
    expect(() => chi2([1, -2], [0, 1])).toThrow("chi2 requires non-negative values, got -2 at index 1");
  });

  it("chi2 of a column equals chi2FromClassSums of its classSums (what SQL computes)", () => {
    expect(chi2FromClassSums(classSums(columns.a, y))).toEqual(chi2(columns.a, y));
  });

  it("chi2Categorical equals scipy's chi2_contingency without correction", () => {
    // python3 -c "import numpy as np; from scipy.stats import chi2_contingency; i = np.arange(60); y = i % 3; c = i * 5 % 7; print(chi2_contingency(np.array([[np.sum((c == k) & (y == m)) for m in range(3)] for k in range(7)]), correction=False)[:3])"
    const got = chi2Categorical(columns.c, y);
    close(got.statistic, 0.7500000000000001, 1e-12);
    close(got.pValue, 0.9999971962630967, 1e-12);
    expect(got.df).toBe(12);
  });

  it("chi2Categorical is the sum of chi2 over the one-hot columns (property)", () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({min: 0, max: 3}), fc.integer({min: 0, max: 2})), {minLength: 2, maxLength: 80}), (pairs) => {
      const codes = pairs.map((p) => p[0]), labels = pairs.map((p) => p[1]);
      if (new Set(labels).size < 2) return;
      const dummies = [...new Set(codes)].map((k) => chi2(codes.map((c) => (c === k ? 1 : 0)), labels).statistic);
      const sum = dummies.reduce((s, v) => s + v, 0);
      expect(Math.abs(chi2Categorical(codes, labels).statistic - sum)).toBeLessThanOrEqual(1e-9 * Math.max(1, sum));
    }));
  });
});

describe("fClassif", () => {
  it("fClassif(x, y) equals scikit-learn's f_classif statistic and p-value (3 classes and 2)", () => {
    const want = {
      y: [[6.4656075211234025, 0.16933430338304253, 0.04741110417966042, 4.804462292767646], [0.0029465090204597345, 0.8446497516283235, 0.9537328172379554, 0.011796668117324261]],
      yb: [[0.045926602710531755, 0.10758624996583879, 0.0472750519418222, 7.140938237079957e-05], [0.8310609395310865, 0.7440902272416161, 0.8286376899820848, 0.9932866301197163]],
    };
    names.forEach((name, j) => {
      const three = fClassif(columns[name], y), two = fClassif(columns[name], yBinary);
      close(three.statistic, want.y[0]![j]!, 1e-10);
      close(three.pValue, want.y[1]![j]!, 1e-10);
      expect([three.dfBetween, three.dfWithin]).toEqual([2, 57]);
      close(two.statistic, want.yb[0]![j]!, 1e-8);
      close(two.pValue, want.yb[1]![j]!, 1e-10);
    });
  });

  it("fClassif leaves NaN rows out", () => {
    expect(fClassif([1, 2, NaN, 5, 6], [0, 0, 1, 1, 1])).toEqual(fClassif([1, 2, 5, 6], [0, 0, 1, 1]));
  });

  it("fClassif of a constant feature is NaN", () => {
    expect(fClassif([3, 3, 3, 3], [0, 1, 0, 1]).statistic).toBeNaN();
  });

  it("chi2 and fClassif do not depend on the order of the rows (property)", () => {
    const row = fc.tuple(fc.integer({min: 0, max: 50}), fc.integer({min: 0, max: 1}));
    fc.assert(fc.property(fc.array(row, {minLength: 4, maxLength: 60}), fc.integer(), (rows, seed) => {
      const shuffled = rows.map((r, k) => ({r, key: Math.sin(seed + k * 12.9898)})).sort((p, q) => p.key - q.key).map((p) => p.r);
      for (const test of [chi2, fClassif] as const) {
        const one = test(rows.map((r) => r[0]), rows.map((r) => r[1])).statistic;
        const two = test(shuffled.map((r) => r[0]), shuffled.map((r) => r[1])).statistic;
        if (Number.isNaN(one)) expect(two).toBeNaN();
        else expect(Math.abs(one - two)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(one)));
      }
    }));
  });

  it("fClassifFromClassSums of classSums equals fClassif", () => {
    expect(fClassifFromClassSums(classSums(columns.d, y))).toEqual(fClassif(columns.d, y));
  });
});

describe("tails", () => {
  it("chiSquareSurvival and fSurvival equal scipy's chi2.sf and f.sf", () => {
    // python3 -c "from scipy import stats; print([float(stats.chi2.sf(x, k)) for x, k in [(3.84, 1), (0.5, 3), (50, 10), (400, 2), (1e-3, 4)]], [float(stats.f.sf(f, d1, d2)) for f, d1, d2 in [(4, 2, 10), (0.3, 1, 5), (30, 1, 99724), (25, 7, 40), (1e-4, 3, 3)]])"
    const chi = [[3.84, 1, 0.05004352124870519], [0.5, 3, 0.9188914116546758], [50, 10, 2.669083424904495e-07], [400, 2, 1.383896526736753e-87], [1e-3, 4, 0.9999998750416589]] as const;
    const f = [[4, 2, 10, 0.05292214940134466], [0.3, 1, 5, 0.6074354940759237], [30, 1, 99724, 4.330862782669843e-08], [25, 7, 40, 1.005400108271095e-12], [1e-4, 3, 3, 0.9999983026528075]] as const;
    for (const [x, k, want] of chi) close(chiSquareSurvival(x, k), want, 1e-13);
    // 1e-14 relative at small df; 4e-11 at d2 = 99724 (the lab's rows), where I_x(49862, 1/2) has x within 3e-4 of 1
    for (const [x, d1, d2, want] of f) close(fSurvival(x, d1, d2), want, d2 > 1000 ? 1e-10 : 1e-14);
  });

  it("the tails are 1 at 0, 0 at Infinity, NaN at NaN; a bad df throws", () => {
    expect([chiSquareSurvival(0, 3), chiSquareSurvival(Infinity, 3), fSurvival(0, 1, 2), fSurvival(Infinity, 1, 2)]).toEqual([1, 0, 1, 0]);
    expect(chiSquareSurvival(NaN, 1)).toBeNaN();
    expect(() => fSurvival(1, 0, 2)).toThrow("fSurvival requires d1 > 0 and d2 > 0, got 0 and 2");
  });
});

describe("mutualInformation", () => {
  it("mutualInformationBinned equals mutual_info_score on numpy's equal-frequency bins", () => {
    // same script + from sklearn.metrics import mutual_info_score
    //   def binned(x, bins): edges = np.unique(np.quantile(x, np.arange(1, bins) / bins)); return np.searchsorted(edges, x, side="right")
    //   print([float(mutual_info_score(y, binned(x, 4))) for x in X.T], float(mutual_info_score(y, c)))
    const want = [0.0896725037580061, 0.006401299711403102, 0.00300426256546793, 0.07711684805757607];
    names.forEach((name, j) => close(mutualInformationBinned(columns[name], y, 4), want[j]!, 1e-12));
    close(mutualInformation(columns.c, y), 0.006566703451737002, 1e-12);
  });

  it("equalFrequencyCodes puts a value on an edge in the bin above (numpy searchsorted right), −1 for NaN", () => {
    expect(Array.from(equalFrequencyCodes([0, 0, 0, 0, 0, 0, 1, 2, NaN], 4))).toEqual([1, 1, 1, 1, 1, 1, 2, 2, -1]);
  });

  it("mutualInformation is ≥ 0 and at most the entropy of the class (property)", () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({min: 0, max: 5}), fc.integer({min: 0, max: 2})), {minLength: 1, maxLength: 100}), (pairs) => {
      const labels = pairs.map((p) => p[1]);
      const mi = mutualInformation(pairs.map((p) => p[0]), labels);
      const h = mutualInformation(labels, labels);
      expect(mi).toBeGreaterThanOrEqual(0);
      expect(mi).toBeLessThanOrEqual(h + 1e-12);
    }));
  });

  it("mutualInformation of a feature that copies the class is the class's entropy", () => {
    close(mutualInformation([0, 1, 2, 0, 1, 2], [5, 6, 7, 5, 6, 7]), Math.log(3), 1e-15);
  });
});

describe("univariateTests", () => {
  it("univariateTests gives chi², F and MI for numbers, contingency chi² and plug-in MI for categories", () => {
    const rows = univariateTests({a: {kind: "numeric", values: columns.a}, c: {kind: "categorical", codes: columns.c, categories: ["0", "1", "2", "3", "4", "5", "6"]}}, y, {bins: 4});
    expect(rows.map((r) => [r.feature, r.kind, r.f === null])).toEqual([["a", "numeric", false], ["c", "categorical", true]]);
    expect(rows[0]!.chi2).toEqual(chi2(columns.a, y));
    expect(rows[1]!.chi2).toEqual(chi2Categorical(columns.c, y));
    expect(rows[0]!.mutualInformation).toBe(mutualInformationBinned(columns.a, y, 4));
  });

  it("univariateTests leaves chi² out (null) for a feature with negative values", () => {
    expect(univariateTests({x: {kind: "numeric", values: [-1, 2, 3, 4]}}, [0, 0, 1, 1], {bins: 2})[0]!.chi2).toBeNull();
  });
});
