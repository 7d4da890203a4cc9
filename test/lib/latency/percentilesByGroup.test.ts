import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {percentiles, percentilesSql} from "../../../lib/latency/percentiles.js";
import {servingLatency} from "../../../lib/synth/servingLatency.js";
import {engineFactories, rowsOf, useEngine} from "../engines.js";
import {percentilesByGroup} from "../../../lib/latency/percentilesByGroup.js";

describe("percentilesByGroup", () => {
  it("percentilesByGroup gives each group's type-7 percentiles, groups ascending, qs in the order given", () => {
    expect(percentilesByGroup(["b", "a", "b", "a"], [1, 2, 3, 4], [0.5, 0])).toEqual([
      {group: "a", q: 0.5, value: 3},
      {group: "a", q: 0, value: 2},
      {group: "b", q: 0.5, value: 2},
      {group: "b", q: 0, value: 1},
    ]);
  });
  it("percentilesByGroup equals percentiles of each group's values taken apart", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("x", "y", "z"), fc.double({min: -1e6, max: 1e6, noNaN: true})), {minLength: 1, maxLength: 80}), (rows) => {
        const qs = [0.5, 0.95, 0.99, 0.999];
        const out = percentilesByGroup(rows.map((r) => r[0]), rows.map((r) => r[1]), qs);
        const groups = [...new Set(rows.map((r) => r[0]))].sort();
        expect(out.map((r) => r.group)).toEqual(groups.flatMap((g) => qs.map(() => g)));
        for (const g of groups) {
          const expected = percentiles(rows.filter((r) => r[0] === g).map((r) => r[1]), qs);
          expect(out.filter((r) => r.group === g).map((r) => r.value)).toEqual(expected);
        }
      }),
    );
  });
  it("percentilesByGroup refuses columns of different lengths", () => {
    expect(() => percentilesByGroup(["a"], [1, 2], [0.5])).toThrow(/as many groups as values, got 1 and 2/);
  });
});

describe.each(engineFactories)("percentilesByGroup against percentilesSql on %s", (_, create) => {
  const log = servingLatency(7, {start: Date.UTC(2026, 0, 1), days: 10, requests: 3_000});
  const engine = useEngine(create, {serving_latency: log});
  it("percentilesByGroup gives the rows of percentilesSql(…, ['feature_view']) on the serving log, to 1e-12", async () => {
    const qs = [0.5, 0.95, 0.99, 0.999];
    const sqlRows = await rowsOf(engine(), percentilesSql("serving_latency", "latency_ms", qs, ["feature_view"]));
    const tsRows = percentilesByGroup(Array.from(log.getChild("feature_view")!) as string[], log.getChild("latency_ms")!.toArray() as Float64Array, qs);
    expect(tsRows.map((r) => [r.group, r.q])).toEqual(sqlRows.map((r) => [r.feature_view, r.q]));
    tsRows.forEach((r, i) => expect(r.value).toBeCloseTo(sqlRows[i]!.value as number, 12));
  });
});
