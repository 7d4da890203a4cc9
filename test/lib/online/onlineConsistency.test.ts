import {describe, expect, it} from "vitest";
import {fingerprintTable} from "../../../lib/fingerprint/index.js";
import {featureRows, materializeRuns} from "../../../lib/materialize/index.js";
import {createOnlineStore, onlineConsistency, onlineTable} from "../../../lib/online/index.js";
import {sourceTable, view, type Row} from "./viewFixture.js";

const rows: Row[] = [
  {id: 1, t: 10, c: 12, x: 1},
  {id: 1, t: 40, c: 45, x: 2},
  {id: 2, t: 20, c: 21, x: null},
  {id: 3, t: 5, c: 6, x: 7},
  {id: 4, t: 60, c: 95, x: 8}, // arrives late
];
const table = sourceTable(rows);

describe("onlineConsistency", () => {
  it("onlineConsistency(store, view, source, {at}) agrees on every key once everything known by `at` is materialized", () => {
    const {store} = materializeRuns(featureRows(table, view), [100]);
    const report = onlineConsistency(store, "stats", table, {at: 100});
    expect(report).toEqual({at: 100, keys: 4, agree: 4, onlineMissing: 0, onlineExtra: 0, valueDiffers: 0, notYetArrived: 0, mismatches: []});
  });

  it("onlineConsistency reports keys the online store has not caught up with", () => {
    const {store} = materializeRuns(featureRows(table, view), [30]);
    const report = onlineConsistency(store, "stats", table, {at: 100});
    expect(report).toMatchObject({keys: 4, agree: 2, onlineMissing: 1, valueDiffers: 1});
    expect(report.mismatches).toContainEqual({key: [1], kind: "value_differs", online: {eventTimestamp: 10, values: [1]}, offline: {eventTimestamp: 40, values: [2]}});
    expect(report.mismatches).toContainEqual({key: [4], kind: "online_missing", online: {eventTimestamp: null, values: [null]}, offline: {eventTimestamp: 60, values: [8]}});
  });

  it("onlineConsistency counts a key whose point-in-time row was created after `at` as not_yet_arrived", () => {
    const {store} = materializeRuns(featureRows(table, view), [90]);
    const report = onlineConsistency(store, "stats", table, {at: 90});
    expect(report).toMatchObject({keys: 4, agree: 3, onlineMissing: 0, notYetArrived: 1});
    expect(report.mismatches).toEqual([{key: [4], kind: "not_yet_arrived", online: {eventTimestamp: null, values: [null]}, offline: {eventTimestamp: 60, values: [8]}}]);
  });

  it("onlineConsistency applies the same ttl on both sides, so expired keys agree", () => {
    const {store} = materializeRuns(featureRows(table, view), [100]);
    const report = onlineConsistency(store, "stats", table, {at: 100, ttlMs: 50});
    expect(report).toMatchObject({agree: 4, mismatches: []});
  });

  it("onlineConsistency counts a key the online store serves from a row the source no longer has as online_extra", () => {
    const {store} = materializeRuns(featureRows(table, view), [100]);
    const shrunk = sourceTable(rows.filter((r) => r.id !== 3).concat({id: 3, t: 500, c: 500, x: 0}));
    const report = onlineConsistency(store, "stats", shrunk, {at: 100});
    expect(report).toMatchObject({onlineExtra: 1});
  });
});

describe("onlineTable", () => {
  it("onlineTable(store, view) holds one row per key with timestamps and features", () => {
    const {store} = materializeRuns(featureRows(table, view), [100]);
    const t = onlineTable(store, "stats");
    expect(t.schema.fields.map((f) => f.name)).toEqual(["id", "event_timestamp", "created_timestamp", "x"]);
    expect(t.toArray().map((r) => r.toJSON())).toEqual([
      {id: 1, event_timestamp: 40, created_timestamp: 45, x: 2},
      {id: 2, event_timestamp: 20, created_timestamp: 21, x: null},
      {id: 3, event_timestamp: 5, created_timestamp: 6, x: 7},
      {id: 4, event_timestamp: 60, created_timestamp: 95, x: 8},
    ]);
  });

  it("onlineTable of an empty store has no rows, and its fingerprint differs from a filled one", () => {
    const empty = onlineTable(createOnlineStore([view]), "stats");
    expect(empty.numRows).toBe(0);
    const {store} = materializeRuns(featureRows(table, view), [100]);
    expect(fingerprintTable(empty).fingerprint).not.toBe(fingerprintTable(onlineTable(store, "stats")).fingerprint);
  });
});
