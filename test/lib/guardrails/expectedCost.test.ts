import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {bayesThreshold, capacityThreshold, confusionCurve, expectedCost, maxReviews} from "../../../lib/guardrails/index.js";

const rowsArb = fc.array(fc.tuple(fc.oneof(fc.double({min: 0, max: 1, noNaN: true}), fc.constantFrom(0.25, 0.5)), fc.boolean()), {maxLength: 150});
const costArb = fc.record({falsePositive: fc.double({min: 0, max: 100, noNaN: true}), falseNegative: fc.double({min: 0, max: 100, noNaN: true})});

describe("expectedCost(curve, costs)", () => {
  const curve = confusionCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]);
  it("prices every threshold: cost_fp·fp + cost_fn·fn", () => {
    const c = expectedCost(curve, {falsePositive: 1, falseNegative: 5});
    expect(Array.from(c.total)).toEqual([10, 5, 6, 1, 2]);
    expect(Array.from(c.perRow)).toEqual([2.5, 1.25, 1.5, 0.25, 0.5]);
    expect(c.best).toEqual({index: 3, threshold: 0.35, total: 1, perRow: 0.25});
  });
  it("flags nothing when misses are free, everything when false alarms are", () => {
    expect(expectedCost(curve, {falsePositive: 1, falseNegative: 0}).best.threshold).toBe(Infinity);
    expect(expectedCost(curve, {falsePositive: 0, falseNegative: 1}).best.threshold).toBe(0.35);
  });
  it("ties go to the highest threshold (the fewest flags)", () => {
    expect(expectedCost(confusionCurve([0.9, 0.1], [1, 0]), {falsePositive: 0, falseNegative: 1}).best.threshold).toBe(0.9);
  });
  it("throws on a negative cost", () => {
    expect(() => expectedCost(curve, {falsePositive: -1, falseNegative: 1})).toThrow(/expectedCost requires non-negative costs, got falsePositive -1 and falseNegative 1/);
  });
  it("the cost-optimal threshold costs no more than any threshold at all, on the curve or between (property)", () => {
    fc.assert(fc.property(rowsArb, costArb, fc.double({min: -0.5, max: 1.5, noNaN: true}), (rows, costs, t) => {
      const c = expectedCost(confusionCurve(rows.map((r) => r[0]), rows.map((r) => r[1])), costs);
      for (const total of c.total) expect(c.best.total).toBeLessThanOrEqual(total);
      const fp = rows.filter((r) => r[0] >= t && !r[1]).length, fn = rows.filter((r) => r[0] < t && r[1]).length;
      expect(c.best.total).toBeLessThanOrEqual(costs.falsePositive * fp + costs.falseNegative * fn + 1e-9);
    }));
  });
});

describe("maxReviews(capacity, n)", () => {
  it("is perDay·days or share·n, rounded down", () => {
    expect(maxReviews({perDay: 40, days: 30}, 33_000)).toBe(1200);
    expect(maxReviews({share: 0.01}, 33_333)).toBe(333);
  });
  it("throws on a share outside [0, 1]", () => {
    expect(() => maxReviews({share: 2}, 10)).toThrow(/maxReviews requires a share in \[0, 1\], got 2/);
  });
});

describe("capacityThreshold(curve, maxFlagged, costs?)", () => {
  const curve = confusionCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]);
  it("without costs takes the lowest threshold that fits (the most recall)", () => {
    expect(capacityThreshold(curve, 2)).toMatchObject({threshold: 0.4, flagged: 2, recall: 0.5, binding: true});
    expect(capacityThreshold(curve, 0)).toMatchObject({threshold: Infinity, flagged: 0});
    expect(capacityThreshold(curve, 10)).toMatchObject({threshold: 0.1, binding: false});
  });
  it("with costs takes the cheapest threshold that fits", () => {
    const costs = {falsePositive: 1, falseNegative: 5};
    expect(capacityThreshold(curve, 2, costs)).toMatchObject({threshold: 0.8, cost: 5, binding: true});
    expect(capacityThreshold(curve, 3, costs)).toMatchObject({threshold: 0.35, cost: 1, binding: false});
  });
  it("never flags more than the capacity, and costs at least the unconstrained optimum (property)", () => {
    fc.assert(fc.property(rowsArb, costArb, fc.nat(160), (rows, costs, k) => {
      const curve = confusionCurve(rows.map((r) => r[0]), rows.map((r) => r[1]));
      const choice = capacityThreshold(curve, k, costs);
      expect(choice.flagged).toBeLessThanOrEqual(k);
      expect(choice.cost!).toBeGreaterThanOrEqual(expectedCost(curve, costs).best.total);
      const mostRecall = capacityThreshold(curve, k);
      expect(mostRecall.flagged).toBeLessThanOrEqual(k);
      for (let i = 0; i < curve.thresholds.length; i++) if (curve.tp[i]! + curve.fp[i]! <= k) expect(curve.tp[i]!).toBeLessThanOrEqual(mostRecall.tp);
    }));
  });
});

describe("bayesThreshold(costs)", () => {
  it("is cost_fp / (cost_fp + cost_fn), where calibrated scores are cheapest to cut", () => {
    expect(bayesThreshold({falsePositive: 1, falseNegative: 3})).toBe(0.25);
    // Scores that are the true probabilities of their rows (each score s: s·100 positives in 100 rows).
    const scores: number[] = [], labels: number[] = [];
    for (let k = 1; k < 10; k++) for (let i = 0; i < 100; i++) scores.push(k / 10), labels.push(i < k * 10 ? 1 : 0);
    expect(expectedCost(confusionCurve(scores, labels), {falsePositive: 1, falseNegative: 3}).best.threshold).toBe(0.3);
  });
});
