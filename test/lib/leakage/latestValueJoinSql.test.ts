import {readFileSync, writeFileSync} from "node:fs";
import {tableFromArrays} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {joinComparisonSql, latestValueJoinSql} from "../../../lib/leakage/index.js";
import {engineFactories, rowsOf, useEngine} from "../profile/engines.js";

const view = {name: "risk", joinKeys: ["customer_id"], timestampField: "ts", createdTimestampField: "created", ttlMs: 5, features: ["count"]};

describe.each(engineFactories)("latestValueJoinSql on %s", (_, create) => {
  const engine = useEngine(create, {
    spine: tableFromArrays({customer_id: Int32Array.of(1, 2, 1, 3), event_timestamp: Float64Array.of(10, 10, 100, 10)}),
    features: tableFromArrays({
      customer_id: Int32Array.of(1, 1, 1, 2, 2),
      ts: Float64Array.of(5, 50, 50, 3, 1),
      created: Float64Array.of(6, 51, 60, 4, 2),
      count: Int32Array.of(0, 1, 2, 7, 8),
    }),
  });

  it("gives every spine row its key's latest row, later than the spine or not, ignoring ttl", async () => {
    const rows = await rowsOf(engine(), latestValueJoinSql({spine: "spine", views: [{view, source: "features"}], includeFeatureTimestamps: true}));
    expect(rows.map((r) => [r.customer_id, r.risk__count, r.risk__event_timestamp])).toEqual([[1, 2, 50], [2, 7, 3], [1, 2, 50], [3, null, null]]);
  });
});

describe("latestValueJoinSql", () => {
  it("latestValueJoinSql keeps the spine's order and columns first", () => {
    const text = latestValueJoinSql({spine: "s", views: [{view, source: "f"}]}).text;
    expect(text).toMatch(/^WITH "__pit_spine" AS \(SELECT \*, rowid AS "__pit_row" FROM "s"\)/);
    expect(text).toMatch(/ORDER BY s\."__pit_row"$/);
    expect(text).not.toMatch(/<=|>=/);
  });
  it("latestValueJoinSql(input) keeps each key's latest row and left-joins it to the spine", () => {
    const pair = {name: "pair", joinKeys: ["customer_id", "merchant_id"], timestampField: "ts", features: ['odd "name"']};
    const query = latestValueJoinSql({spine: "training spine", spineOrderField: "n", views: [{view, source: "features"}, {view: pair, source: "pair_stats"}], includeFeatureTimestamps: true});
    // UPDATE_GOLDEN=1 rewrites the reviewed file.
    const path = new URL("./__golden__/latestValueJoinSql.sql", import.meta.url);
    const text = `-- params: ${JSON.stringify(query.params)}\n${query.text}\n`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(path, text);
    expect(text).toBe(readFileSync(path, "utf8"));
  });
});

describe.each(engineFactories)("joinComparisonSql on %s", (_, create) => {
  const engine = useEngine(create, {
    naive: tableFromArrays({id: Int32Array.of(1, 2, 3, 4), y: Int32Array.of(1, 0, 1, 0), event_timestamp: Float64Array.of(10, 10, 10, 10), v__x: Float64Array.of(1, 2, NaN, 4), v__event_timestamp: Float64Array.of(11, 9, 12, 10)}),
    pit: tableFromArrays({id: Int32Array.of(4, 3, 2, 1), y: Int32Array.of(0, 1, 0, 1), event_timestamp: Float64Array.of(10, 10, 10, 10), v__x: Float64Array.of(4, 3, 2, 0), v__event_timestamp: Float64Array.of(10, 9, 9, 8)}),
  });

  it("counts leaks (feature later than the spine), differing values and nulls per group", async () => {
    await engine().query(`UPDATE naive SET v__x = NULL WHERE isnan(v__x)`);
    const input = {naive: "naive", pit: "pit", rowKey: "id", feature: "v__x", featureTimestamp: "v__event_timestamp"};
    expect(await rowsOf(engine(), joinComparisonSql({...input, groupBy: "y"}))).toEqual([
      {y: 0, spine_rows: 2, naive_leaks: 0, values_differ: 0, pit_nulls: 0, naive_nulls: 0},
      {y: 1, spine_rows: 2, naive_leaks: 2, values_differ: 2, pit_nulls: 0, naive_nulls: 1},
    ]);
    expect(await rowsOf(engine(), joinComparisonSql(input))).toEqual([{spine_rows: 4, naive_leaks: 2, values_differ: 2, pit_nulls: 0, naive_nulls: 1}]);
  });
});
