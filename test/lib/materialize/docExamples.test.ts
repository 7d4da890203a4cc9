import {tableFromArrays} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {stalenessOverTime, stalenessPerKey} from "../../../lib/freshness/index.js";
import {backfill, featureRows, materializeIncremental, materializeRuns} from "../../../lib/materialize/index.js";
import {createOnlineStore, onlineConsistency, onlineTable, readOnline, writeOnline} from "../../../lib/online/index.js";

// The @example lines of lib/materialize, lib/online and lib/freshness, run as written.
const view = {name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]};
const table = tableFromArrays({id: [1, 1, 2], ts: [10, 30, 20], x: [1, 3, 2]});
const rows = featureRows(table, view);

describe("doc examples of materialize, online and freshness", () => {
  it("materializeIncremental, materializeRuns and backfill give their documented results", () => {
    expect(materializeIncremental(createOnlineStore([view]), rows, {runEnd: 25, watermark: null}).rowsRead).toBe(2);
    expect(materializeRuns(rows, [15, 40]).reports.map((r) => [r.watermark, r.rowsRead])).toEqual([[15, 1], [40, 2]]);
    expect(backfill(createOnlineStore([view]), rows, {start: 0, end: 25})).toEqual({start: 0, end: 25, rowsRead: 2, keysWritten: 2});
    expect(featureRows(tableFromArrays({id: [1], ts: [5], x: [2]}), view).arrivalMs).toEqual(Float64Array.of(5));
  });

  it("readOnline, writeOnline, onlineTable and onlineConsistency give their documented results", () => {
    const {store} = materializeRuns(rows, [40]);
    expect(readOnline(store, {view: "v", entityRows: [{id: 1}, {id: 2}, {id: 3}], at: 40, ttlMs: 15}).map((r) => r.statuses.x)).toEqual(["present", "outside_max_age", "not_found"]);
    expect(onlineTable(store, "v").numRows).toBe(2);
    expect(onlineConsistency(store, "v", table, {at: 40}).agree).toBe(2);
    const t = createOnlineStore([view]).views.get("v")!;
    expect(writeOnline(t, "[1]", {key: [1], eventMs: 5, createdMs: 5, order: 0, values: [3]})).toBe(true);
    expect(writeOnline(t, "[1]", {key: [1], eventMs: 4, createdMs: 9, order: 1, values: [2]})).toBe(false);
  });

  it("stalenessPerKey and stalenessOverTime give their documented results", () => {
    expect(stalenessPerKey(rows, 40).map((s) => s.eventStalenessMs)).toEqual([10, 20]);
    expect(stalenessOverTime(rows, [20, 40], {slaMs: 15}).map((s) => s.share)).toEqual([1, 0.5]);
  });
});
