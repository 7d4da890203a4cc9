import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {numericValues} from "../../../lib/drift/columnKind.js";
import {frameSql, referenceVariant, transformEventsTable, transformVariant, transformVariantSql, type ClosedSide, type NullPolicy, type TransformVariant, type WindowEvents, type WindowFeature} from "../../../lib/skew/index.js";
import type {SqlEngine} from "../../../lib/sql/index.js";
import {engineFactories, useEngine} from "../engines.js";
import {arbitraryEvents, events, list} from "./transformData.js";

const W = 7 * 86_400_000;
const sides: ClosedSide[] = ["right", "left", "both", "neither"];
const policies: NullPolicy[] = ["skip", "sum-zero", "fill-zero"];
const every: TransformVariant[] = [
  ...sides.flatMap((closed) => policies.flatMap((nulls) => (["float64", "float32"] as const).map((float) => ({closed, nulls, float})))),
  ...[0, -5, 9].flatMap((offsetHours) => policies.map((nulls) => ({...referenceVariant, nulls, calendar: {offsetHours}}))),
];
const aggs = ["sum", "count", "mean"] as const;

async function sqlFeature(engine: SqlEngine, e: WindowEvents, variant: TransformVariant, feature: WindowFeature): Promise<Float64Array> {
  await engine.loadArrow("events", transformEventsTable(e));
  const table = await engine.query(transformVariantSql("events", variant, feature));
  expect(numericValues(table.getChild("txn_id")!)).toEqual(Float64Array.from(e.id).sort());
  return numericValues(table.getChild("feature")!);
}

describe("frameSql", () => {
  it("frameSql(closed, w) steps one microsecond in at an open end", () => {
    expect(sides.map((s) => frameSql(s, W))).toEqual([
      "RANGE BETWEEN (INTERVAL '7 days' - INTERVAL '1 microsecond') PRECEDING AND CURRENT ROW",
      "RANGE BETWEEN INTERVAL '7 days' PRECEDING AND INTERVAL '1 microsecond' PRECEDING",
      "RANGE BETWEEN INTERVAL '7 days' PRECEDING AND CURRENT ROW",
      "RANGE BETWEEN (INTERVAL '7 days' - INTERVAL '1 microsecond') PRECEDING AND INTERVAL '1 microsecond' PRECEDING",
    ]);
    expect(frameSql("right", 5_400_000)).toBe("RANGE BETWEEN (INTERVAL '90 minutes' - INTERVAL '1 microsecond') PRECEDING AND CURRENT ROW");
    expect(frameSql("both", 1500)).toBe("RANGE BETWEEN INTERVAL '1500 milliseconds' PRECEDING AND CURRENT ROW");
  });
});

describe.each(engineFactories)("transformVariantSql on %s", (_kind, create) => {
  const engine = useEngine(create);

  it("transformVariantSql gives the hand-computed windows of each closed side and null policy", async () => {
    const e = events([1, 1, 1, 2, 1], [0, W, W, W, W + 1], [10, 20, null, 100, null]);
    const run = async (v: Partial<TransformVariant>, agg: WindowFeature["agg"]) => list(await sqlFeature(engine(), e, {...referenceVariant, ...v}, {windowMs: W, agg}));
    expect(await run({}, "sum")).toEqual([10, 20, 20, 100, 20]);
    expect(await run({closed: "left"}, "sum")).toEqual([null, 10, 10, null, 20]);
    expect(await run({closed: "both"}, "sum")).toEqual([10, 30, 30, 100, 20]);
    expect(await run({closed: "neither"}, "count")).toEqual([0, 0, 0, 0, 1]);
    expect(await run({closed: "left", nulls: "sum-zero"}, "sum")).toEqual([0, 10, 10, 0, 20]);
    expect(await run({nulls: "fill-zero"}, "count")).toEqual([1, 2, 2, 1, 3]);
    expect(await run({nulls: "fill-zero"}, "mean")).toEqual([10, 10, 10, 100, 20 / 3]);
    expect(await run({float: "float32"}, "mean")).toEqual([10, 20, 20, 100, 20]);
    // calendar days: events at 00:00 on day 0 and day 7, and 1 ms later; 7 calendar days ending with day 7 start on day 1
    expect(await run({calendar: {offsetHours: 0}}, "sum")).toEqual([10, 20, 20, 100, 20]);
    expect(await run({calendar: {offsetHours: -5}}, "count")).toEqual([1, 1, 1, 1, 1]);
  });

  it("transformVariantSql = transformVariant for every variant: counts and float32 exactly, float64 sums within rounding", async () => {
    await fc.assert(fc.asyncProperty(arbitraryEvents, fc.constantFrom(...every), fc.constantFrom(...aggs), async (e, variant, agg) => {
      const feature = {windowMs: W, agg};
      const [ts, duck] = [transformVariant(e, variant, feature), await sqlFeature(engine(), e, variant, feature)];
      if (agg === "count" || variant.float === "float32") {
        expect(list(duck)).toEqual(list(ts));
      } else {
        expect(list(duck).map((v) => v === null)).toEqual(list(ts).map((v) => v === null));
        ts.forEach((v, i) => {
          if (v === v) expect(Math.abs(duck[i]! - v)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(v)));
        });
      }
    }), {numRuns: 60});
  });

  it("transformVariantSql = transformVariant exactly for whole amounts, whose float64 sums are exact in any order", async () => {
    const whole = arbitraryEvents.map((e) => ({...e, value: e.value.map((v) => Math.round(v))}));
    await fc.assert(fc.asyncProperty(whole, fc.constantFrom(...every), fc.constantFrom(...aggs), async (e, variant, agg) => {
      const feature = {windowMs: W, agg};
      expect(list(await sqlFeature(engine(), e, variant, feature))).toEqual(list(transformVariant(e, variant, feature)));
    }), {numRuns: 40});
  });

  it("transformVariantSql's window length in hours and milliseconds bounds like transformVariant", async () => {
    const e = events([1, 1, 1, 1], [0, 3_600_000, 3_600_001, 7_200_000], [1, 2, 4, 8]);
    for (const windowMs of [3_600_000, 1500, 3_600_001]) {
      for (const closed of sides) {
        const v = {...referenceVariant, closed}, feature = {windowMs, agg: "sum" as const};
        expect([windowMs, closed, list(await sqlFeature(engine(), e, v, feature))]).toEqual([windowMs, closed, list(transformVariant(e, v, feature))]);
      }
    }
  });
});

describe("transformVariantSql", () => {
  it("transformVariantSql throws on a bad window or variant, naming it", () => {
    expect(() => transformVariantSql("events", referenceVariant, {windowMs: 1.5, agg: "sum"})).toThrow("transformVariantSql requires windowMs a whole number of milliseconds > 0, got 1.5");
    expect(() => transformVariantSql("events", {...referenceVariant, nulls: "zero" as NullPolicy}, {windowMs: W, agg: "sum"})).toThrow('transformVariantSql requires nulls skip, sum-zero or fill-zero, got "zero"');
  });
});
