import {describe, expect, it} from "vitest";
import {fanOutLatency} from "../../../lib/synth/fanOutLatency.js";

describe("fanOutLatency", () => {
  it("fanOutLatency(seed, {requests, views}) gives requests × views positive latencies, the same for the same seed", () => {
    const a = fanOutLatency(7, {requests: 500, views: 4});
    expect(a.latency.length).toBe(2000);
    expect(Math.min(...a.latency)).toBeGreaterThan(0);
    expect(fanOutLatency(7, {requests: 500, views: 4}).latency).toEqual(a.latency);
    expect(fanOutLatency(8, {requests: 500, views: 4}).latency).not.toEqual(a.latency);
  });
  it("each view's share of lookups over tailScaleMs + the body is close to its tailShare", () => {
    const {latency} = fanOutLatency(7, {requests: 100_000, views: 2, tailShare: [0.01, 0.05], medianMs: 1, tailScaleMs: 20});
    // The body (median 1 ms, σ 0.35) is under 10 ms with overwhelming probability; a tail lookup is over 20 ms.
    for (const [v, p] of [[0, 0.01], [1, 0.05]] as const) {
      let slow = 0;
      for (let r = 0; r < 100_000; r++) if (latency[r * 2 + v]! > 10) slow++;
      expect(Math.abs(slow / 100_000 - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / 100_000));
    }
  });
  it("sharedSlowShare sends every lookup of a request to the tail together", () => {
    const {latency} = fanOutLatency(7, {requests: 20_000, views: 3, tailShare: 0, sharedSlowShare: 0.1, medianMs: 1, tailScaleMs: 20});
    let all = 0, some = 0;
    for (let r = 0; r < 20_000; r++) {
      const slow = [0, 1, 2].filter((v) => latency[r * 3 + v]! > 10).length;
      if (slow === 3) all++;
      if (slow > 0) some++;
    }
    expect(all).toBe(some);
    expect(Math.abs(all / 20_000 - 0.1)).toBeLessThan(0.01);
  });
  it("fanOutLatency refuses a tailShare list of the wrong length, and 0 views", () => {
    expect(() => fanOutLatency(7, {requests: 10, views: 3, tailShare: [0.1]})).toThrow(/one tailShare per view \(3\), got 1/);
    expect(() => fanOutLatency(7, {requests: 10, views: 0})).toThrow(/views >= 1, got 0/);
  });
});
