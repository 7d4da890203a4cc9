import {describe, expect, it} from "vitest";
import {stalenessPerKey} from "../../../lib/freshness/index.js";
import {featureRows} from "../../../lib/materialize/index.js";
import {sourceTable, view, type Row} from "../online/viewFixture.js";

const rows: Row[] = [
  {id: 1, t: 10, c: 12, x: 1},
  {id: 1, t: 40, c: 45, x: 2},
  {id: 1, t: 30, c: 60, x: 3}, // late correction of an older event: fresher arrival, not a fresher value
  {id: 2, t: 20, c: 90, x: 4}, // not known before 90
  {id: 3, t: 80, c: 81, x: 5},
];

describe("stalenessPerKey", () => {
  it("stalenessPerKey(rows, at) measures at − latest event and at − latest arrival over rows known at `at`", () => {
    const out = stalenessPerKey(featureRows(sourceTable(rows), view), 70);
    expect(out).toEqual([{key: [1], latestEventTimestamp: 40, latestCreatedTimestamp: 60, eventStalenessMs: 30, createdStalenessMs: 10}]);
  });

  it("stalenessPerKey(rows, at) takes in a row once both its event and its arrival have happened", () => {
    const at = (t: number) => stalenessPerKey(featureRows(sourceTable(rows), view), t).map((s) => s.key[0]);
    expect(at(89)).toEqual([1, 3]);
    expect(at(90)).toEqual([1, 3, 2]);
  });

  it("stalenessPerKey(rows, at) before any row is known is empty", () => {
    expect(stalenessPerKey(featureRows(sourceTable(rows), view), 5)).toEqual([]);
  });
});
