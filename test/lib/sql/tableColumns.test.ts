import * as arrow from "apache-arrow";
import {describe, expect, it} from "vitest";
import {columnValues, plainValue, tableColumns, tableRows} from "../../../lib/sql/index.js";

const table = new arrow.Table({
  id: arrow.vectorFromArray([1, 2, null], new arrow.Int32()),
  name: arrow.vectorFromArray(["a", null, "ü"], new arrow.Utf8()),
  big: arrow.vectorFromArray([1n, 2n, 3n], new arrow.Int64()),
  ts: arrow.vectorFromArray([0, 86_400_000, null], new arrow.TimestampMillisecond()),
  tags: arrow.vectorFromArray([[1, 2], [], null], new arrow.List(new arrow.Field("l", new arrow.Int32(), true))),
});

describe("tableColumns(table)", () => {
  it("returns plain arrays per column, nulls as null, timestamps as epoch ms, bigints for 64-bit ints", () => {
    expect(tableColumns(table)).toEqual({
      id: [1, 2, null],
      name: ["a", null, "ü"],
      big: [1n, 2n, 3n],
      ts: [0, 86_400_000, null],
      tags: [[1, 2], [], null],
    });
  });
  it("keeps a column named __proto__ as a column", () => {
    // a computed key defines an own property; a literal `__proto__:` would set the prototype
    const columns = tableColumns(new arrow.Table({["__proto__"]: arrow.vectorFromArray([7], new arrow.Int32())}));
    expect(Object.keys(columns)).toEqual(["__proto__"]);
    expect(Object.getOwnPropertyDescriptor(columns, "__proto__")?.value).toEqual([7]);
    expect(Object.getPrototypeOf(columns)).toBe(Object.prototype);
  });
  it("returns empty arrays for an empty table", () => {
    expect(tableColumns(table.slice(0, 0))).toEqual({id: [], name: [], big: [], ts: [], tags: []});
  });
});

describe("tableRows(table)", () => {
  it("returns one plain object per row, with tableColumns' values", () => {
    expect(tableRows(table.select(["id", "name"]))).toEqual([
      {id: 1, name: "a"},
      {id: 2, name: null},
      {id: null, name: "ü"},
    ]);
  });
});

describe("plainValue and columnValues", () => {
  it("plainValue(row) makes a table row a plain object", () => {
    const row = plainValue(arrow.tableFromArrays({a: [1]}).get(0));
    expect(row).toStrictEqual({a: 1});
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
  });
  it("columnValues(struct column) gives plain objects, nested lists as arrays", () => {
    const values = columnValues(arrow.tableFromJSON([{s: {x: 1, l: [2]}}, {s: {x: 3, l: []}}]).getChild("s")!);
    expect(values).toStrictEqual([{x: 1, l: [2]}, {x: 3, l: []}]);
  });
  it("plainValue leaves a Date and other plain values as they are", () => {
    const date = new Date(0);
    expect(plainValue(date)).toBe(date);
    expect([plainValue(null), plainValue(1), plainValue("a")]).toEqual([null, 1, "a"]);
  });
});
