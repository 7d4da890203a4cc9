import {DDSketch} from "@datadog/sketches-js";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {latencySketch, lowerQuantile, mergeSketches, rollUp, sketchBytes, sketchesByWindow, sketchRelativeAccuracy} from "../../../lib/latency/index.js";
import {tableColumns} from "../../../lib/sql/index.js";
import {servingLatency} from "../../../lib/synth/index.js";

const qs = [0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1];
// Pareto-tailed latencies in ms (shape 1.1: infinite variance), from uniforms in (0, 1], plus exact zeros.
const heavyTailed = fc.array(fc.oneof({weight: 20, arbitrary: fc.double({min: 1e-9, max: 1, noNaN: true}).map((u) => 2 * u ** (-1 / 1.1))}, {weight: 1, arbitrary: fc.constant(0)}), {minLength: 1, maxLength: 2000});

/** |sketch − exact| ≤ α·exact at every q, α the sketch's relative accuracy (plus rounding). */
function expectWithinAccuracy(sketch: DDSketch, values: readonly number[]): void {
  const sorted = Float64Array.from(values).sort();
  for (const q of qs) {
    const exact = lowerQuantile(sorted, q)!;
    expect(Math.abs(sketch.getValueAtQuantile(q) - exact), `q ${q}: ${sketch.getValueAtQuantile(q)} vs ${exact}`).toBeLessThanOrEqual(sketchRelativeAccuracy * exact * (1 + 1e-12));
  }
}

describe("latencySketch", () => {
  it("latencySketch(values) quantiles are within 1% of the exact lower quantile on heavy-tailed data (property)", () => {
    fc.assert(fc.property(heavyTailed, (values) => {
      const sketch = latencySketch(values);
      expect(sketch.count).toBe(values.length);
      expectWithinAccuracy(sketch, values);
    }));
  });
  it("latencySketch throws on a negative, NaN or infinite value", () => {
    expect(() => latencySketch([1, -0.5])).toThrow("latencySketch requires finite non-negative values, got -0.5 at index 1");
    expect(() => latencySketch([NaN])).toThrow("latencySketch requires finite non-negative values, got NaN at index 0");
    expect(() => latencySketch([Infinity])).toThrow("got Infinity at index 0");
  });
  it("latencySketch() is empty: count 0, NaN quantiles", () => {
    expect(latencySketch().count).toBe(0);
    expect(latencySketch().getValueAtQuantile(0.5)).toBeNaN();
  });
});

describe("mergeSketches", () => {
  it("mergeSketches of the parts' sketches equals the sketch of the union, within accuracy of the exact (property)", () => {
    fc.assert(fc.property(heavyTailed, fc.array(fc.nat(), {maxLength: 5}), (values, cuts) => {
      const bounds = [0, ...cuts.map((c) => c % (values.length + 1)).sort((a, b) => a - b), values.length];
      const parts = bounds.slice(1).map((end, i) => values.slice(bounds[i], end));
      const merged = mergeSketches(parts.map((part) => latencySketch(part)));
      const union = latencySketch(values);
      expect(merged.count).toBe(union.count);
      expect(qs.map((q) => merged.getValueAtQuantile(q))).toEqual(qs.map((q) => union.getValueAtQuantile(q)));
      expectWithinAccuracy(merged, values);
    }));
  });
  it("mergeSketches leaves its inputs as they were", () => {
    const a = latencySketch([1, 2]);
    const b = latencySketch([300]);
    mergeSketches([a, b]).accept(5);
    expect([a.count, b.count, a.getValueAtQuantile(1), b.getValueAtQuantile(0)]).toEqual([2, 1, latencySketch([2]).getValueAtQuantile(0), latencySketch([300]).getValueAtQuantile(0)]);
  });
});

describe("sketchesByWindow and rollUp", () => {
  const log = servingLatency(3, {start: Date.UTC(2026, 0, 1), days: 3, requests: 5000});
  const {request_timestamp: times, latency_ms: latencies} = tableColumns(log) as {request_timestamp: number[]; latency_ms: number[]};
  const [minute, hour, day] = [60_000, 3_600_000, 86_400_000];

  it("sketchesByWindow keys windows by their start, ascending, and counts every value once", () => {
    const byMinute = sketchesByWindow(times, latencies, minute);
    const keys = [...byMinute.keys()];
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    expect(keys.every((k) => k % minute === 0)).toBe(true);
    expect([...byMinute.values()].reduce((n, s) => n + s.count, 0)).toBe(latencies.length);
  });
  it("rollUp(minutes → hours → days) equals sketching each day directly", () => {
    const days = rollUp(rollUp(sketchesByWindow(times, latencies, minute), hour), day);
    const direct = sketchesByWindow(times, latencies, day);
    expect([...days.keys()]).toEqual([...direct.keys()]);
    expect([...days.keys()]).toEqual([0, 1, 2].map((d) => Date.UTC(2026, 0, 1) + d * day));
    for (const [start, sketch] of days) {
      const other = direct.get(start)!;
      expect([sketch.count, sketch.min, sketch.max]).toEqual([other.count, other.min, other.max]);
      expect(qs.map((q) => sketch.getValueAtQuantile(q))).toEqual(qs.map((q) => other.getValueAtQuantile(q)));
      expect(sketchBytes(sketch)).toBe(sketchBytes(other));
    }
  });
  it("rollUp of the whole log into one window is within accuracy of its exact lower quantiles", () => {
    const all = rollUp(sketchesByWindow(times, latencies, hour), 1e15).get(0)!;
    expectWithinAccuracy(all, latencies);
  });
  it("sketchesByWindow throws on a bad window or unequal columns", () => {
    expect(() => sketchesByWindow([0], [1], 0)).toThrow("sketchesByWindow requires windowMs > 0, got 0");
    expect(() => sketchesByWindow([0, 1], [1], minute)).toThrow("sketchesByWindow requires as many times as latencies, got 2 and 1");
  });
});

describe("sketchBytes", () => {
  it("sketchBytes is the protobuf encoding's length, which decodes to the same quantiles (to 1e-12: the mapping's constants are re-derived)", () => {
    const sketch = latencySketch([0.4, 1, 2, 3, 250, 999]);
    const bytes = sketch.toProto();
    expect(sketchBytes(sketch)).toBe(bytes.byteLength);
    const decoded = DDSketch.fromProto(bytes);
    expect(decoded.count).toBe(6);
    for (const q of qs) expect(Math.abs(decoded.getValueAtQuantile(q) - sketch.getValueAtQuantile(q))).toBeLessThanOrEqual(1e-12 * sketch.getValueAtQuantile(q));
  });
  it("sketchBytes grows with the range of values, not their number", () => {
    const narrow = latencySketch(Array.from({length: 10_000}, (_, i) => 1 + (i % 100) / 100));
    const wide = latencySketch([0.01, 1, 100, 10_000]);
    expect(sketchBytes(narrow)).toBeLessThan(sketchBytes(wide));
  });
});
