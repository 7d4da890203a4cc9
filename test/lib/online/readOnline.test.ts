import {describe, expect, it} from "vitest";
import {createOnlineStore, readOnline, writeOnline, type OnlineView} from "../../../lib/online/index.js";

const view: OnlineView = {name: "v", joinKeys: ["id", "region"], timestampField: "ts", features: ["a", "b"], ttlMs: 10};

function store() {
  const s = createOnlineStore([view]);
  const table = s.views.get("v")!;
  writeOnline(table, JSON.stringify([1, "eu"]), {key: [1, "eu"], eventMs: 100, createdMs: 100, order: 0, values: [5, null]});
  return s;
}

describe("readOnline", () => {
  it("readOnline(store, {at}) returns present and null_value with the row's event timestamp and age", () => {
    const [read] = readOnline(store(), {view: "v", entityRows: [{id: 1, region: "eu"}], at: 104});
    expect(read).toEqual({values: {a: 5, b: null}, statuses: {a: "present", b: "null_value"}, eventTimestamp: 100, ageMs: 4});
  });

  it("readOnline enforces the view's ttl, with an inclusive bound", () => {
    const s = store();
    const read = (at: number) => readOnline(s, {view: "v", entityRows: [{id: 1, region: "eu"}], at})[0]!;
    expect(read(110).statuses).toEqual({a: "present", b: "null_value"});
    expect(read(111)).toEqual({values: {a: null, b: null}, statuses: {a: "outside_max_age", b: "outside_max_age"}, eventTimestamp: 100, ageMs: 11});
  });

  it("readOnline(store, {ttlMs}) overrides the view's ttl", () => {
    const [read] = readOnline(store(), {view: "v", entityRows: [{id: 1, region: "eu"}], at: 1000, ttlMs: 900});
    expect(read!.statuses.a).toBe("present");
  });

  it("readOnline returns not_found for an unknown key, a null key and a row stamped after the read time", () => {
    const reads = readOnline(store(), {view: "v", entityRows: [{id: 2, region: "eu"}, {id: null, region: "eu"}, {id: 1, region: "eu"}], at: 99});
    expect(reads.map((r) => r.statuses.a)).toEqual(["not_found", "not_found", "not_found"]);
    expect(reads[0]).toMatchObject({eventTimestamp: null, ageMs: null});
  });

  it("readOnline matches keys by value: a bigint key finds a number key", () => {
    const [read] = readOnline(store(), {view: "v", entityRows: [{id: 1n, region: "eu"}], at: 100, features: ["a"]});
    expect(read!.values).toEqual({a: 5});
  });

  it("readOnline throws on an unknown view, an unknown feature or a missing join key", () => {
    expect(() => readOnline(store(), {view: "w", entityRows: [], at: 0})).toThrow(/readOnline requires a view of the store \(v\), got "w"/);
    expect(() => readOnline(store(), {view: "v", entityRows: [], at: 0, features: ["c"]})).toThrow(/readOnline requires features of view "v" \(a, b\), got "c"/);
    expect(() => readOnline(store(), {view: "v", entityRows: [{id: 1}], at: 0})).toThrow(/readOnline requires join key "region"/);
  });
});
