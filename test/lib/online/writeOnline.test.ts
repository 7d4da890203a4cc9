import {describe, expect, it} from "vitest";
import {createOnlineStore, encodeJoinKey, isNewerRecord, writeOnline} from "../../../lib/online/index.js";
import {view} from "./viewFixture.js";

const record = (eventMs: number, createdMs: number, order: number, x: number) => ({key: [1], eventMs, createdMs, order, values: [x]});

describe("writeOnline", () => {
  it("isNewerRecord(a, b) orders by event time, then created time, then source row", () => {
    expect(isNewerRecord(record(2, 0, 0, 0), record(1, 9, 9, 0))).toBe(true);
    expect(isNewerRecord(record(1, 5, 0, 0), record(1, 4, 9, 0))).toBe(true);
    expect(isNewerRecord(record(1, 5, 3, 0), record(1, 5, 2, 0))).toBe(true);
    expect(isNewerRecord(record(1, 5, 2, 0), record(1, 5, 2, 0))).toBe(false);
  });

  it("writeOnline(table, key, record) keeps the newest record whatever the write order", () => {
    const records = [record(1, 1, 0, 10), record(3, 1, 1, 30), record(2, 9, 2, 20)];
    const cases: [number[], boolean[]][] = [[[0, 1, 2], [true, true, false]], [[2, 1, 0], [true, true, false]], [[1, 0, 2], [true, false, false]]];
    for (const [order, expected] of cases) {
      const table = createOnlineStore([view]).views.get("stats")!;
      const wrote = order.map((i) => writeOnline(table, "[1]", records[i]!));
      expect(table.rows.get("[1]")!.values).toEqual([30]);
      expect(wrote).toEqual(expected);
    }
  });

  it("encodeJoinKey(values) normalizes bigints and Dates and gives null for a null key", () => {
    expect(encodeJoinKey([7n, new Date(5)])).toBe("[7,5]");
    expect(encodeJoinKey([7, null])).toBeNull();
  });

  it("createOnlineStore(views) throws on a repeated view name", () => {
    expect(() => createOnlineStore([view, view])).toThrow(/createOnlineStore requires unique view names, got "stats" twice/);
  });
});
