import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {fanOutAmplification} from "../../../lib/latency/fanOutAmplification.js";
import {fanOutCurve} from "../../../lib/latency/fanOutCurve.js";
import {fanOutLatency} from "../../../lib/synth/fanOutLatency.js";

describe("fanOutCurve", () => {
  it("fanOutCurve counts a request slow once any of its first k lookups is over the threshold", () => {
    const curve = fanOutCurve([1, 9, 9, 1, 1, 1], 2, 5);
    expect(curve.map((d) => d.measured)).toEqual([1 / 3, 2 / 3]);
    expect(curve.map((d) => d.viewShare)).toEqual([1 / 3, 1 / 3]);
    expect(curve[1]!.predicted).toBeCloseTo(1 - (2 / 3) ** 2, 15);
  });
  it("fanOutCurve: measured is non-decreasing in k, between the largest view share and the sum of shares", () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 5}), fc.array(fc.integer({min: 0, max: 20}), {minLength: 1, maxLength: 60}), fc.integer({min: 0, max: 20}), (views, raw, threshold) => {
        const latency = raw.slice(0, raw.length - (raw.length % views));
        fc.pre(latency.length > 0);
        const curve = fanOutCurve(latency, views, threshold);
        for (let k = 0; k < curve.length; k++) {
          const shares = curve.slice(0, k + 1).map((d) => d.viewShare);
          expect(curve[k]!.measured).toBeGreaterThanOrEqual(Math.max(...shares) - 1e-12);
          expect(curve[k]!.measured).toBeLessThanOrEqual(shares.reduce((a, b) => a + b, 0) + 1e-12);
          if (k > 0) expect(curve[k]!.measured).toBeGreaterThanOrEqual(curve[k - 1]!.measured);
          expect(curve[k]!.predicted).toBeCloseTo(fanOutAmplification(shares), 12);
        }
      }),
    );
  });
  it("fanOutCurve on independent lookups agrees with 1 − Π(1 − p_i) within 4 standard errors at every k", () => {
    const {latency, views} = fanOutLatency(3, {requests: 50_000, views: 8, tailShare: [0.01, 0.02, 0.005, 0.01, 0.03, 0.01, 0.01, 0.02]});
    for (const d of fanOutCurve(latency, views, 20)) expect(Math.abs(d.measured - d.predicted)).toBeLessThan(4 * d.standardError);
  });
  it("fanOutCurve on correlated lookups (shared slow moments) measures fewer slow requests than the formula", () => {
    const {latency, views} = fanOutLatency(3, {requests: 50_000, views: 8, tailShare: 0.002, sharedSlowShare: 0.01});
    const last = fanOutCurve(latency, views, 20).at(-1)!;
    expect(last.predicted - last.measured).toBeGreaterThan(10 * last.standardError);
  });
  it("fanOutCurve refuses a length that is not a multiple of views", () => {
    expect(() => fanOutCurve([1, 2, 3], 2, 5)).toThrow(/multiple of views \(2\), got 3/);
  });
});
