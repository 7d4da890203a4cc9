import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {windowAggregate} from "../../../lib/preprocess/timeWindow.js";
import {checkTransform, referenceVariant, transformVariant, transformVariants, type ClosedSide, type TransformVariant, type WindowEvents} from "../../../lib/skew/index.js";
import {rollingWindow} from "../../../lib/synth/index.js";
import {arbitraryEvents, events, list} from "./transformData.js";

const DAY = 86_400_000, HOUR = 3_600_000, W = 7 * DAY;
const variant = (v: Partial<TransformVariant>): TransformVariant => ({...referenceVariant, ...v});
describe("transformVariant", () => {
  it("transformVariant(events, referenceVariant) is lib/preprocess's windowAggregate and lib/synth's rollingWindow", () => {
    fc.assert(fc.property(arbitraryEvents, (e) => {
      for (const agg of ["sum", "count", "mean"] as const) {
        expect(list(transformVariant(e, referenceVariant, {windowMs: W, agg}))).toEqual(list(windowAggregate(Array.from(e.key), e.time, e.value, W, agg)));
      }
      // rollingWindow wants time order within a key; its sum is 0 for no value and its count counts rows
      const order = Array.from(e.id.keys()).sort((a, b) => e.time[a]! - e.time[b]! || a - b);
      const sorted: WindowEvents = {id: Int32Array.from(order, (i) => e.id[i]!), key: Int32Array.from(order, (i) => e.key[i]!), time: Float64Array.from(order, (i) => e.time[i]!), value: Float64Array.from(order, (i) => Math.round(e.value[i]! * 100))};
      const rolled = rollingWindow(sorted.key, sorted.time, sorted.value, W);
      expect(Array.from(transformVariant(sorted, variant({nulls: "sum-zero"}), {windowMs: W, agg: "sum"}))).toEqual(Array.from(rolled.sum));
      expect(Array.from(transformVariant(sorted, variant({nulls: "fill-zero"}), {windowMs: W, agg: "count"}))).toEqual(Array.from(rolled.count));
    }), {numRuns: 100});
  });

  it("transformVariant bounds each closed side as pandas' rolling('7d', closed=…) does", () => {
    // /usr/bin/python3 -c "import pandas as pd, numpy as np; t = pd.to_datetime(['2026-01-01 00:00','2026-01-03 12:00','2026-01-08 00:00','2026-01-08 06:00','2026-01-10 12:00','2026-01-15 00:00']); x = pd.Series([10.0, np.nan, 20.0, 0.5, np.nan, 4.0], index=t); [print(c, a, getattr(x.rolling('7d', closed=c), a)().tolist()) for c in ['right','left','both','neither'] for a in ['sum','count','mean']]"
    // (pandas 1.5.3; its count of an empty window is NaN, SQL's COUNT and ours 0)
    const e = events([1, 1, 1, 1, 1, 1], [0, 2.5 * DAY, 7 * DAY, 7 * DAY + 6 * HOUR, 9.5 * DAY, 14 * DAY], [10, null, 20, 0.5, null, 4]);
    const pandas: Record<ClosedSide, Record<"sum" | "count" | "mean", (number | null)[]>> = {
      right: {sum: [10, 10, 20, 20.5, 20.5, 4.5], count: [1, 1, 1, 2, 2, 2], mean: [10, 10, 20, 10.25, 10.25, 2.25]},
      left: {sum: [null, 10, 10, 20, 20.5, 20.5], count: [0, 1, 1, 1, 2, 2], mean: [null, 10, 10, 20, 10.25, 10.25]},
      both: {sum: [10, 10, 30, 20.5, 20.5, 24.5], count: [1, 1, 2, 2, 2, 3], mean: [10, 10, 15, 10.25, 10.25, 8.166666666666666]},
      neither: {sum: [null, 10, null, 20, 20.5, 0.5], count: [0, 1, 0, 1, 2, 1], mean: [null, 10, null, 20, 10.25, 0.5]},
    };
    for (const [closed, expected] of Object.entries(pandas) as [ClosedSide, (typeof pandas)["right"]][]) {
      for (const agg of ["sum", "count", "mean"] as const) expect([closed, agg, list(transformVariant(e, variant({closed}), {windowMs: W, agg}))]).toEqual([closed, agg, expected[agg]]);
    }
  });

  it("transformVariant puts an event exactly at t − w in [t − w, t] and [t − w, t) only, and events at the same instant in both or neither", () => {
    const e = events([1, 1, 1, 2], [0, W, W, W], [10, 20, 5, 100]);
    const sum = (closed: ClosedSide) => list(transformVariant(e, variant({closed}), {windowMs: W, agg: "sum"}));
    expect(sum("right")).toEqual([10, 25, 25, 100]);
    expect(sum("left")).toEqual([null, 10, 10, null]);
    expect(sum("both")).toEqual([10, 35, 35, 100]);
    expect(sum("neither")).toEqual([null, null, null, null]);
  });

  it("transformVariant's null policies: SQL's skip, pandas' sum of no value = 0, fillna(0)", () => {
    // /usr/bin/python3 -c "import pandas as pd, numpy as np; print(pd.Series([np.nan, np.nan]).sum(), pd.Series([np.nan, np.nan]).rolling(2, min_periods=1).sum().tolist())"
    // 0.0 [nan, nan]: pandas' .sum() of no value is 0, its rolling sum NaN
    const e = events([1, 1, 1, 1], [0, HOUR, 2 * HOUR, 3 * HOUR], [null, null, 30, null]);
    const run = (nulls: TransformVariant["nulls"], agg: "sum" | "count" | "mean") => list(transformVariant(e, variant({nulls}), {windowMs: W, agg}));
    expect([run("skip", "sum"), run("skip", "count"), run("skip", "mean")]).toEqual([[null, null, 30, 30], [0, 0, 1, 1], [null, null, 30, 30]]);
    expect([run("sum-zero", "sum"), run("sum-zero", "count"), run("sum-zero", "mean")]).toEqual([[0, 0, 30, 30], [0, 0, 1, 1], [null, null, 30, 30]]);
    expect([run("fill-zero", "sum"), run("fill-zero", "count"), run("fill-zero", "mean")]).toEqual([[0, 0, 30, 30], [1, 2, 3, 4], [0, 0, 10, 7.5]]);
  });

  it("transformVariant on calendar days sums whole days ending with the event's day, in UTC or another offset, later events of that day included", () => {
    // 2026-01-01 23:00, 01-02 01:00, 01-08 03:00, 01-08 20:00 UTC: in UTC−5 the first two fall on 1 January, the last two on 7 and 8 January
    const t = [Date.UTC(2026, 0, 1, 23), Date.UTC(2026, 0, 2, 1), Date.UTC(2026, 0, 8, 3), Date.UTC(2026, 0, 8, 20)];
    const e = events([1, 1, 1, 1], t, [1, 2, 4, 8]);
    const sum = (offsetHours: number) => list(transformVariant(e, variant({calendar: {offsetHours}}), {windowMs: W, agg: "sum"}));
    expect(sum(0)).toEqual([1, 3, 14, 14]);
    expect(sum(-5)).toEqual([3, 3, 7, 12]);
    expect(list(transformVariant(e, referenceVariant, {windowMs: W, agg: "sum"}))).toEqual([1, 3, 7, 15]);
    expect(() => transformVariant(e, variant({calendar: {offsetHours: 0}}), {windowMs: HOUR, agg: "sum"})).toThrow("transformVariant requires a window of whole days on calendar days, got 3600000 ms");
    expect(() => transformVariant(e, variant({calendar: {offsetHours: 15}}), {windowMs: W, agg: "sum"})).toThrow("transformVariant requires calendar.offsetHours a whole number of hours in [-12, 14], got 15");
  });

  it("transformVariant: right-closed and left-closed counts differ by the events at t and the events at exactly t − w", () => {
    fc.assert(fc.property(arbitraryEvents, (e) => {
      const count = (closed: ClosedSide) => transformVariant(e, variant({closed, nulls: "fill-zero"}), {windowMs: W, agg: "count"});
      const [right, left, both, neither] = [count("right"), count("left"), count("both"), count("neither")];
      for (let i = 0; i < e.id.length; i++) {
        let atT = 0, atStart = 0;
        for (let j = 0; j < e.id.length; j++) {
          if (e.key[j] !== e.key[i]) continue;
          if (e.time[j] === e.time[i]) atT++;
          if (e.time[j] === e.time[i]! - W) atStart++;
        }
        expect(right[i]! - left[i]!).toBe(atT - atStart);
        expect(both[i]! - right[i]!).toBe(atStart);
        expect(right[i]! - neither[i]!).toBe(atT);
      }
    }), {numRuns: 100});
  });

  it("transformVariant in float32 is a float32 within 2⁻²³ relative of float64 for positive amounts", () => {
    fc.assert(fc.property(arbitraryEvents, (e) => {
      for (const agg of ["sum", "mean"] as const) {
        const [f64, f32] = [transformVariant(e, referenceVariant, {windowMs: W, agg}), transformVariant(e, variant({float: "float32"}), {windowMs: W, agg})];
        f32.forEach((v, i) => {
          expect(Object.is(v, Math.fround(v))).toBe(true);
          if (v === v) expect(Math.abs(v - f64[i]!)).toBeLessThanOrEqual(2 ** -23 * f64[i]!);
        });
      }
    }), {numRuns: 100});
  });

  it("transformVariants are DESIGN's window with exactly one thing changed", () => {
    for (const {variant: v} of transformVariants) {
      const keys = [...new Set([...Object.keys(referenceVariant), ...Object.keys(v)])] as (keyof TransformVariant)[];
      const changed = keys.filter((k) => v[k] !== referenceVariant[k]);
      expect(changed).toHaveLength(1);
    }
  });

  it("transformVariant throws on a bad window, aggregate, variant or columns, naming them", () => {
    const e = events([1], [0], [1]);
    expect(() => transformVariant(e, referenceVariant, {windowMs: 0, agg: "sum"})).toThrow("transformVariant requires windowMs a whole number of milliseconds > 0, got 0");
    expect(() => transformVariant(e, referenceVariant, {windowMs: W, agg: "max" as "sum"})).toThrow('transformVariant requires agg sum, count or mean, got "max"');
    expect(() => transformVariant(e, variant({closed: "open" as ClosedSide}), {windowMs: W, agg: "sum"})).toThrow('transformVariant requires closed right, left, both or neither, got "open"');
    expect(() => transformVariant({...e, time: Float64Array.of(NaN)}, referenceVariant, {windowMs: W, agg: "sum"})).toThrow("transformVariant requires finite event times, got NaN at row 0");
    expect(() => checkTransform("f", {...e, key: new Int32Array(2)}, referenceVariant, {windowMs: W, agg: "sum"})).toThrow("f requires id, key, time and value of one length, got 1, 2, 1, 1");
  });
});
