import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {keyRangeLabel, localiseSkew, localiseSkewSql, skewReport} from "../../../lib/skew/index.js";
import {customerProfile, customers, merchants, servedFeatures, transactions} from "../../../lib/synth/index.js";
import {arrowTable} from "../arrowTable.js";
import {engineFactories, useEngine} from "../engines.js";
import {skewPair, toTable} from "./skewData.js";

const start = Date.UTC(2026, 0, 1), days = 30, population = customers(7, 200, start);
const tx = transactions(7, population, merchants(7, 50), {start, days, count: 20_000});
const profile = customerProfile(7, population, {start, days});
const plain = servedFeatures(7, tx, profile, {rows: 400});
const served = servedFeatures(7, tx, profile, {rows: 400, centsShare: 0.03, timezoneHours: -5, unseenCategories: 1, float32Share: 0.2});
const columns = ["amount", "day_of_week", "merchant_category", "amount_mean_30d"];
const options = {key: ["request_id"], columns, time: "request_time", leafRows: 16};

/** The same localisation, with one day's rows of `column` served wrong (× 2). */
function oneBadDay() {
  const times = [...plain.served_features.getChild("request_time")!] as number[];
  const day = Math.floor(times[200]! / 86_400_000);
  const amounts = ([...plain.served_features.getChild("amount")!] as (number | null)[]).map((v, i) => (v !== null && Math.floor(times[i]! / 86_400_000) === day ? v * 2 : v));
  const ids = [...plain.served_features.getChild("request_id")!] as string[];
  return {day, serving: arrowTable({request_id: ["text", ids], request_time: ["time", times], amount: ["float", amounts]}), training: arrowTable({request_id: ["text", ids], request_time: ["time", times], amount: ["float", [...plain.recomputed_features.getChild("amount")!] as (number | null)[]]})};
}

describe("localiseSkew", () => {
  it("localiseSkew counts, in every dimension, exactly the rows skewReport finds unequal", async () => {
    const report = skewReport(served.recomputed_features, served.served_features, {key: ["request_id"], columns});
    const where = await localiseSkew(served.recomputed_features, served.served_features, options);
    where.columns.forEach((c, i) => {
      const unequal = report.columns[i]!.compared - report.columns[i]!.equal;
      for (const buckets of [c.by_day, c.by_key, c.by_value]) expect(buckets.reduce((n, b) => n + b.unequal, 0)).toBe(unequal);
      expect(c.by_key.reduce((n, b) => n + b.training_rows, 0)).toBe(400);
    });
    expect(where.columns.map((c) => c.by_key.length)).toEqual([8, 8, 8, 8]);
    // amount_mean_30d differs only by float32 rounding (within rtol): some buckets are compared, none counted.
    expect(where.columns[3]!.by_key.every((b) => b.unequal === 0)).toBe(true);
  });

  it("localiseSkew names the one day that differs, comparing only a fraction of the rows", async () => {
    const {day, training, serving} = oneBadDay();
    const where = await localiseSkew(training, serving, {key: ["request_id"], time: "request_time", leafRows: 8});
    const [amount] = where.columns;
    const bad = amount!.by_day.filter((b) => b.unequal > 0);
    expect(bad.map((b) => b.bucket)).toEqual([new Date(day * 86_400_000).toISOString().slice(0, 10)]);
    expect(bad[0]!.unequal).toBe(bad[0]!.training_rows - countNullsOnDay(training, day)); // every amount of that day, none elsewhere
    // Leaves of ≤ 8 rows inside the one bad day, for each of the three dimensions: far fewer than 3 × 400 rows.
    expect(where.rows_compared).toBeLessThan(200);
  });

  it("localiseSkew on identical tables compares no row: every fingerprint matches", async () => {
    const table = toTable(skewPair(4, 300).training);
    const where = await localiseSkew(table, table, {key: ["id", "part"]});
    expect(where.rows_compared).toBe(0);
    expect(where.columns.flatMap((c) => [...c.by_key, ...c.by_value]).every((b) => b.unequal === 0)).toBe(true);
  });

  it("localiseSkew puts exactly the k injected differences in the buckets of each dimension (fast-check)", async () => {
    await fc.assert(fc.asyncProperty(fc.integer({min: 1, max: 1e6}), fc.integer({min: 30, max: 200}), fc.integer({min: 0, max: 12}), fc.integer({min: 2, max: 20}), async (seed, rows, k, leafRows) => {
      const {training, serving} = skewPair(seed, rows, k);
      const [t, s] = [toTable(training), toTable(serving)];
      const report = skewReport(t, s, {key: ["id", "part"]});
      const where = await localiseSkew(t, s, {key: ["id", "part"], leafRows, keyBuckets: 4});
      let total = 0;
      where.columns.forEach((c, i) => {
        const unequal = report.columns[i]!.compared - report.columns[i]!.equal;
        total += unequal;
        expect(c.by_key.reduce((n, b) => n + b.unequal, 0)).toBe(unequal);
        expect(c.by_value.reduce((n, b) => n + b.unequal, 0)).toBe(unequal);
      });
      expect(total).toBe(Math.min(k, report.rows.matched));
    }), {numRuns: 25});
  });

  it("keyRangeLabel shows a composite key as a tuple, open ends as infinities", () => {
    expect(keyRangeLabel(undefined, [3, "a"])).toBe('[−∞, (3, "a"))');
  });
});

function countNullsOnDay(table: ReturnType<typeof arrowTable>, day: number): number {
  const times = [...table.getChild("request_time")!] as number[], amounts = [...table.getChild("amount")!];
  return times.filter((t, i) => Math.floor(t / 86_400_000) === day && amounts[i] === null).length;
}

describe.each(engineFactories)("localiseSkewSql on %s", (_, create) => {
  const pair = skewPair(12, 200, 20);
  const bad = oneBadDay();
  const tables = {
    training: toTable(pair.training), serving: toTable(pair.serving),
    recomputed: served.recomputed_features, served: served.served_features,
    bad_training: bad.training, bad_serving: bad.serving,
  };
  const engine = useEngine(create, tables);

  it("localiseSkewSql = localiseSkew on the served log (days, key ranges, value ranges, float32 inside the tolerance)", async () => {
    expect(await localiseSkewSql(engine(), "recomputed", "served", options)).toEqual(await localiseSkew(tables.recomputed, tables.served, options));
  });

  it("localiseSkewSql = localiseSkew on a composite key with nulls, NaN, booleans and non-ASCII text", async () => {
    const o = {key: ["id", "part"], leafRows: 8, keyBuckets: 5};
    expect(await localiseSkewSql(engine(), "training", "serving", o)).toEqual(await localiseSkew(tables.training, tables.serving, o));
  });

  it("localiseSkewSql = localiseSkew on one bad day", async () => {
    const o = {key: ["request_id"], time: "request_time", leafRows: 8};
    expect(await localiseSkewSql(engine(), "bad_training", "bad_serving", o)).toEqual(await localiseSkew(bad.training, bad.serving, o));
  });
});
