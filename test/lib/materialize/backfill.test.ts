import {describe, expect, it} from "vitest";
import {backfill, featureRows, materializeRuns} from "../../../lib/materialize/index.js";
import {createOnlineStore} from "../../../lib/online/index.js";
import {sourceTable, view, type Row} from "../online/viewFixture.js";

const rows: Row[] = [
  {id: 1, t: 10, c: 12, x: 1},
  {id: 1, t: 20, c: 25, x: 2},
  {id: 2, t: 30, c: 90, x: 3},
  {id: 3, t: 50, c: 51, x: 4},
];
const values = (store: ReturnType<typeof createOnlineStore>) =>
  Object.fromEntries([...store.views.get("stats")!.rows.values()].map((r) => [r.key[0], r.values[0]]));

describe("backfill", () => {
  it("backfill(store, rows, {start, end}) loads the latest row per key stamped in [start, end]", () => {
    const store = createOnlineStore([view]);
    const report = backfill(store, featureRows(sourceTable(rows), view), {start: 10, end: 30});
    expect(report).toEqual({start: 10, end: 30, rowsRead: 3, keysWritten: 2});
    expect(values(store)).toEqual({1: 2, 2: 3});
  });

  it("backfill(store, rows, {knownAt}) leaves out rows that arrived later", () => {
    const store = createOnlineStore([view]);
    backfill(store, featureRows(sourceTable(rows), view), {start: 0, end: 100, knownAt: 60});
    expect(values(store)).toEqual({1: 2, 3: 4});
  });

  it("backfill of an old range never overwrites newer online values", () => {
    const source = featureRows(sourceTable(rows), view);
    const {store} = materializeRuns(source, [100]);
    const report = backfill(store, source, {start: 0, end: 15});
    expect(report).toEqual({start: 0, end: 15, rowsRead: 1, keysWritten: 0});
    expect(values(store)).toEqual({1: 2, 2: 3, 3: 4});
  });

  it("backfill throws when start is after end", () => {
    expect(() => backfill(createOnlineStore([view]), featureRows(sourceTable(rows), view), {start: 5, end: 1})).toThrow(/backfill requires start <= end, got 5 and 1/);
  });
});
