import {Dictionary, Float64, Int32, Int64, Table, TimestampMicrosecond, Utf8, vectorFromArray} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {pointInTimeJoinKernel} from "../../../lib/pit/pointInTimeJoinKernel.js";
import type {PointInTimeView} from "../../../lib/pit/pointInTimeInput.js";
import {toPlain} from "./pitCases.js";

const view: PointInTimeView = {name: "v", joinKeys: ["id"], timestampField: "ts", createdTimestampField: "created", ttlMs: 10, features: ["x", "label"]};
const spine = new Table({id: vectorFromArray([1, 2, 1, 9], new Int32()), event_timestamp: vectorFromArray([10, 10, 3, 10], new TimestampMicrosecond())});

describe("pointInTimeJoinKernel", () => {
  it("pointInTimeJoinKernel(spine, views) keeps spine columns first and feature types", () => {
    const features = new Table({
      id: vectorFromArray([1n, 1n, 2n], new Int64()), ts: vectorFromArray([2, 2, 9], new TimestampMicrosecond()),
      created: vectorFromArray([5, 4, 0], new TimestampMicrosecond()), x: vectorFromArray([1.5, 2.5, null], new Float64()),
      label: vectorFromArray(["a", "b", "c"], new Dictionary(new Utf8(), new Int32())),
    });
    const out = pointInTimeJoinKernel(spine, [{view, table: features}]);
    expect(out.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual([
      "id:Int32", "event_timestamp:Timestamp<MICROSECOND>", "v__x:Float64", "v__label:Dictionary<Int32, Utf8>",
    ]);
    expect(toPlain(out)).toEqual({id: [1, 2, 1, 9], event_timestamp: [10, 10, 3, 10], v__x: [1.5, null, 1.5, null], v__label: ["a", "c", "a", null]});
  });

  it("matches microsecond timestamps that fall between milliseconds", () => {
    const features = new Table({
      id: vectorFromArray([1, 1, 1], new Int32()), ts: vectorFromArray([2.5, 1.25, 2.25], new TimestampMicrosecond()),
      created: vectorFromArray([0, 0, 0], new TimestampMicrosecond()), x: vectorFromArray([1, 2, 3], new Float64()), label: vectorFromArray(["p", "q", "r"], new Utf8()),
    });
    const probe = new Table({id: vectorFromArray([1, 1, 1], new Int32()), event_timestamp: vectorFromArray([2.4, 2.5, 1.3], new TimestampMicrosecond())});
    expect(toPlain(pointInTimeJoinKernel(probe, [{view, table: features}])).v__label).toEqual(["r", "p", "q"]);
  });

  it("gathers strings across several record batches", () => {
    const part = (ids: number[], labels: string[]) => new Table({
      id: vectorFromArray(ids, new Int32()), ts: vectorFromArray(ids.map(() => 1), new TimestampMicrosecond()),
      created: vectorFromArray(ids.map(() => 0), new TimestampMicrosecond()), x: vectorFromArray(ids.map(() => 0), new Float64()), label: vectorFromArray(labels, new Utf8()),
    });
    const features = part([2], ["two"]).concat(part([1], ["one"]));
    expect(features.batches.length).toBe(2);
    expect(toPlain(pointInTimeJoinKernel(spine, [{view, table: features}])).v__label).toEqual(["one", "two", "one", null]);
  });

  it("throws when a view's table lacks a column", () => {
    expect(() => pointInTimeJoinKernel(spine, [{view, table: new Table({id: vectorFromArray([1], new Int32())})}])).toThrow(
      'pointInTimeJoinKernel requires column "ts" in view "v", got id',
    );
  });
});
