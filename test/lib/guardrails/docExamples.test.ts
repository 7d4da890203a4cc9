// Every @example of lib/guardrails, run as written.
import {describe, expect, it} from "vitest";
import {bands, bayesThreshold, brierScore, curveTable, dailyScoreDrift, rowsByDay, calibration, capacityThreshold, confusionAt, confusionCurve, confusionCurveSql, dailyCalibration, decide, decisionTable, expectedCost, maxReviews, pointAt, releaseGate, scoreOutOfTime} from "../../../lib/guardrails/index.js";

describe("lib/guardrails @examples", () => {
  it("decisionTable, decide, bands", () => {
    expect(decisionTable([0.05, 0.20, 0.45, 0.80, 0.95], {thresholds: [0.7], actions: ["allow", "escalate"]}).counts).toEqual([3, 2]);
    expect(decide(0.7, {thresholds: [0.7], actions: ["allow", "escalate"]})).toBe("escalate");
    expect(decide(0.69, {thresholds: [0.7], actions: ["allow", "escalate"]})).toBe("allow");
    expect(bands([0.05, 0.2, 0.45, 0.8, 0.95], {review: 0.4, block: 0.9}).shares).toEqual({allow: 0.4, review: 0.4, block: 0.2});
    expect(bands([0.05, 0.2, 0.45, 0.8, 0.95], {review: 0.4, block: 0.9}, [0, 1, 0, 1, 1]).positives).toEqual({allow: 1, review: 1, block: 1});
  });
  it("confusionCurve, confusionAt, pointAt, confusionCurveSql", () => {
    const c = confusionCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]);
    expect([Array.from(c.thresholds), Array.from(c.tp), Array.from(c.fp)]).toEqual([[Infinity, 0.8, 0.4, 0.35, 0.1], [0, 1, 1, 2, 2], [0, 0, 1, 1, 2]]);
    expect(confusionAt(confusionCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), 0.3).flagged).toBe(3);
    expect(pointAt(confusionCurve([0.1, 0.8], [0, 1]), 1).precision).toBe(1);
    expect(confusionCurveSql({table: "scored", score: "p", label: "y"}).text.startsWith("WITH")).toBe(true);
  });
  it("expectedCost, maxReviews, capacityThreshold", () => {
    expect(expectedCost(confusionCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), {falsePositive: 1, falseNegative: 5}).best).toEqual({index: 3, threshold: 0.35, total: 1, perRow: 0.25});
    expect(maxReviews({perDay: 40, days: 30}, 33_000)).toBe(1200);
    expect(maxReviews({share: 0.01}, 33_000)).toBe(330);
    expect(capacityThreshold(confusionCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), 2).threshold).toBe(0.4);
  });
  it("calibration, brierScore, dailyCalibration", () => {
    expect(calibration([0.1, 0.1, 0.9, 0.9], [0, 0, 1, 1], {bins: 10}).ece).toBe(0.09999999999999999);
    expect(brierScore([0.1, 0.9], [0, 1])).toBe(0.009999999999999998);
    expect(Array.from(dailyCalibration([0.1, 0.9], [0, 1], [0, 86_400_000]).brier)).toEqual([0.010000000000000002, 0.009999999999999995]);
  });
  it("scoreOutOfTime, releaseGate", () => {
    expect(scoreOutOfTime({x: [0, 1, 2, 3, 0, 3]}, [0, 0, 1, 1, 0, 1], [0, 1, 2, 3, 4, 5], {trainEnd: 4}).rows).toEqual(Int32Array.of(4, 5));
    expect(releaseGate({
      primary: {metric: "auc", direction: "higher", baseline: [0.85, 0.86, 0.84, 0.85], candidate: [0.87, 0.88, 0.87, 0.87]},
      guardrails: [{metric: "p95_latency_ms", direction: "lower", margin: 2, baseline: [30, 31, 29, 30], candidate: [31, 31, 30, 31]}],
    }).status).toBe("pass");
  });
});

describe("lib/guardrails @examples, continued", () => {
  it("bayesThreshold, curveTable", () => {
    expect(bayesThreshold({falsePositive: 5, falseNegative: 145})).toBe(0.03333333333333333);
    expect(curveTable(confusionCurve([0.1, 0.8], [0, 1])).numRows).toBe(3);
  });
});

describe("lib/guardrails @examples, daily", () => {
  it("rowsByDay, dailyScoreDrift", () => {
    expect(rowsByDay([86_400_001, 5, 7])).toEqual([{day: 0, rows: [1, 2]}, {day: 86400000, rows: [0]}]);
    expect(Array.from(dailyScoreDrift([0.1, 0.2, 0.3, 0.4], [0.1, 0.4], [0, 0], {bins: 2}).psi)).toEqual([0]);
  });
});
