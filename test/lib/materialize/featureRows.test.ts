import {tableFromArrays} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {featureRows} from "../../../lib/materialize/index.js";
import {sourceTable, view} from "../online/viewFixture.js";

describe("featureRows", () => {
  it("featureRows(table, view) encodes keys and reads timestamps as epoch ms", () => {
    const rows = featureRows(sourceTable([{id: 4, t: 10, c: 15, x: null}]), view);
    expect(rows.keys).toEqual(["[4]"]);
    expect([...rows.eventMs, ...rows.createdMs, ...rows.arrivalMs]).toEqual([10, 15, 15]);
    expect(rows.record(0)).toEqual({key: [4], eventMs: 10, createdMs: 15, order: 0, values: [null]});
  });

  it("featureRows(table, view) without a created field takes arrival = event time and created = -Infinity", () => {
    const rows = featureRows(tableFromArrays({id: [1], ts: [7], x: [2]}), {name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]});
    expect([...rows.arrivalMs]).toEqual([7]);
    expect([...rows.createdMs]).toEqual([-Infinity]);
  });

  it("featureRows(table, view) names a missing column", () => {
    expect(() => featureRows(tableFromArrays({id: [1]}), view)).toThrow(/featureRows requires column "event_timestamp" of view "stats", got id/);
  });
});
