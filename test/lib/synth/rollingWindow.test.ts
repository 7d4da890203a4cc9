import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {rollingWindow} from "../../../lib/synth/rollingWindow.js";

/** Scans every event for every event: the definition, O(n²). */
function naive(keys: number[], times: number[], values: number[], w: number) {
  return keys.map((k, i) => {
    const inWindow = keys.map((_, j) => j).filter((j) => keys[j] === k && times[j]! <= times[i]! && times[j]! > times[i]! - w);
    const valid = inWindow.filter((j) => !Number.isNaN(values[j]));
    return {count: inWindow.length, sum: valid.reduce((s, j) => s + values[j]!, 0), valid: valid.length};
  });
}

describe("rollingWindow", () => {
  it("rollingWindow(keys, times, values, w) sums the window (t − w, t]", () => {
    const r = rollingWindow(Int32Array.of(1, 1, 1), Float64Array.of(0, 5, 10), Float64Array.of(1, 2, 4), 6);
    expect([...r.sum]).toEqual([1, 3, 6]);
    expect([...r.count]).toEqual([1, 2, 2]);
  });
  it("rollingWindow includes events at equal times and skips NaN values", () => {
    const r = rollingWindow(Int32Array.of(2, 2, 2), Float64Array.of(3, 3, 9), Float64Array.of(1, NaN, 5), 6);
    expect([...r.count]).toEqual([2, 2, 1]);
    expect([...r.valid]).toEqual([1, 1, 1]);
    expect([...r.sum]).toEqual([1, 1, 5]);
  });
  it("rollingWindow equals a naive scan on random interleaved keys", () => {
    const event = fc.record({key: fc.integer({min: 1, max: 4}), dt: fc.integer({min: 0, max: 5}), value: fc.oneof(fc.integer({min: 0, max: 100}), fc.constant(NaN))});
    fc.assert(fc.property(fc.array(event, {maxLength: 60}), fc.integer({min: 1, max: 20}), (events, w) => {
      let t = 0;
      const times = events.map((e) => (t += e.dt));
      const keys = events.map((e) => e.key), values = events.map((e) => e.value);
      const r = rollingWindow(Int32Array.from(keys), Float64Array.from(times), Float64Array.from(values), w);
      const expected = naive(keys, times, values, w);
      expect(expected.map((_, i) => ({count: r.count[i], sum: r.sum[i], valid: r.valid[i]}))).toEqual(expected);
    }));
  });
  it("rollingWindow rejects columns of different lengths", () => {
    expect(() => rollingWindow(Int32Array.of(1), new Float64Array(2), new Float64Array(1), 1)).toThrow(/one length; got 1, 2, 1/);
  });
});
