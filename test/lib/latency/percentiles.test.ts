import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {lowerQuantile, percentiles, percentilesSql, quickselect} from "../../../lib/latency/index.js";
import {quantileSorted} from "../../../lib/profile/index.js";
import {tableColumns} from "../../../lib/sql/index.js";
import {servingLatency} from "../../../lib/synth/index.js";
import {engineFactories, rowsOf, useEngine} from "../engines.js";

const qs = [0, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1, 1 / 3];
// Heavy-tailed: 1000 / (1 + (i·7919 mod 10007)); integer arithmetic and one division, exact alike in JS and Python.
const heavy = Array.from({length: 1000}, (_, i) => 1000 / (1 + ((i * 7919) % 10007)));
// Many ties: (i·37) mod 101 for i < 250.
const ties = Array.from({length: 250}, (_, i) => (i * 37) % 101);

/** Rows equal but for `value`, which may differ by a few ulps: DuckDB interpolates as lo·(1 − d) + hi·d, quantileSorted as lo + d·(hi − lo). */
function expectRowsClose(rows: Record<string, unknown>[], expected: Record<string, unknown>[]): void {
  const strip = (rs: Record<string, unknown>[]) => rs.map(({value, ...rest}) => rest);
  expect(strip(rows)).toEqual(strip(expected));
  rows.forEach((row, i) => {
    const [a, b] = [row.value as number | null, expected[i]!.value as number | null];
    if (a === null || b === null) expect(a).toBe(b);
    else expect(Math.abs(a - b), `row ${i}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-13 * Math.abs(b));
  });
}

/** |a − b| ≤ 1e-9·|b| for each pair. */
function expectRelative(actual: readonly (number | null)[], expected: readonly number[], rtol = 1e-9): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => expect(Math.abs(a! - expected[i]!), `q index ${i}: ${a} vs ${expected[i]}`).toBeLessThanOrEqual(rtol * Math.abs(expected[i]!)));
}

describe("percentiles", () => {
  it("percentiles(heavy, qs) equals numpy's quantile to 1e-9 relative", () => {
    // python3 -c "import numpy as np; x = np.array([1000 / (1 + (i * 7919) % 10007) for i in range(1000)]); print([float(v) for v in np.quantile(x, [0, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1, 1/3])])"
    const numpy = [0.10002000400080016, 0.10012004403283539, 0.10098878198148942, 0.11101367574800591, 0.13318686368270652, 0.1996408457597703, 0.40004097804788663, 0.9901078150336313, 1.9980405787203577, 9.442715425014581, 100.89999999997872, 1000.0, 0.149947518368571];
    expectRelative(percentiles(heavy, qs), numpy);
  });
  it("percentiles(ties, qs) equals numpy's quantile to 1e-9 relative", () => {
    // python3 -c "import numpy as np; y = np.array([(i * 37) % 101 for i in range(250)], dtype=float); print([float(v) for v in np.quantile(y, [0, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1, 1/3])])"
    const numpy = [0.0, 0.0, 0.4900000000000002, 9.900000000000002, 24.25, 49.5, 75.0, 90.0, 95.0, 99.50999999999999, 100.0, 100.0, 33.0];
    const got = percentiles(ties, qs);
    got.forEach((v, i) => expect(Math.abs(v! - numpy[i]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(numpy[i]!))));
  });
  it("percentiles leaves its input as it was and takes a Float64Array", () => {
    const input = Float64Array.from(heavy);
    percentiles(input, [0.5, 0.99]);
    expect(Array.from(input)).toEqual(heavy);
  });
  it("percentiles of no values is null for every q", () => {
    expect(percentiles([], [0.5, 0.9])).toEqual([null, null]);
  });
  it("percentiles throws on NaN, a q outside [0, 1] and no q", () => {
    expect(() => percentiles([1, NaN], [0.5])).toThrow("percentiles requires finite values, got NaN at index 1");
    expect(() => percentiles([1], [1.5])).toThrow("percentiles requires quantiles in [0, 1], got 1.5");
    expect(() => percentiles([1], [])).toThrow("percentiles requires at least one quantile, got none");
  });
  it("percentiles throws on an infinite value (numpy's interpolation gives NaN there)", () => {
    expect(() => percentiles([1, 2, Infinity], [0.5])).toThrow("percentiles requires finite values, got Infinity at index 2");
  });

  const values = fc.array(fc.double({noNaN: true, min: -1e6, max: 1e6}), {minLength: 1, maxLength: 300});
  const q = fc.double({min: 0, max: 1, noNaN: true});
  it("percentiles equals quantileSorted of a sorted copy (property)", () => {
    fc.assert(fc.property(values, fc.array(q, {minLength: 1, maxLength: 8}), (xs, ps) => {
      const sorted = Float64Array.from(xs).sort();
      expect(percentiles(xs, ps)).toEqual(ps.map((p) => quantileSorted(sorted, p)));
    }));
  });
  it("percentiles is monotone in q (property)", () => {
    fc.assert(fc.property(values, q, q, (xs, a, b) => {
      const [lo, hi] = percentiles(xs, [Math.min(a, b), Math.max(a, b)]);
      expect(lo!).toBeLessThanOrEqual(hi!);
    }));
  });
  it("percentiles at q = 0 is the min and at q = 1 the max (property)", () => {
    fc.assert(fc.property(values, (xs) => {
      expect(percentiles(xs, [0, 1])).toEqual([Math.min(...xs), Math.max(...xs)]);
    }));
  });
  it("percentiles of one value is that value at every q (property)", () => {
    fc.assert(fc.property(fc.double({noNaN: true, noDefaultInfinity: true}), q, (x, p) => {
      expect(percentiles([x], [p])).toEqual([x]);
    }));
  });
});

describe("quickselect", () => {
  it("quickselect(values, k) puts the k-th smallest at k, smaller before, larger after (property)", () => {
    fc.assert(fc.property(fc.array(fc.integer({min: -50, max: 50}), {minLength: 1, maxLength: 2000}), fc.nat(), (xs, seed) => {
      const a = Float64Array.from(xs);
      const k = seed % a.length;
      quickselect(a, k);
      const sorted = Float64Array.from(xs).sort();
      expect(a[k]).toBe(sorted[k]);
      for (let i = 0; i < k; i++) expect(a[i]!).toBeLessThanOrEqual(a[k]!);
      for (let i = k + 1; i < a.length; i++) expect(a[i]!).toBeGreaterThanOrEqual(a[k]!);
      expect(Float64Array.from(a).sort()).toEqual(sorted);
    }));
  });
  it("quickselect requires k inside the range", () => {
    expect(() => quickselect(Float64Array.of(1, 2), 2)).toThrow("quickselect requires an integer k in [0, 1], got 2");
  });
});

describe("lowerQuantile", () => {
  it("lowerQuantile(sorted, q) is the order statistic at floor(q·(n − 1))", () => {
    expect([0, 0.3, 0.5, 0.99, 1].map((p) => lowerQuantile([10, 20, 30, 40], p))).toEqual([10, 10, 20, 30, 40]);
    expect(lowerQuantile([], 0.5)).toBeNull();
  });
});

const log = servingLatency(7, {start: Date.UTC(2026, 0, 1), days: 2, requests: 3000});
const columns = tableColumns(log) as {request_timestamp: number[]; feature_view: string[]; latency_ms: number[]};

describe.each(engineFactories)("percentilesSql on %s", (_, create) => {
  const engine = useEngine(create, {serving_latency: log});
  const q = [0.5, 0.95, 0.99, 0.999, 0, 1];

  it("equals percentiles, in the order given", async () => {
    const rows = await rowsOf(engine(), percentilesSql("serving_latency", "latency_ms", q));
    expectRowsClose(rows, q.map((p, i) => ({q: p, value: percentiles(columns.latency_ms, q)[i]})));
  });
  it("grouped by feature_view equals percentiles of each view", async () => {
    const rows = await rowsOf(engine(), percentilesSql("serving_latency", "latency_ms", q, ["feature_view"]));
    const views = [...new Set(columns.feature_view)].sort();
    const expected = views.flatMap((view) => {
      const values = columns.latency_ms.filter((_, i) => columns.feature_view[i] === view);
      return percentiles(values, q).map((value, i) => ({feature_view: view, q: q[i], value}));
    });
    expectRowsClose(rows, expected);
  });
  it("per hour and view equals percentiles of each hour's lookups", async () => {
    const hour = 3_600_000;
    const rows = await rowsOf(engine(), percentilesSql("serving_latency", "latency_ms", [0.5, 0.99], ["feature_view"], {column: "request_timestamp", ms: hour}));
    const groups = new Map<string, number[]>();
    columns.latency_ms.forEach((ms, i) => {
      const key = `${Math.floor(columns.request_timestamp[i]! / hour) * hour}|${columns.feature_view[i]}`;
      groups.set(key, [...(groups.get(key) ?? []), ms]);
    });
    const expected = [...groups.keys()].sort().flatMap((key) => {
      const [start, view] = key.split("|");
      return percentiles(groups.get(key)!, [0.5, 0.99]).map((value, i) => ({window_start: Number(start), feature_view: view, q: [0.5, 0.99][i], value}));
    });
    expectRowsClose(rows, expected);
    expect(rows.length).toBe(2 * 48 * 3);
  });
  it("gives null values for a table without rows", async () => {
    await engine().query("create or replace table empty_log as select * from serving_latency limit 0");
    expect(await rowsOf(engine(), percentilesSql("empty_log", "latency_ms", [0.5, 0.9]))).toEqual([{q: 0.5, value: null}, {q: 0.9, value: null}]);
  });
});
