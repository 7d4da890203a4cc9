import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {confusionAt, confusionCurve, pointAt} from "../../../lib/guardrails/index.js";

// 40 rows, 13 distinct scores (ties), labels correlated with the score.
const index = Array.from({length: 40}, (_, i) => i);
const scores = index.map((i) => ((i * 7919) % 13) / 13);
const labels = index.map((i) => (((i * 104729) % 10) < Math.floor((((i * 7919) % 13) * 10) / 13) ? 1 : 0));

// Goldens: scikit-learn 1.2.1,
// /usr/bin/python3 -c "import numpy as np; from sklearn.metrics import precision_recall_curve, confusion_matrix
// i=np.arange(40); s=(i*7919%13)/13; y=((i*104729%10) < (i*7919%13)*10//13).astype(int)
// p,r,t=precision_recall_curve(y,s); print(t[::-1].tolist(), p[::-1].tolist(), r[::-1].tolist())
// print([confusion_matrix(y,(s>=th).astype(int)).ravel().tolist() for th in t[::-1]])"
const skThresholds = [0.9230769230769231, 0.8461538461538461, 0.7692307692307693, 0.6923076923076923, 0.6153846153846154, 0.5384615384615384, 0.46153846153846156, 0.38461538461538464, 0.3076923076923077, 0.23076923076923078, 0.15384615384615385, 0.07692307692307693, 0.0];
// precision_recall_curve's last point (precision 1, recall 0, no threshold) comes first here, reversed.
const skPrecision = [1.0, 1.0, 0.8333333333333334, 0.7777777777777778, 0.6666666666666666, 0.6666666666666666, 0.6666666666666666, 0.6190476190476191, 0.5833333333333334, 0.5555555555555556, 0.5, 0.45454545454545453, 0.4166666666666667, 0.375];
const skRecall = [0.0, 0.2, 0.3333333333333333, 0.4666666666666667, 0.5333333333333333, 0.6666666666666666, 0.8, 0.8666666666666667, 0.9333333333333333, 1.0, 1.0, 1.0, 1.0, 1.0];
// confusion_matrix(...).ravel() is [tn, fp, fn, tp]
const skMatrices = [[25, 0, 12, 3], [24, 1, 10, 5], [23, 2, 8, 7], [21, 4, 7, 8], [20, 5, 5, 10], [19, 6, 3, 12], [17, 8, 2, 13], [15, 10, 1, 14], [13, 12, 0, 15], [10, 15, 0, 15], [7, 18, 0, 15], [4, 21, 0, 15], [0, 25, 0, 15]];

describe("confusionCurve(scores, labels)", () => {
  const curve = confusionCurve(scores, labels);

  it("has +Infinity then every distinct score descending, as scikit-learn's thresholds", () => {
    expect(Array.from(curve.thresholds)).toEqual([Infinity, ...skThresholds]);
  });
  it("matches scikit-learn's precision_recall_curve (the flag-nothing row's precision is NaN, not 1)", () => {
    expect(Number.isNaN(curve.precision[0])).toBe(true);
    expect(Array.from(curve.precision.subarray(1))).toEqual(skPrecision.slice(1));
    expect(Array.from(curve.recall)).toEqual(skRecall);
  });
  it("matches scikit-learn's confusion_matrix at every threshold", () => {
    const rows = skThresholds.map((_, k) => [curve.tn[k + 1], curve.fp[k + 1], curve.fn[k + 1], curve.tp[k + 1]]);
    expect(rows).toEqual(skMatrices);
    expect([curve.n, curve.positives, curve.negatives, curve.missing]).toEqual([40, 15, 25, 0]);
  });
  it("leaves NaN scores out and counts them", () => {
    const c = confusionCurve([0.2, NaN, 0.9], [0, 1, 1]);
    expect([c.n, c.missing, c.positives, Array.from(c.tp)]).toEqual([2, 1, 1, [0, 1, 1]]);
  });
  it("gives NaN rates where they are undefined", () => {
    const c = confusionCurve([0.3, 0.6], [0, 0]);
    expect(Array.from(c.recall).every(Number.isNaN)).toBe(true);
    expect(Array.from(c.fpr)).toEqual([0, 0.5, 1]);
  });
  it("throws on unequal lengths, naming the function", () => {
    expect(() => confusionCurve([0.1], [0, 1])).toThrow(/confusionCurve requires as many labels as scores, got 2 labels and 1 scores/);
  });

  const data = fc.array(fc.tuple(fc.oneof(fc.double({min: 0, max: 1, noNaN: true}), fc.constantFrom(0, 0.5, 1)), fc.boolean()), {maxLength: 200});
  it("counts sum to n at every threshold; recall and flags never fall as the threshold falls (property)", () => {
    fc.assert(fc.property(data, (rows) => {
      const c = confusionCurve(rows.map((r) => r[0]), rows.map((r) => r[1]));
      for (let i = 0; i < c.thresholds.length; i++) {
        expect(c.tp[i]! + c.fp[i]! + c.fn[i]! + c.tn[i]!).toBe(rows.length);
        if (i > 0) {
          expect(c.thresholds[i]!).toBeLessThan(c.thresholds[i - 1]!);
          expect(c.tp[i]! + c.fp[i]!).toBeGreaterThan(c.tp[i - 1]! + c.fp[i - 1]!);
          if (c.positives > 0) expect(c.recall[i]!).toBeGreaterThanOrEqual(c.recall[i - 1]!);
        }
      }
    }));
  });
  it("agrees with counting directly at any threshold (property)", () => {
    fc.assert(fc.property(data, fc.double({min: -0.1, max: 1.1, noNaN: true}), (rows, t) => {
      const c = confusionCurve(rows.map((r) => r[0]), rows.map((r) => r[1]));
      const p = confusionAt(c, t);
      const flagged = rows.filter((r) => r[0] >= t);
      expect([p.flagged, p.tp]).toEqual([flagged.length, flagged.filter((r) => r[1]).length]);
    }));
  });
});

describe("confusionAt(curve, threshold)", () => {
  const curve = confusionCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]);
  it("flags scores at or above the threshold (a score equal to it is flagged)", () => {
    expect(confusionAt(curve, 0.4)).toMatchObject({threshold: 0.4, tp: 1, fp: 1, flagged: 2});
  });
  it("above every score flags nothing; below them all flags everything", () => {
    expect(confusionAt(curve, 2)).toMatchObject({index: 0, flagged: 0});
    expect(confusionAt(curve, -1)).toMatchObject({threshold: 0.1, flagged: 4, recall: 1, fpr: 1});
  });
  it("pointAt(curve, i) throws outside the curve", () => {
    expect(() => pointAt(curve, 5)).toThrow(/pointAt requires an index in \[0, 5\), got 5/);
  });
});
