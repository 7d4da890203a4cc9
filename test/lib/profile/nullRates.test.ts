import {describe, expect, it} from "vitest";
import {nullRates, nullRatesSql} from "../../../lib/profile/index.js";
import {camel, engineFactories, rowsOf, useEngine} from "../engines.js";
import {arrowTable} from "../arrowTable.js";
import {events, plainColumns} from "./fixture.js";

describe("nullRates", () => {
  it("nullRates(columns) counts null and undefined, not NaN or 0", () => {
    expect(nullRates({a: [null, undefined, NaN, 0, ""]})).toEqual([{column: "a", rows: 5, nulls: 2, nullShare: 0.4}]);
  });
  it("nullRates of an empty column has share 0", () => {
    expect(nullRates({a: []})).toEqual([{column: "a", rows: 0, nulls: 0, nullShare: 0}]);
  });
  it("nullRatesSql(table, []) throws, naming the table", () => {
    expect(() => nullRatesSql("t", [])).toThrow(/nullRatesSql requires at least one column of t/);
  });
});

describe.each(engineFactories)("nullRatesSql on %s", (_, create) => {
  const engine = useEngine(create, {events: arrowTable(events), empty: arrowTable({x: ["int", []]})});

  it("matches nullRates column by column", async () => {
    const columns = ["amount", "customer_id", "created_timestamp", "txn_id"];
    const rows = camel(await rowsOf(engine(), nullRatesSql("events", columns)));
    const plain = plainColumns(events);
    expect(rows).toEqual(nullRates(Object.fromEntries(columns.map((c) => [c, plain[c]!]))));
    expect(rows[0]).toEqual({column: "amount", rows: 7, nulls: 2, nullShare: 2 / 7});
  });
  it("scans the table once, whatever the number of columns", () => {
    expect(nullRatesSql("t", ["a", "b", "c"]).text.match(/from "t"/g)).toHaveLength(1);
  });
  it("gives share 0 on an empty table", async () => {
    expect(camel(await rowsOf(engine(), nullRatesSql("empty", ["x"])))).toEqual([{column: "x", rows: 0, nulls: 0, nullShare: 0}]);
  });
});
