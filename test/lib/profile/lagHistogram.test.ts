import {describe, expect, it} from "vitest";
import {lagHistogram, lagHistogramSql, lagsOf} from "../../../lib/profile/index.js";
import {engineFactories, rowsOf, useEngine} from "./engines.js";
import {arrowTable, events} from "./fixture.js";

const plainLags = lagsOf(events.event_timestamp[1] as number[], events.created_timestamp[1] as (number | null)[]);

describe("lagHistogram", () => {
  it("lagHistogram(lags, edges) puts a lag equal to an edge in the bin above", () => {
    expect(lagHistogram([1, 60, 59.999], [1, 60]).map((b) => b.count)).toEqual([0, 2, 1]);
  });
  it("lagHistogram keeps negative lags in the first, open bin and skips nulls and NaN", () => {
    expect(lagHistogram([-5, null, NaN, 1e9], [1, 60])).toEqual([
      {bin: 0, lo: null, hi: 1, count: 1},
      {bin: 1, lo: 1, hi: 60, count: 0},
      {bin: 2, lo: 60, hi: null, count: 1},
    ]);
  });
  it("lagHistogram requires strictly ascending edges", () => {
    expect(() => lagHistogram([], [1, 1])).toThrow(/lagHistogram requires finite, strictly ascending edges, got 1 at index 1/);
    expect(() => lagHistogramSql({table: "t", edges: []})).toThrow(/lagHistogramSql requires at least one edge/);
  });
});

describe.each(engineFactories)("lagHistogramSql on %s", (_, create) => {
  const engine = useEngine(create, {events: arrowTable(events)});

  it("matches lagHistogram, listing empty bins", async () => {
    const edges = [1, 60, 3600, 7200, 86_400];
    const rows = await rowsOf(engine(), lagHistogramSql({table: "events", edges}));
    expect(rows).toEqual(lagHistogram(plainLags, edges));
    expect(rows.map((r) => r.count)).toEqual([2, 1, 0, 0, 2, 1]);
  });
  it("reads other timestamp column names", async () => {
    await engine().query("create or replace table renamed as select event_timestamp as \"at\", created_timestamp as \"seen at\" from events");
    const rows = await rowsOf(engine(), lagHistogramSql({table: "renamed", event: "at", created: "seen at", edges: [3600]}));
    expect(rows.map((r) => r.count)).toEqual([3, 3]);
  });
});
