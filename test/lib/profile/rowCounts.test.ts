import {describe, expect, it} from "vitest";
import {rowCounts, rowCountsSql} from "../../../lib/profile/index.js";
import {engineFactories, rowsOf, useEngine} from "../engines.js";
import {arrowTable} from "../arrowTable.js";
import {events, plainColumns} from "./fixture.js";

describe("rowCounts", () => {
  it("rowCounts(tables) gives each table's length in the order given", () => {
    expect(rowCounts({b: {x: [1, 2, 3]}, a: {y: []}, c: {}})).toEqual([{table: "b", rows: 3}, {table: "a", rows: 0}, {table: "c", rows: 0}]);
  });
  it("rowCountsSql([]) throws, naming the function", () => {
    expect(() => rowCountsSql([])).toThrow(/rowCountsSql requires at least one table/);
  });
  it("rowCountsSql quotes table names and binds them as values", () => {
    const query = rowCountsSql(['we"ird']);
    expect(query.text).toContain('from "we""ird"');
    expect(query.params).toEqual([0, 'we"ird']);
  });
});

describe.each(engineFactories)("rowCountsSql on %s", (_, create) => {
  const engine = useEngine(create, {events: arrowTable(events), "one row": arrowTable({x: ["int", [1]]})});

  it("matches rowCounts, in the order given", async () => {
    const rows = await rowsOf(engine(), rowCountsSql(["one row", "events"]));
    expect(rows).toEqual(rowCounts({"one row": {x: [1]}, events: plainColumns(events)}));
    expect(rows).toEqual([{table: "one row", rows: 1}, {table: "events", rows: 7}]);
  });
});
