import {describe, expect, it} from "vitest";
import {scoreOutOfTime} from "../../../lib/guardrails/index.js";
import {auc, logisticRegression, predictLogistic} from "../../../lib/leakage/index.js";

const DAY = 86_400_000;
const n = 400;
const x = Float64Array.from({length: n}, (_, i) => ((i * 7919) % 101) / 101);
const y = Float64Array.from({length: n}, (_, i) => (x[i]! + ((i * 104729) % 13) / 26 > 0.9 ? 1 : 0));
const eventMs = Float64Array.from({length: n}, (_, i) => Math.floor(i / 20) * DAY + 3_600_000);

describe("scoreOutOfTime(features, labels, eventMs, {trainEnd})", () => {
  const out = scoreOutOfTime({x}, y, eventMs, {trainEnd: 15 * DAY});
  it("trains on the rows before trainEnd and scores the rows from it, in input order", () => {
    expect(out.trainRows).toBe(300);
    expect(Array.from(out.rows)).toEqual(Array.from({length: 100}, (_, k) => 300 + k));
    expect(out.days).toBe(5);
    expect(Array.from(out.eventMs.subarray(0, 1))).toEqual([15 * DAY + 3_600_000]);
  });
  it("its scores are the lab's logistic model fitted on the training rows", () => {
    const model = logisticRegression({x: x.subarray(0, 300)}, y.subarray(0, 300));
    expect(out.model).toEqual(model);
    expect(out.scores).toEqual(predictLogistic(model, {x: x.subarray(300)}));
    expect(Array.from(out.labels)).toEqual(Array.from(y.subarray(300)));
  });
  it("ranks the held-out rows better than chance on a learnable label", () => {
    expect(auc(out.scores, out.labels)).toBeGreaterThan(0.8);
  });
  it("scores every row of the training window as the reference, kept for training or not", () => {
    expect(out.referenceScores).toEqual(predictLogistic(out.model, {x: x.subarray(0, 300)}));
    expect(scoreOutOfTime({x}, y, eventMs, {trainEnd: 15 * DAY, keepNegatives: 0.2}).referenceScores.length).toBe(300);
  });
  it("throws when no row is on one side of trainEnd", () => {
    expect(() => scoreOutOfTime({x}, y, eventMs, {trainEnd: 0})).toThrow(/scoreOutOfTime requires rows on both sides of trainEnd 0, got 0 before and 400 from it/);
  });
});

describe("scoreOutOfTime(…, {keepNegatives})", () => {
  const all = scoreOutOfTime({x}, y, eventMs, {trainEnd: 15 * DAY});
  const down = scoreOutOfTime({x}, y, eventMs, {trainEnd: 15 * DAY, keepNegatives: 0.2});
  const positives = Array.from(y.subarray(0, 300)).filter((v) => v === 1).length;
  it("keeps every training positive and about that share of the negatives", () => {
    expect(down.trainRows - positives).toBeGreaterThan(0.1 * (300 - positives));
    expect(down.trainRows - positives).toBeLessThan(0.3 * (300 - positives));
  });
  it("inflates every score (the model learns a higher base rate) and leaves the ranking nearly as good", () => {
    down.scores.forEach((s, i) => expect(s).toBeGreaterThan(all.scores[i]! - 1e-12));
    expect(Math.abs(auc(down.scores, down.labels) - auc(all.scores, all.labels))).toBeLessThan(0.05);
  });
});
