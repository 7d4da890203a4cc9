import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {brierScore, calibration, dailyCalibration} from "../../../lib/guardrails/index.js";

const index = Array.from({length: 60}, (_, i) => i);
const scores = index.map((i) => ((i * 7919) % 97) / 97);
const labels = index.map((i) => (((i * 104729) % 10) < Math.floor(((i * 7919) % 97) / 10) ? 1 : 0));

// Goldens: scikit-learn 1.2.1,
// /usr/bin/python3 -c "import numpy as np; from sklearn.metrics import brier_score_loss; from sklearn.calibration import calibration_curve
// i=np.arange(60); s=(i*7919%97)/97; y=((i*104729%10) < (i*7919%97)//10).astype(int)
// pt,pp=calibration_curve(y,s,n_bins=10); print(pt.tolist(), pp.tolist())
// edges=np.linspace(0,1,11); c=np.bincount(np.searchsorted(edges[1:-1],s),minlength=10); print(c.tolist())
// print(float(np.sum(c[c>0]/len(s)*np.abs(pt-pp))), brier_score_loss(y,s))"
const skFractionPositive = [0.0, 0.16666666666666666, 0.0, 0.4, 0.3333333333333333, 0.42857142857142855, 0.6, 0.8571428571428571, 0.6666666666666666, 1.0];
const skMeanScore = [0.044182621502209134, 0.15120274914089346, 0.24914089347079035, 0.3463917525773196, 0.4450171821305842, 0.5522827687776142, 0.6515463917525773, 0.748159057437408, 0.8556701030927835, 0.9463917525773196];
const skCount = [7, 6, 6, 5, 6, 7, 5, 7, 6, 5];
const skEce = 0.1020618556701031;
const skBrier = 0.15372515676479964;

describe("calibration(scores, labels, {bins})", () => {
  const c = calibration(scores, labels, {bins: 10});
  it("bins like scikit-learn's calibration_curve (strategy uniform)", () => {
    expect(Array.from(c.count)).toEqual(skCount);
    Array.from(c.fractionPositive).forEach((v, b) => expect(v).toBeCloseTo(skFractionPositive[b]!, 14));
    Array.from(c.meanScore).forEach((v, b) => expect(v).toBeCloseTo(skMeanScore[b]!, 14));
  });
  it("gives numpy's ECE over those bins and scikit-learn's brier_score_loss", () => {
    expect(c.ece).toBeCloseTo(skEce, 14);
    expect(c.brier).toBeCloseTo(skBrier, 14);
    expect(brierScore(scores, labels)).toBeCloseTo(skBrier, 14);
  });
  it("puts a score on an inner edge in the bin below (searchsorted side left), 0 and 1 in the outer bins", () => {
    expect(Array.from(calibration([0, 0.5, 1], [0, 0, 1], {bins: 2}).count)).toEqual([2, 1]);
    expect(Array.from(calibration([0.3], [1], {bins: 10}).edges).slice(3, 4)).toEqual([0.30000000000000004]);
  });
  it("is 0 for scores that are exactly the bins' frequencies", () => {
    expect(calibration([0.25, 0.25, 0.25, 0.25], [1, 0, 0, 0]).ece).toBe(0);
  });
  it("leaves NaN scores out and is NaN without rows", () => {
    expect(calibration([NaN, 0.9], [0, 1]).n).toBe(1);
    expect(Number.isNaN(calibration([], []).ece)).toBe(true);
    expect(Number.isNaN(brierScore([], []))).toBe(true);
  });
  it("throws on a score outside [0, 1], naming it", () => {
    expect(() => calibration([1.5], [1])).toThrow(/calibration requires scores in \[0, 1\], got 1.5 at row 0/);
  });
  it("ECE ≤ MCE ≤ 1, Brier in [0, 1], counts sum to n (property)", () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.double({min: 0, max: 1, noNaN: true}), fc.boolean()), {minLength: 1}), fc.integer({min: 1, max: 20}), (rows, bins) => {
      const c = calibration(rows.map((r) => r[0]), rows.map((r) => r[1]), {bins});
      expect(c.ece).toBeLessThanOrEqual(c.mce + 1e-12);
      expect(c.mce).toBeLessThanOrEqual(1);
      expect(c.brier).toBeGreaterThanOrEqual(0);
      expect(c.brier).toBeLessThanOrEqual(1);
      expect(Array.from(c.count).reduce((s, n) => s + n, 0)).toBe(rows.length);
    }));
  });
});

describe("dailyCalibration(scores, labels, eventMs)", () => {
  it("is calibration's ECE and Brier per UTC day, days ascending", () => {
    const day = 86_400_000;
    const d = dailyCalibration([0.9, 0.1, 0.2, 0.8], [1, 0, 1, 1], [day + 5, 7, day + 9, 3]);
    expect(Array.from(d.day)).toEqual([0, day]);
    expect(Array.from(d.n)).toEqual([2, 2]);
    expect(d.brier[0]).toBe(calibration([0.1, 0.8], [0, 1]).brier);
    expect(d.ece[1]).toBe(calibration([0.9, 0.2], [1, 1]).ece);
  });
});
