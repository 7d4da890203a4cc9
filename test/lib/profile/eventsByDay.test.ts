import {describe, expect, it} from "vitest";
import {eventsByDay, eventsByDaySql} from "../../../lib/profile/index.js";
import {engineFactories, rowsOf, useEngine} from "../engines.js";
import {arrowTable} from "../arrowTable.js";
import {events} from "./fixture.js";

const day = 86_400_000;

describe("eventsByDay", () => {
  it("eventsByDay(timestamps) counts per UTC day, ascending, skipping nulls", () => {
    expect(eventsByDay([2 * day + 5, day - 1, 0, null, 2 * day])).toEqual([{day: 0, events: 2}, {day: 2 * day, events: 2}]);
  });
  it("eventsByDay puts instants before 1970 on their own UTC day", () => {
    expect(eventsByDay([-1])).toEqual([{day: -day, events: 1}]);
  });
});

describe.each(engineFactories)("eventsByDaySql on %s", (_, create) => {
  const engine = useEngine(create, {events: arrowTable(events)});

  it("matches eventsByDay on event and on created time", async () => {
    for (const column of ["event_timestamp", "created_timestamp"] as const) {
      expect(await rowsOf(engine(), eventsByDaySql("events", column))).toEqual(eventsByDay(events[column][1] as (number | null)[]));
    }
  });
});
