import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {featureRows, materializeIncremental, materializeRuns} from "../../../lib/materialize/index.js";
import {createOnlineStore} from "../../../lib/online/index.js";
import {latestPerKey, rowsArb, sourceTable, storeFingerprint as fingerprint, view, type Row} from "../online/viewFixture.js";

const stateOf = (rows: Row[]) => new Map([...latestPerKey(rows)].map(([id, r]) => [id, r.x]));
const onlineState = (store: ReturnType<typeof createOnlineStore>) =>
  new Map([...store.views.get("stats")!.rows.values()].map((r) => [r.key[0] as number, r.values[0]]));

describe("materializeIncremental", () => {
  it("materializeIncremental(store, rows, run) keeps the latest row per key by event time, then created time", () => {
    const rows: Row[] = [
      {id: 1, t: 10, c: 10, x: 1},
      {id: 1, t: 30, c: 31, x: 3},
      {id: 1, t: 20, c: 40, x: 2}, // arrives last, but is older
      {id: 2, t: 10, c: 11, x: 5},
      {id: 2, t: 10, c: 12, x: 6}, // same event time, created later: wins
    ];
    const store = createOnlineStore([view]);
    const report = materializeIncremental(store, featureRows(sourceTable(rows), view), {runEnd: 100, watermark: null});
    expect(onlineState(store)).toEqual(new Map([[1, 3], [2, 6]]));
    expect(report).toMatchObject({runEnd: 100, previousWatermark: null, watermark: 100, rowsRead: 5, keysWritten: 2, lateMissed: 0});
  });

  it("materializeIncremental(store, rows, run) reads rows whose created timestamp is in (watermark, runEnd]", () => {
    const rows: Row[] = [
      {id: 1, t: 10, c: 50, x: 1},
      {id: 2, t: 60, c: 100, x: 2}, // exactly at runEnd: read
      {id: 3, t: 90, c: 101, x: 3}, // after runEnd: next run
    ];
    const source = featureRows(sourceTable(rows), view);
    const store = createOnlineStore([view]);
    const report = materializeIncremental(store, source, {runEnd: 100, watermark: 50, lookbackMs: 1000});
    expect(report.rowsRead).toBe(1);
    expect(onlineState(store)).toEqual(new Map([[2, 2]]));
  });

  it("materializeIncremental reports a late row as caught within the lookback and as missed beyond it", () => {
    const rows: Row[] = [{id: 1, t: 100, c: 100, x: 1}, {id: 2, t: 70, c: 150, x: 2}];
    const source = featureRows(sourceTable(rows), view);
    const caught = materializeIncremental(createOnlineStore([view]), source, {runEnd: 200, watermark: 100, lookbackMs: 30});
    expect(caught).toMatchObject({rowsRead: 1, lateCaught: 1, lateMissed: 0, keysWritten: 1});
    const store = createOnlineStore([view]);
    const missed = materializeIncremental(store, source, {runEnd: 200, watermark: 100, lookbackMs: 29});
    expect(missed).toMatchObject({rowsRead: 0, lateCaught: 0, lateMissed: 1, keysWritten: 0});
    expect(missed.lateMissedSamples).toEqual([{key: [2], eventTimestamp: 70, createdTimestamp: 150, lateByMs: 30}]);
    expect(store.views.get("stats")!.rows.size).toBe(0);
  });

  it("materializeIncremental counts keysWritten only for keys whose online row changed", () => {
    const rows: Row[] = [{id: 1, t: 50, c: 50, x: 1}, {id: 1, t: 40, c: 120, x: 0}];
    const source = featureRows(sourceTable(rows), view);
    const {reports} = materializeRuns(source, [100, 200], {lookbackMs: 100});
    expect(reports.map((r) => [r.rowsRead, r.keysWritten])).toEqual([[1, 1], [1, 0]]);
  });

  it("materializeIncremental throws when runEnd is before the watermark", () => {
    const source = featureRows(sourceTable([]), view);
    expect(() => materializeIncremental(createOnlineStore([view]), source, {runEnd: 5, watermark: 10})).toThrow(/materializeIncremental requires runEnd >= the watermark 10, got 5/);
  });

  it("materializeRuns(rows, runEnds) replayed gives a fingerprint-equal online state", () => {
    const rows: Row[] = Array.from({length: 60}, (_, i) => ({id: i % 7, t: (i * 37) % 500, c: ((i * 37) % 500) + ((i * 13) % 90), x: i % 5 === 0 ? null : i}));
    const source = featureRows(sourceTable(rows), view);
    const runEnds = [100, 250, 400, 600];
    const first = materializeRuns(source, runEnds, {lookbackMs: 20});
    const replay = materializeRuns(featureRows(sourceTable(rows), view), runEnds, {lookbackMs: 20});
    expect(replay.reports).toEqual(first.reports);
    expect(fingerprint(replay.store)).toBe(fingerprint(first.store));
    expect(first.reports.some((r) => r.lateMissed > 0)).toBe(true); // the lookback is too short here
  });

  const splitsArb = fc.uniqueArray(fc.integer({min: 0, max: 170}), {maxLength: 6}).map((ends) => [...ends.sort((a, b) => a - b), 170]);

  it("materializeRuns with a lookback >= the largest lateness equals one big run, for any split (property)", () => {
    fc.assert(
      fc.property(rowsArb, splitsArb, (rows, runEnds) => {
        const source = featureRows(sourceTable(rows), view);
        const split = materializeRuns(source, runEnds, {lookbackMs: 60});
        const big = materializeRuns(source, [170]);
        expect(split.reports.every((r) => r.lateMissed === 0)).toBe(true);
        expect(fingerprint(split.store)).toBe(fingerprint(big.store));
        expect(onlineState(split.store)).toEqual(stateOf(rows));
      }),
    );
  });

  it("materializeRuns without a lookback differs from one big run only when it missed a late row (property)", () => {
    fc.assert(
      fc.property(rowsArb, splitsArb, (rows, runEnds) => {
        const source = featureRows(sourceTable(rows), view);
        const split = materializeRuns(source, runEnds);
        const big = materializeRuns(source, [170]);
        const missed = split.reports.reduce((n, r) => n + r.lateMissed, 0);
        if (fingerprint(split.store) !== fingerprint(big.store)) expect(missed).toBeGreaterThan(0);
        expect(split.reports.reduce((n, r) => n + r.rowsRead + r.lateMissed, 0)).toBe(rows.length);
      }),
    );
  });
});
