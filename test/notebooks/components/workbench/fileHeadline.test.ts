import {Bool, Float64, Int32, Table, TimestampMillisecond, Utf8, vectorFromArray} from "apache-arrow";
import {describe, expect, it} from "vitest";
// @ts-expect-error a plain JavaScript module of the site, without types
import {fileFields, fileHeadline} from "../../../../notebooks/components/workbench/fileHeadline.js";

const table = new Table({
  id: vectorFromArray([1, 2, 3, 4], new Int32()),
  amount: vectorFromArray([1.5, null, 3, null], new Float64()),
  channel: vectorFromArray(["web", "pos", null, "web"], new Utf8()),
  at: vectorFromArray([0, 1, 2, 3], new TimestampMillisecond()),
  flag: vectorFromArray([true, null, null, null], new Bool()),
});

describe("fileHeadline", () => {
  it("fileFields gives each column's Arrow type and its kind, timestamps as time and booleans as categorical", () => {
    expect(fileFields(table).map((f: {kind: string}) => f.kind)).toEqual(["numeric", "numeric", "categorical", "time", "categorical"]);
  });

  it("fileHeadline counts the kinds and the nulls of every column, the emptiest first", () => {
    const h = fileHeadline(table, 2048);
    expect(h.kinds).toEqual({numeric: 2, categorical: 2, time: 1, other: 0});
    expect(h.nulls.map((r: {nulls: number}) => r.nulls)).toEqual([0, 2, 1, 0, 3]);
    expect(h.withNulls.map((r: {column: string}) => r.column)).toEqual(["flag", "amount", "channel"]);
    expect(h.key).toEqual({rows: 4, columns: 5, numeric: 2, categorical: 2, time: 1, other: 0, kB: 2, withNulls: 3, emptiest: "flag", nullPct: 75});
  });

  it("fileHeadline of a complete table has no emptiest column", () => {
    const h = fileHeadline(new Table({id: vectorFromArray([1, 2], new Int32())}), 10);
    expect(h.emptiest).toBeNull();
    expect(h.key).toMatchObject({withNulls: 0, emptiest: null, nullPct: 0});
  });
});
