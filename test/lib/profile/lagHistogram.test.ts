import {describe, expect, it} from "vitest";
import {lagHistogram, lagHistogramSql, lagsOf, logBinBounds} from "../../../lib/profile/index.js";
import {engineFactories, rowsOf, useEngine} from "../engines.js";
import {arrowTable} from "../arrowTable.js";
import {events} from "./fixture.js";

const plainLags = lagsOf(events.event_timestamp[1], events.created_timestamp[1]);
// Lags (seconds) that are not on an edge: 0.001 s to 40 days, pseudo-random but fixed.
const manyLags = Array.from({length: 400}, (_, i) => Math.round(10 ** (((i * 7919) % 400) / 400 * 9.5 - 3) * 1000) / 1000);

describe("lagHistogram", () => {
  it("lagHistogram(lags, bins) puts a lag equal to an edge in the bin above", () => {
    expect(lagHistogram([1, 10, 9.999, 100], {min: 1, perDecade: 1})).toEqual([{bin: 0, count: 2}, {bin: 1, count: 1}, {bin: 2, count: 1}]);
  });
  it("lagHistogram puts zero, negative and tiny lags in bin −1 and skips nulls and NaN", () => {
    expect(lagHistogram([-5, 0, 0.05, null, NaN], {min: 0.1, perDecade: 4})).toEqual([{bin: -1, count: 3}]);
  });
  it("logBinBounds(bin, bins) gives the edges, open below for bin −1", () => {
    expect(logBinBounds(-1, {min: 0.1, perDecade: 4})).toEqual({lo: null, hi: 0.1});
    expect(logBinBounds(8, {min: 0.1, perDecade: 4}).lo).toBeCloseTo(10, 12);
    expect(logBinBounds(1, {min: 1, perDecade: 2}).hi).toBe(10);
  });
  it("lagHistogramSql and logBinBounds require a positive min and an integer perDecade", () => {
    expect(() => lagHistogramSql({table: "t", min: 0, perDecade: 4})).toThrow(/lagHistogramSql requires a finite min > 0, got 0/);
    expect(() => lagHistogram([], {min: 1, perDecade: 0.5})).toThrow(/lagHistogram requires a positive integer perDecade, got 0.5/);
    expect(() => logBinBounds(-2, {min: 1, perDecade: 1})).toThrow(/logBinBounds requires an integer bin ≥ −1, got -2/);
  });
});

describe.each(engineFactories)("lagHistogramSql on %s", (_, create) => {
  const ms = manyLags.map((lag) => Math.round(lag * 1000));
  const engine = useEngine(create, {
    events: arrowTable(events),
    renamed: arrowTable({"at": ["time", events.event_timestamp[1]], "seen at": ["time", events.created_timestamp[1]]}),
    many: arrowTable({event_timestamp: ["time", ms.map(() => 0)], created_timestamp: ["time", ms]}),
  });

  it("matches lagHistogram on the fixture", async () => {
    const rows = await rowsOf(engine(), lagHistogramSql({table: "events", min: 1, perDecade: 1}));
    expect(rows).toEqual(lagHistogram(plainLags, {min: 1, perDecade: 1}));
    expect(rows).toEqual([{bin: -1, count: 2}, {bin: 1, count: 1}, {bin: 3, count: 2}, {bin: 5, count: 1}]);
  });
  it("matches lagHistogram on lags spread over twelve decades", async () => {
    const rows = await rowsOf(engine(), lagHistogramSql({table: "many", min: 0.1, perDecade: 4}));
    expect(rows).toEqual(lagHistogram(manyLags, {min: 0.1, perDecade: 4}));
    expect(rows.length).toBeGreaterThan(30);
  });
  it("reads other timestamp column names", async () => {
    const rows = await rowsOf(engine(), lagHistogramSql({table: "renamed", event: "at", created: "seen at", min: 3600, perDecade: 1}));
    expect(rows).toEqual([{bin: -1, count: 3}, {bin: 0, count: 2}, {bin: 1, count: 1}]);
  });
});
