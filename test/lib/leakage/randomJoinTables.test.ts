import {describe, expect, it} from "vitest";
import {fingerprintTable} from "../../../lib/fingerprint/index.js";
import {pointInTimeJoinKernel, pointInTimeJoinReference} from "../../../lib/pit/index.js";
import {randomJoinTables} from "../../../lib/leakage/index.js";
import {tableColumns} from "../../../lib/sql/index.js";

describe("randomJoinTables", () => {
  it("randomJoinTables(sizes) has the sizes, keys in 1..keys and times in the span", () => {
    const {spine, features} = randomJoinTables({spineRows: 200, featureRows: 3000, keys: 15, spanMs: 1000, start: 0});
    expect([spine.numRows, features.numRows]).toEqual([200, 3000]);
    const keys = tableColumns(features).customer_id as number[];
    expect(Math.min(...keys)).toBe(1);
    expect(Math.max(...keys)).toBe(15);
    const ts = tableColumns(spine).event_timestamp as number[];
    expect(Math.min(...ts)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ts)).toBeLessThan(1000);
  });
  it("randomJoinTables is seeded: the same seed gives the same tables, another seed others", () => {
    const a = randomJoinTables({spineRows: 100, featureRows: 500, seed: 3});
    const b = randomJoinTables({spineRows: 100, featureRows: 500, seed: 3});
    const c = randomJoinTables({spineRows: 100, featureRows: 500, seed: 4});
    expect(fingerprintTable(a.features, {ordered: true})).toEqual(fingerprintTable(b.features, {ordered: true}));
    expect(fingerprintTable(a.features).fingerprint).not.toBe(fingerprintTable(c.features).fingerprint);
  });
  it("randomJoinTables gives tables the kernel joins as the reference does", () => {
    const {spine, features} = randomJoinTables({spineRows: 300, featureRows: 2000, keys: 20, spanMs: 5000});
    const view = {name: "v", joinKeys: ["customer_id"], timestampField: "event_timestamp", ttlMs: 800, features: ["value"]};
    const kernel = tableColumns(pointInTimeJoinKernel(spine, [{view, table: features}]));
    const reference = pointInTimeJoinReference(tableColumns(spine), [{view, columns: tableColumns(features)}]);
    expect(kernel.v__value).toEqual(Array.from(reference.v__value as ArrayLike<unknown>));
    expect((kernel.v__value as unknown[]).some((v) => v === null)).toBe(true);
  });
  it("randomJoinTables requires whole positive sizes", () => {
    expect(() => randomJoinTables({spineRows: 0, featureRows: 1})).toThrow(/randomJoinTables requires spineRows to be a whole number ≥ 1, got 0/);
  });
});
