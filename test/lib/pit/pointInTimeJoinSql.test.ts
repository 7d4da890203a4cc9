import {readFileSync, writeFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {pointInTimeJoinSql, type PointInTimeSqlInput} from "../../../lib/pit/pointInTimeJoinSql.js";
import {pointInTimeJoinWindowSql} from "../../../lib/pit/pointInTimeJoinWindowSql.js";
import type {SqlFragment} from "../../../lib/sql/index.js";

const input: PointInTimeSqlInput = {
  spine: "training spine",
  timestampField: "event_timestamp",
  views: [
    {view: {name: "txn_stats", joinKeys: ["customer_id"], timestampField: "event_timestamp", createdTimestampField: "created_timestamp", ttlMs: 30 * 86_400_000, features: ["amount_sum_7d", "txn_count_7d"]}, source: "txn_stats"},
    {view: {name: "pair", joinKeys: ["customer_id", "merchant_id"], timestampField: "ts", features: ['odd "name"']}, source: "pair_stats", orderField: "load_order"},
  ],
};

/** Compares generated SQL with a reviewed file; UPDATE_GOLDEN=1 rewrites it. */
function expectGolden(query: SqlFragment, name: string): void {
  const path = new URL(`./__golden__/${name}`, import.meta.url);
  const text = `-- params: ${JSON.stringify(query.params)}\n${query.text}\n`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, "utf8"));
}

describe("pointInTimeJoinSql", () => {
  it("pointInTimeJoinSql(input) dedups by created timestamp, ASOF-joins and bounds by ttl", () => {
    expectGolden(pointInTimeJoinSql(input), "pointInTimeJoinSql.sql");
  });
  it("pointInTimeJoinSql binds the ttl as a parameter and quotes every identifier", () => {
    const query = pointInTimeJoinSql(input);
    expect(query.params).toEqual([2_592_000_000, 2_592_000_000]);
    expect(query.text).toContain('FROM "training spine"');
    expect(query.text).toContain('"odd ""name"""');
  });
});

describe("pointInTimeJoinWindowSql", () => {
  it("pointInTimeJoinWindowSql(input) ranks the windowed join with row_number", () => {
    expectGolden(pointInTimeJoinWindowSql(input), "pointInTimeJoinWindowSql.sql");
  });
});
