import fc from "fast-check";
import {tableFromArrays} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {featureRows, materializeRuns, materializeSchedule, runSchedule} from "../../../lib/materialize/index.js";
import {createOnlineStore} from "../../../lib/online/index.js";
import {rowsArb, sourceTable, storeFingerprint as fingerprint, view, type Row} from "../online/viewFixture.js";

const splitsArb = fc.uniqueArray(fc.integer({min: 0, max: 170}), {maxLength: 6}).map((ends) => ends.sort((a, b) => a - b));

describe("materializeSchedule", () => {
  it("materializeSchedule(runSchedule(rows, runEnds)) gives materializeRuns' reports and state (property)", () => {
    fc.assert(
      fc.property(rowsArb, splitsArb, fc.integer({min: 0, max: 70}), fc.option(fc.integer({min: 0, max: 40}), {nil: null}), (rows, runEnds, lookbackMs, watermark) => {
        const source = featureRows(sourceTable(rows), view);
        const ends = runEnds.filter((e) => watermark === null || e >= watermark);
        const expected = materializeRuns(source, ends, {lookbackMs, watermark});
        const actual = materializeSchedule(runSchedule(source, ends, {watermark}), {lookbackMs});
        expect(actual.reports).toEqual(expected.reports);
        expect(fingerprint(actual.store)).toBe(fingerprint(expected.store));
      }),
    );
  });

  it("materializeSchedule keeps the source row order as the last tie-break", () => {
    const rows: Row[] = [{id: 1, t: 10, c: 20, x: 1}, {id: 1, t: 10, c: 20, x: 2}];
    const {store} = materializeSchedule(runSchedule(featureRows(sourceTable(rows), view), [30]));
    expect(store.views.get("stats")!.rows.get("[1]")!.values).toEqual([2]);
  });

  it("materializeSchedule writes into the store it is given", () => {
    const store = createOnlineStore([view]);
    materializeSchedule(runSchedule(featureRows(sourceTable([{id: 3, t: 1, c: 2, x: 4}]), view), [5]), {store});
    expect(store.views.get("stats")!.rows.size).toBe(1);
  });

  it("materializeSchedule and runSchedule give their documented results", () => {
    const v = {name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]};
    const rows = featureRows(tableFromArrays({id: [1, 1, 2], ts: [10, 30, 20], x: [1, 3, 2]}), v);
    expect(runSchedule(rows, [15, 40]).rowRun).toEqual(Int32Array.of(0, 1, 1));
    expect(materializeSchedule(runSchedule(rows, [15, 40])).reports.map((r) => [r.watermark, r.rowsRead])).toEqual([[15, 1], [40, 2]]);
  });
});

describe("runSchedule", () => {
  it("runSchedule puts a row arriving exactly at a run end into that run, and rows after the last run into none", () => {
    const rows: Row[] = [{id: 1, t: 5, c: 10, x: 1}, {id: 2, t: 5, c: 11, x: 1}, {id: 3, t: 5, c: 21, x: 1}];
    const schedule = runSchedule(featureRows(sourceTable(rows), view), [10, 20]);
    expect(schedule.rowRun).toEqual(Int32Array.of(0, 1, -1));
    expect(schedule.slices.map((s) => s.length)).toEqual([1, 1]);
  });

  it("runSchedule leaves out rows arriving at or before the initial watermark", () => {
    const rows: Row[] = [{id: 1, t: 5, c: 10, x: 1}, {id: 2, t: 5, c: 11, x: 1}];
    expect(runSchedule(featureRows(sourceTable(rows), view), [20], {watermark: 10}).rowRun).toEqual(Int32Array.of(-1, 0));
  });

  it("runSchedule throws on run ends out of order", () => {
    const rows = featureRows(sourceTable([]), view);
    expect(() => runSchedule(rows, [20, 10])).toThrow(/runSchedule requires ascending finite run ends from the watermark, got 10 after 20/);
    expect(() => runSchedule(rows, [5], {watermark: 10})).toThrow(/got 5 after 10/);
  });
});
