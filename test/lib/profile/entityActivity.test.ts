import {describe, expect, it} from "vitest";
import {entityActivity, entityActivitySql} from "../../../lib/profile/index.js";
import {engineFactories, rowsOf, useEngine} from "../engines.js";
import {arrowTable} from "../arrowTable.js";
import {events, plainColumns} from "./fixture.js";

const options = {table: "events", entity: "customer_id", correction: "is_correction", thresholdSeconds: 3600, limit: 10};

describe("entityActivity", () => {
  it("entityActivity(table, options) ranks entities by (late + corrections) / events, then events", () => {
    expect(entityActivity(plainColumns(events), options)).toEqual([
      {entity: 12, events: 1, late: 1, corrections: 0},
      {entity: 10, events: 3, late: 1, corrections: 1},
      {entity: 11, events: 2, late: 1, corrections: 0},
    ]);
  });
  it("entityActivity leaves out entities with fewer than minEvents rows", () => {
    expect(entityActivity(plainColumns(events), {...options, minEvents: 2}).map((a) => a.entity)).toEqual([10, 11]);
  });
  it("entityActivitySql requires a positive integer limit", () => {
    expect(() => entityActivitySql({...options, limit: 1.5})).toThrow(/entityActivitySql requires a positive integer limit, got 1.5/);
  });
});

describe.each(engineFactories)("entityActivitySql on %s", (_, create) => {
  const engine = useEngine(create, {events: arrowTable(events)});
  it("matches entityActivity, with limit and threshold bound", async () => {
    for (const [thresholdSeconds, limit, minEvents] of [[3600, 10, 1], [0, 2, 2], [86_400, 1, 1], [30, 5, 3]] as const) {
      const o = {...options, thresholdSeconds, limit, minEvents};
      expect(await rowsOf(engine(), entityActivitySql(o))).toEqual(entityActivity(plainColumns(events), o));
    }
  });
});
