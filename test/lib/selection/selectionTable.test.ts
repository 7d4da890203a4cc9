import {describe, expect, it} from "vitest";
import {joinLeakCheck, selectionTable} from "../../../lib/selection/index.js";

describe("joinLeakCheck", () => {
  it("joinLeakCheck fails a feature that scores better from the suspect join by more than the threshold", () => {
    expect(joinLeakCheck("chargeback_count", {suspect: 0.84, pointInTime: 0.59})).toEqual({
      id: "join-leak:chargeback_count", status: "fail", value: 0.84 - 0.59, threshold: 0.05,
      message: "chargeback_count alone reaches AUC 0.840 from the suspect join but 0.590 joined point in time: +0.250 learned from the future",
    });
    expect(joinLeakCheck("x", {suspect: 0.62, pointInTime: 0.6}).status).toBe("pass");
    expect(joinLeakCheck("x", {suspect: 0.62, pointInTime: 0.6}, 0.01).status).toBe("fail");
  });

  it("joinLeakCheck refuses a negative threshold", () => {
    expect(() => joinLeakCheck("x", {suspect: 1, pointInTime: 1}, -1)).toThrow("joinLeakCheck requires a threshold ≥ 0, got -1");
  });
});

describe("selectionTable", () => {
  it("selectionTable joins tests, AUC, importance and cluster number by feature", () => {
    const rows = selectionTable(
      [
        {feature: "a", kind: "numeric", chi2: {statistic: 3, df: 1, pValue: 0.08}, f: {statistic: 4, dfBetween: 1, dfWithin: 9, pValue: 0.07}, mutualInformation: 0.2},
        {feature: "s", kind: "categorical", chi2: {statistic: 1, df: 2, pValue: 0.6}, f: null, mutualInformation: 0.01},
      ],
      {a: 0.7},
      {baselineAuc: 0.8, model: {features: [], intercept: 0, weights: [], means: [], scales: []}, trainRows: 7, heldOutRows: 3, features: [{feature: "s", mean: 0.01, sd: 0.002, drops: [0.01]}]},
      [{features: ["x", "s"], links: []}],
    );
    expect(rows).toEqual([
      {feature: "a", kind: "numeric", chi2: 3, chi2P: 0.08, f: 4, fP: 0.07, mutualInformation: 0.2, aloneAuc: 0.7, importance: NaN, importanceSd: NaN, cluster: null},
      {feature: "s", kind: "categorical", chi2: 1, chi2P: 0.6, f: null, fP: null, mutualInformation: 0.01, aloneAuc: NaN, importance: 0.01, importanceSd: 0.002, cluster: 1},
    ]);
  });
});
