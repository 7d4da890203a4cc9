import fc from "fast-check";
import {tableFromArrays} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {featureRows, materializeSchedule, rowFateNames, rowFates, runSchedule} from "../../../lib/materialize/index.js";
import {sourceTable, view, type Row} from "../online/viewFixture.js";

const names = (fate: Uint8Array) => Array.from(fate, (f) => rowFateNames[f]);

describe("rowFates", () => {
  it("rowFates(schedule, lookback) calls a late row caught within the lookback and missed beyond it", () => {
    const rows: Row[] = [{id: 1, t: 100, c: 100, x: 1}, {id: 2, t: 70, c: 150, x: 2}, {id: 3, t: 90, c: 300, x: 3}];
    const schedule = runSchedule(featureRows(sourceTable(rows), view), [100, 200]);
    expect(names(rowFates(schedule, 30).fate)).toEqual(["on_time", "caught", "unread"]);
    const fates = rowFates(schedule, 29);
    expect(names(fates.fate)).toEqual(["on_time", "missed", "unread"]);
    expect(Array.from(fates.latenessMs)).toEqual([0, 30, NaN]);
    expect(Array.from(fates.windowStartMs)).toEqual([NaN, 100, NaN]);
  });

  it("rowFates totals equal the runs' lateCaught and lateMissed (property)", () => {
    const rowsArb = fc.array(fc.record({id: fc.integer({min: 0, max: 5}), t: fc.integer({min: 0, max: 100}), lag: fc.integer({min: 0, max: 60})}), {maxLength: 40});
    const endsArb = fc.uniqueArray(fc.integer({min: 0, max: 170}), {maxLength: 6}).map((ends) => ends.sort((a, b) => a - b));
    fc.assert(
      fc.property(rowsArb, endsArb, fc.integer({min: 0, max: 70}), (rs, runEnds, lookbackMs) => {
        const schedule = runSchedule(featureRows(sourceTable(rs.map(({id, t, lag}) => ({id, t, c: t + lag, x: 1}))), view), runEnds);
        const {reports} = materializeSchedule(schedule, {lookbackMs});
        const fate = names(rowFates(schedule, lookbackMs).fate);
        expect(fate.filter((f) => f === "caught").length).toBe(reports.reduce((n, r) => n + r.lateCaught, 0));
        expect(fate.filter((f) => f === "missed").length).toBe(reports.reduce((n, r) => n + r.lateMissed, 0));
      }),
    );
  });

  it("rowFates throws on a negative lookback", () => {
    expect(() => rowFates(runSchedule(featureRows(sourceTable([]), view), []), -1)).toThrow(/rowFates requires lookbackMs >= 0, got -1/);
  });

  it("rowFates gives its documented result", () => {
    const v = {name: "v", joinKeys: ["id"], timestampField: "ts", createdTimestampField: "c", features: ["x"]};
    const rows = featureRows(tableFromArrays({id: [1, 1, 2], ts: [10, 30, 5], c: [10, 30, 25], x: [1, 3, 2]}), v);
    expect(names(rowFates(runSchedule(rows, [8, 20, 40]), 15).fate)).toEqual(["on_time", "on_time", "caught"]);
  });
});
