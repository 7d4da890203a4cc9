import {tableFromArrays} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {
  bootstrapInterval, comparisonFromStatistics, completePairs, intervalStatus, lookSchedule, mixtureLikelihoodRatio, msprt, nonInferiority,
  comparisonsOverTime, sharedUnitEffect, pairedComparison, pairedStatisticsSql, pairsByUnit, pairsByUnitSql, peekingSimulation, studentQuantile, studentTwoSidedP, tInterval, unpairedComparison,
} from "../../../lib/release/index.js";

// The @example lines of lib/release, run as written.
describe("doc examples of lib/release", () => {
  it("every @example gives its documented result", () => {
    // python3 -c "from scipy import stats; print(repr(stats.t.sf(11, 4) * 2), repr(stats.t.ppf(0.975, 4)))" → 0.00038817133849401416 2.7764451051977934
    expect(studentTwoSidedP(11, 4)).toBe(0.00038817133849401416);
    expect(studentQuantile(0.975, 4)).toBe(2.776445105197794);
    const r = pairedComparison([0.72, 0.73, 0.71, 0.74, 0.72], [0.74, 0.75, 0.73, 0.76, 0.75]);
    expect([r.meanDelta, r.se, r.t, r.df, r.status]).toEqual([0.02200000000000002, 0.002000000000000002, 10.999999999999998, 4, "better"]);
    expect(completePairs("f", [1, null, 3, NaN], [2, 2, null, 4])).toEqual({baseline: [1], candidate: [2], dropped: 3});
    expect(tInterval(0.022, 0.002, 4, 0.95)).toEqual([0.01644710978960441, 0.027552890210395586]);
    expect(intervalStatus([0.01, 0.03])).toBe("better");
    expect(comparisonFromStatistics({n: 5, dropped: 0, baselineMean: 0.724, candidateMean: 0.746, meanDelta: 0.022, sdDelta: 0.004472135954999579}, 0.95).se).toBe(0.0019999999999999996);
    expect(pairedStatisticsSql("pairs", "baseline", "candidate").text.startsWith("select n, dropped, baseline_mean")).toBe(true);
    expect(pairsByUnit(tableFromArrays({day: [1, 1, 2], model: ["baseline", "candidate", "baseline"], auc: [0.8, 0.9, 0.7]}), {unit: "day", arm: "model", metric: "auc"})).toEqual({unit: [1, 2], baseline: [0.8, 0.7], candidate: [0.9, null], delta: [0.09999999999999998, null]});
    expect(pairsByUnitSql("model_daily", {unit: "day", arm: "model", metric: "auc"}).params).toEqual(["baseline", "candidate"]);
    expect(unpairedComparison([0.72, 0.73, 0.71, 0.74, 0.72], [0.74, 0.75, 0.73, 0.76, 0.75]).se).toBe(0.007211102550927985);
    expect(bootstrapInterval([0.72, 0.73, 0.71, 0.74, 0.72], [0.74, 0.75, 0.73, 0.76, 0.75], {seed: 7}).ci).toEqual([0.020000000000000018, 0.026000000000000023]);
    expect(nonInferiority([30, 31, 29, 30], [31, 31, 30, 31], {metric: "p95_latency_ms", margin: 2, direction: "lower"}).status).toBe("pass");
    expect(msprt(new Array(12).fill(1), {sigma: 1, tau: 1}).rejectedAt).toBe(10);
    expect(mixtureLikelihoodRatio(0, 1, 1, 1)).toBe(0.7071067811865476);
    expect(peekingSimulation({days: 30, simulations: 200, seed: 7}).fixedHorizonRate).toBe(0.065);
    expect(lookSchedule(30, 3)).toEqual([10, 20, 30]);
    expect(sharedUnitEffect([0.8, 0.8], [0.9, null], {sd: 0, seed: 1})).toEqual({baseline: [0.8, 0.8], candidate: [0.9, null], effect: [0, 0]});
    expect(comparisonsOverTime([1, 2, 3, 4], [2, 4, 5, 5]).map((c) => c.status)).toEqual(["inconclusive", "better", "better"]);
  });
});
