import {describe, expect, it} from "vitest";
import {lateArrivals, lateArrivalsByDay, lateArrivalsByDaySql, lateArrivalsSql} from "../../../lib/profile/index.js";
import {camel, engineFactories, rowsOf, useEngine} from "../engines.js";
import {arrowTable} from "../arrowTable.js";
import {events} from "./fixture.js";

const event = events.event_timestamp[1] as number[];
const created = events.created_timestamp[1] as (number | null)[];

describe("lateArrivals", () => {
  it("lateArrivals(event, created, threshold) counts lags strictly over the threshold", () => {
    expect(lateArrivals([0, 0, 0], [3_600_000, 3_600_001, null], 3600)).toEqual({rows: 3, late: 1, lateShare: 1 / 3});
  });
  it("lateArrivals of no rows has share 0", () => {
    expect(lateArrivals([], [], 60)).toEqual({rows: 0, late: 0, lateShare: 0});
  });
  it("lateArrivalsByDay groups by the UTC day of event time", () => {
    expect(lateArrivalsByDay(event, created, 3600).map((d) => [d.day, d.rows, d.late])).toEqual([[0, 4, 1], [86_400_000, 2, 2], [172_800_000, 1, 0]]);
  });
  it("lateArrivalsSql requires a finite threshold", () => {
    expect(() => lateArrivalsSql({table: "t", thresholdSeconds: NaN})).toThrow(/lateArrivals requires a finite thresholdSeconds, got NaN/);
  });
});

describe.each(engineFactories)("lateArrivals SQL on %s", (_, create) => {
  const engine = useEngine(create, {events: arrowTable(events)});

  it("lateArrivalsSql matches lateArrivals at several thresholds", async () => {
    for (const threshold of [0, 30, 3600, 86_400]) {
      const [row] = camel(await rowsOf(engine(), lateArrivalsSql({table: "events", thresholdSeconds: threshold})));
      expect(row).toEqual(lateArrivals(event, created, threshold));
    }
  });
  it("lateArrivalsByDaySql matches lateArrivalsByDay", async () => {
    const rows = camel(await rowsOf(engine(), lateArrivalsByDaySql({table: "events", thresholdSeconds: 3600})));
    expect(rows).toEqual(lateArrivalsByDay(event, created, 3600));
  });
});
