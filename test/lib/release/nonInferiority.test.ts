import {describe, expect, it} from "vitest";
import {nonInferiority, pairedComparison} from "../../../lib/release/index.js";

describe("nonInferiority", () => {
  it("nonInferiority(lower is better) passes when the interval's upper bound is below +margin", () => {
    const r = nonInferiority([30, 31, 29, 30], [31, 31, 30, 31], {metric: "p95_latency_ms", margin: 2, direction: "lower"});
    // python3 -c "from scipy import stats; import numpy as np; d=np.array([1,0,1,1.]); print(d.mean() + stats.t.ppf(0.975, 3)*d.std(ddof=1)/2)"
    expect(Math.abs(r.value - 1.545611576320927)).toBeLessThan(1e-12);
    expect([r.id, r.status, r.threshold, r.direction]).toEqual(["non_inferiority:p95_latency_ms", "pass", 2, "lower"]);
    expect(r.message).toBe("p95_latency_ms: the 95% interval of candidate − baseline ends at 1.546, inside the margin +2 (lower is better)");
    expect(r.comparison).toEqual(pairedComparison([30, 31, 29, 30], [31, 31, 30, 31]));
  });

  it("nonInferiority fails when the margin is narrower than the interval reaches, even with no difference on average", () => {
    const r = nonInferiority([30, 31, 29, 30], [31, 31, 30, 31], {metric: "p95_latency_ms", margin: 1.5, direction: "lower"});
    expect(r.status).toBe("fail");
    expect(r.message).toContain("beyond the margin +1.5 (lower is better): not shown to be non-inferior");
    const noisy = nonInferiority([0.8, 0.9, 0.7, 0.85], [0.9, 0.7, 0.8, 0.85], {metric: "auc", margin: 0.01, direction: "higher"});
    expect([noisy.comparison.meanDelta, noisy.status]).toEqual([0, "fail"]);
  });

  it("nonInferiority(higher is better) tests the lower bound against −margin; a wider margin never turns pass into fail", () => {
    const b = [0.87, 0.86, 0.88, 0.87, 0.86, 0.87], c = [0.865, 0.862, 0.874, 0.869, 0.858, 0.866];
    const margins = [0, 0.002, 0.004, 0.006, 0.01, 0.02];
    const results = margins.map((margin) => nonInferiority(b, c, {metric: "auc", margin, direction: "higher"}));
    results.forEach((r, i) => {
      expect(r.threshold).toBe(0 - margins[i]!);
      expect(r.value).toBe(r.comparison.ci[0]);
      expect(r.status).toBe(r.value > -margins[i]! ? "pass" : "fail");
    });
    const firstPass = results.findIndex((r) => r.status === "pass");
    expect(firstPass).toBeGreaterThan(0);
    expect(results.slice(firstPass).every((r) => r.status === "pass")).toBe(true);
  });

  it("nonInferiority: a higher confidence is stricter", () => {
    const b = [31, 30, 32, 31, 30], c = [32, 31, 32.5, 32, 31.5];
    const at = (confidence: number) => nonInferiority(b, c, {metric: "p95", margin: 1.5, direction: "lower", confidence});
    expect(at(0.99).value).toBeGreaterThan(at(0.9).value);
  });

  it("nonInferiority throws on a negative margin or an unknown direction", () => {
    expect(() => nonInferiority([1, 2], [1, 2], {metric: "auc", margin: -1, direction: "higher"})).toThrow("nonInferiority requires a finite margin ≥ 0 for auc, got -1");
    expect(() => nonInferiority([1, 2], [1, 2], {metric: "auc", margin: 1, direction: "up" as "higher"})).toThrow('nonInferiority requires direction "higher" or "lower" for auc, got "up"');
  });
});
