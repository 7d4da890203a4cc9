import {tableFromArrays} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {featureRows, materializeRuns} from "../../../lib/materialize/index.js";
import {onlineStoreDiff} from "../../../lib/online/index.js";
import {sourceTable, view, type Row} from "./viewFixture.js";

describe("onlineStoreDiff", () => {
  it("onlineStoreDiff(a, a) finds every key the same", () => {
    const rows: Row[] = [{id: 1, t: 1, c: 2, x: NaN}, {id: 2, t: 3, c: 4, x: null}];
    const {store} = materializeRuns(featureRows(sourceTable(rows), view), [10]);
    expect(onlineStoreDiff(store, store, "stats")).toEqual({keys: 2, same: 2, onlyInA: 0, onlyInB: 0, rowDiffers: 0});
  });

  it("onlineStoreDiff counts keys on one side only and keys whose rows differ", () => {
    const rows: Row[] = [{id: 1, t: 1, c: 2, x: 1}, {id: 1, t: 5, c: 6, x: 1}, {id: 2, t: 3, c: 4, x: 2}, {id: 3, t: 8, c: 9, x: 3}];
    const source = featureRows(sourceTable(rows), view);
    const early = materializeRuns(source, [4]).store;
    const late = materializeRuns(source, [20]).store;
    expect(onlineStoreDiff(early, late, "stats")).toEqual({keys: 3, same: 1, onlyInA: 0, onlyInB: 1, rowDiffers: 1});
    expect(onlineStoreDiff(late, early, "stats")).toEqual({keys: 3, same: 1, onlyInA: 1, onlyInB: 0, rowDiffers: 1});
  });

  it("onlineStoreDiff throws naming an unknown view", () => {
    const {store} = materializeRuns(featureRows(sourceTable([]), view), [1]);
    expect(() => onlineStoreDiff(store, store, "nope")).toThrow(/onlineStoreDiff requires a view of the store \(stats\), got "nope"/);
  });

  it("onlineStoreDiff gives its documented result", () => {
    const v = {name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]};
    const rows = featureRows(tableFromArrays({id: [1, 1, 2], ts: [10, 30, 20], x: [1, 3, 2]}), v);
    expect(onlineStoreDiff(materializeRuns(rows, [15]).store, materializeRuns(rows, [40]).store, "v")).toEqual({keys: 2, same: 0, onlyInA: 0, onlyInB: 1, rowDiffers: 1});
  });
});
