import {describe, expect, it} from "vitest";
import {pointInTimeJoinReference} from "../../../lib/pit/pointInTimeJoinReference.js";
import type {PointInTimeView} from "../../../lib/pit/pointInTimeInput.js";

const day = 86_400_000;
const stats: PointInTimeView = {name: "stats", joinKeys: ["id"], timestampField: "ts", createdTimestampField: "created", ttlMs: 2 * day, features: ["x"]};
const rows = {id: [1, 1, 1, 1, 2], ts: [0, day, day, 3 * day, day], created: [0, 5, 9, 0, 0], x: ["a", "b", "c", null, "z"]};
const join = (spine: Record<string, unknown[]>, view = stats, columns: Record<string, unknown[]> = rows) =>
  pointInTimeJoinReference(spine, [{view, columns}], {timestampField: "t"});

describe("pointInTimeJoinReference", () => {
  it("picks the latest feature row at or before the spine timestamp", () => {
    expect(join({id: [1, 1], t: [day + 1, day - 1]}).stats__x).toEqual(["c", "a"]);
  });
  it("includes a feature row at exactly the spine timestamp", () => {
    expect(join({id: [2], t: [day]}).stats__x).toEqual(["z"]);
  });
  it("breaks equal feature timestamps by the greatest created timestamp", () => {
    expect(join({id: [1], t: [2 * day]}).stats__x).toEqual(["c"]);
  });
  it("breaks full ties by the later row", () => {
    const columns = {id: [1, 1], ts: [0, 0], created: [4, 4], x: ["first", "second"]};
    expect(join({id: [1], t: [0]}, stats, columns).stats__x).toEqual(["second"]);
  });
  it("ranks a null created timestamp below any other", () => {
    const columns = {id: [1, 1], ts: [0, 0], created: [4, null], x: ["dated", "undated"]};
    expect(join({id: [1], t: [0]}, stats, columns).stats__x).toEqual(["dated"]);
  });
  it("keeps t − ttl as an inclusive lower bound and nulls beyond it", () => {
    expect(join({id: [2, 2], t: [3 * day, 3 * day + 1]}).stats__x).toEqual(["z", null]);
  });
  it("has no lower bound without a ttl", () => {
    const {ttlMs: _, ...noTtl} = stats;
    expect(join({id: [2], t: [1000 * day]}, noTtl).stats__x).toEqual(["z"]);
  });
  it("lets a winning null value stand instead of an older value", () => {
    expect(join({id: [1], t: [3 * day]}).stats__x).toEqual([null]);
  });
  it("gives nulls for unknown keys, null keys and null spine timestamps", () => {
    expect(join({id: [3, null, 1], t: [day, day, null]}).stats__x).toEqual([null, null, null]);
  });
  it("keeps spine order, duplicates and every spine column first", () => {
    const out = join({t: [day, 0, day], id: [2, 1, 2], note: ["p", "q", "p"]});
    expect(Object.keys(out)).toEqual(["t", "id", "note", "stats__x"]);
    expect(out).toEqual({t: [day, 0, day], id: [2, 1, 2], note: ["p", "q", "p"], stats__x: ["z", "a", "z"]});
  });
  it("matches composite keys on every key", () => {
    const view: PointInTimeView = {name: "pair", joinKeys: ["a", "b"], timestampField: "ts", features: ["n"]};
    const columns = {a: [1, 1, 2], b: ["x", "y", "x"], ts: [0, 0, 0], n: [10, 20, 30]};
    expect(join({a: [1, 2, 2], b: ["y", "x", "y"], t: [1, 1, 1]}, view, columns).pair__n).toEqual([20, 30, null]);
  });
  it("outputs the matched feature timestamp on request", () => {
    const out = pointInTimeJoinReference({id: [1, 3], t: [2 * day, 0]}, [{view: stats, columns: rows}], {timestampField: "t", includeFeatureTimestamps: true});
    expect(out.stats__event_timestamp).toEqual([day, null]);
  });
  it("compares bigint and number keys and Date timestamps as equal instants", () => {
    expect(join({id: [1n], t: [new Date(day)]}, stats, {...rows, ts: rows.ts.map((v) => new Date(v))}).stats__x).toEqual(["c"]);
  });
  it("throws when the spine lacks a join key", () => {
    expect(() => join({t: [0]})).toThrow('pointInTimeJoinReference requires spine column "id", got columns t');
  });
});
