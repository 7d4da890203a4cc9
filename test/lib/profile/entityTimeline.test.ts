import {describe, expect, it} from "vitest";
import {entityTimeline, entityTimelineSql} from "../../../lib/profile/index.js";
import {engineFactories, rowsOf, useEngine} from "../engines.js";
import {arrowTable} from "../arrowTable.js";
import {events, plainColumns} from "./fixture.js";

const options = {table: "events", entity: "customer_id", id: 10, columns: ["txn_id", "amount", "is_correction"], thresholdSeconds: 3600};

describe("entityTimeline", () => {
  it("entityTimeline(table, options) keeps one entity's rows in event then created order", () => {
    const rows = entityTimeline(plainColumns(events), options);
    expect(rows.map((r) => [r.txn_id, r.is_correction, r.late])).toEqual([[1, false, false], [2, false, false], [2, true, true]]);
    expect(rows[2]!.lag_seconds).toBe(7200);
  });
  it("entityTimeline names the missing columns", () => {
    expect(() => entityTimeline({x: []}, options)).toThrow(/entityTimeline requires columns customer_id, event_timestamp and created_timestamp, got x/);
  });
});

describe.each(engineFactories)("entityTimelineSql on %s", (_, create) => {
  const engine = useEngine(create, {events: arrowTable(events)});

  it("matches entityTimeline for each entity, with the id bound as a value", async () => {
    for (const id of [10, 11, 12, 99]) {
      const query = entityTimelineSql({...options, id});
      expect(query.params).toContain(id);
      expect(await rowsOf(engine(), query)).toEqual(entityTimeline(plainColumns(events), {...options, id}));
    }
  });
});
