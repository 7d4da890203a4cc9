import {tableFromArrays} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {latestValueJoinSql} from "../../../lib/leakage/index.js";
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
});
