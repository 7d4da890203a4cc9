import {Table} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {featureTable, referenceVariant, runTransformCase, transformCases, transformChecks, transformEvents, transformEventsTable, transformVariant, transformVariants, type TransformVariant} from "../../../lib/skew/index.js";
import {generateWorld} from "../../../lib/synth/index.js";
import {arrowTable} from "../arrowTable.js";
import {events, list} from "./transformData.js";

const W = 7 * 86_400_000;
const world = generateWorld({seed: 7, scale: "small", tables: ["transactions"]}).transactions;
const outputs = (v: TransformVariant, agg: "sum" | "count" | "mean") => ({agg, outputs: transformCases.map((c) => transformVariant(c.events, v, {windowMs: W, agg}))});

describe("transformEvents", () => {
  const tx = arrowTable({
    txn_id: ["int", [1, 2, 3, 4]], customer_id: ["int", [7, 7, 8, 7]], event_timestamp: ["time", [0, 1000, 2000, 0]],
    amount: ["float", [1.5, null, 3, 9]], is_correction: ["bool", [false, false, false, true]],
  });

  it("transformEvents keeps one event per purchase (no correction), in table order", () => {
    const e = transformEvents(tx, {windowMs: W});
    expect([Array.from(e.id), Array.from(e.key), Array.from(e.time), list(e.value)]).toEqual([[1, 2, 3], [7, 7, 8], [0, 1000, 2000], [1.5, null, 3]]);
    expect([Array.from(e.twin), Array.from(e.nulled)]).toEqual([[0, 0, 0], [0, 0, 0]]);
  });

  it("transformEvents(all twins) adds a copy of every event exactly one window later, with new ids", () => {
    const e = transformEvents(tx, {windowMs: W, boundaryShare: 1, nullShare: 1});
    expect([Array.from(e.id), Array.from(e.key), Array.from(e.time)]).toEqual([[1, 2, 3, 5, 6, 7], [7, 7, 8, 7, 7, 8], [0, 1000, 2000, W, W + 1000, W + 2000]]);
    expect([list(e.value), Array.from(e.twin), Array.from(e.nulled)]).toEqual([[null, null, null, 1.5, null, 3], [0, 0, 0, 1, 1, 1], [1, 1, 1, 0, 0, 0]]);
  });

  it("transformEvents picks about the share asked for, a superset for a larger share, the same rows every time", () => {
    const picks = (share: number) => {
      const e = transformEvents(world, {windowMs: W, boundaryShare: share, nullShare: share});
      return {twins: new Set(Array.from(e.id).filter((_, i) => e.twin[i])).size, nulled: Array.from(e.id).filter((_, i) => e.nulled[i]), purchases: e.id.length - e.twin.reduce((a, b) => a + b, 0)};
    };
    const [small, large] = [picks(0.01), picks(0.05)];
    expect(small.twins).toBe(997);
    expect(small.purchases).toBe(99_726);
    expect(Math.abs(large.nulled.length / large.purchases - 0.05)).toBeLessThan(0.005);
    expect(small.nulled.every((id) => large.nulled.includes(id))).toBe(true);
    expect(picks(0.01)).toEqual(small);
  });

  it("transformEvents(until) keeps the purchases before it, and their twins", () => {
    const e = transformEvents(tx, {windowMs: W, boundaryShare: 1, until: 1000});
    expect([Array.from(e.id), Array.from(e.time)]).toEqual([[1, 5], [0, W]]);
  });

  it("transformEvents throws on a missing column or a share outside [0, 1]", () => {
    expect(() => transformEvents(tx, {windowMs: W, nullShare: 2})).toThrow("transformEvents requires nullShare in [0, 1], got 2");
    expect(() => transformEvents(tx.select(["txn_id"]), {windowMs: W})).toThrow('transformEvents requires column "customer_id", got txn_id');
  });

  it("transformEventsTable and featureTable write the columns the SQL and the checks read, nulls for NaN", () => {
    const e = events([5, 5], [0, 1000], [null, 2]);
    const t = transformEventsTable(e);
    expect(t.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual(["txn_id:Int32", "customer_id:Int32", "event_timestamp:Timestamp<MILLISECOND>", "amount:Float64"]);
    expect([t.getChild("amount")!.nullCount, t.getChild("event_timestamp")!.get(1)]).toEqual([1, 1000]);
    expect(featureTable(e, Float64Array.of(1, NaN)).getChild("feature")!.toArray().length).toBe(2);
    expect(featureTable(e, Float64Array.of(1, NaN)).getChild("feature")!.nullCount).toBe(1);
    expect(() => featureTable(e, Float64Array.of(1))).toThrow("featureTable requires one feature value per event, got 1 for 2 events");
  });
});

describe("runTransformCase", () => {
  it("runTransformCase: DESIGN's window passes every unit test, in every aggregate", () => {
    for (const c of transformCases) for (const agg of ["sum", "count", "mean"] as const) {
      expect([c.id, agg, runTransformCase(c, agg, transformVariant(c.events, referenceVariant, {windowMs: W, agg}), 1e-6, 1e-9).failures]).toEqual([c.id, agg, []]);
    }
  });

  it("runTransformCase names the failing rows, with null equal only to null", () => {
    expect(runTransformCase(transformCases[0]!, "sum", Float64Array.of(10, 35, 35, 100), 1e-6, 1e-9).failures).toEqual([{row: 1, expected: 25, got: 35}, {row: 2, expected: 25, got: 35}]);
    expect(runTransformCase(transformCases[1]!, "sum", Float64Array.of(0, NaN, 30, 30), 0, 0).failures).toEqual([{row: 0, expected: null, got: 0}]);
  });

  it("runTransformCase's decimals test holds a double sum to its tolerance: 0.1 + 0.7 is not 0.8 at rtol 0", () => {
    const decimals = transformCases[2]!, got = transformVariant(decimals.events, referenceVariant, {windowMs: W, agg: "sum"});
    expect(Array.from(got)).toEqual([0.1, 0.7999999999999999]);
    expect([runTransformCase(decimals, "sum", got, 0, 0).passed, runTransformCase(decimals, "sum", got, 1e-15, 0).passed]).toEqual([false, true]);
  });
});

describe("transformChecks", () => {
  const e = transformEvents(world, {windowMs: W, boundaryShare: 0.01});
  const reference = transformVariant(e, referenceVariant, {windowMs: W, agg: "sum"});
  const statuses = (id: string, agg: "sum" | "count" | "mean" = "sum", options = {}) => {
    const v = transformVariants.find((x) => x.id === id)!.variant;
    const r = agg === "sum" ? reference : transformVariant(e, referenceVariant, {windowMs: W, agg});
    return Object.fromEntries(transformChecks(e, r, transformVariant(e, v, {windowMs: W, agg}), outputs(v, agg), options).checks.map((c) => [c.id, c.status]));
  };

  it("transformChecks(reference, reference) passes every check, and gives the literal example's statuses", () => {
    const same = transformChecks(e, reference, reference, outputs(referenceVariant, "sum"));
    expect([same.differing, same.checks.every((c) => c.status === "pass")]).toEqual([0, true]);
    const example = transformChecks(transformCases[0]!.events, Float64Array.of(10, 25, 25, 100), Float64Array.of(10, 35, 35, 100), {agg: "sum", outputs: [Float64Array.of(10, 35, 35, 100), Float64Array.of(NaN, NaN, 30, 30), Float64Array.of(0.1, 0.8)]});
    expect(example.checks.map((c) => c.status)).toEqual(["fail", "fail", "fail", "pass", "pass"]);
  });

  it("transformChecks on the world: each variant is caught by the tests that look where it differs", () => {
    expect(statuses("closed-left")).toEqual({"fingerprint": "fail", "skew": "fail", "case:boundary": "fail", "case:nulls": "fail", "case:decimals": "fail"});
    // ~1% of rows are twins: at min-match 0.99 the skew report passes, the boundary unit test does not
    expect(statuses("closed-both")).toEqual({"fingerprint": "fail", "skew": "pass", "case:boundary": "fail", "case:nulls": "pass", "case:decimals": "pass"});
    expect(statuses("fill-zero", "count")).toEqual({"fingerprint": "fail", "skew": "fail", "case:boundary": "pass", "case:nulls": "fail", "case:decimals": "pass"});
    expect(statuses("sum-zero", "mean")).toEqual({"fingerprint": "pass", "skew": "pass", "case:boundary": "pass", "case:nulls": "pass", "case:decimals": "pass"});
    // float32 hides inside rtol 1e-6; rtol 1e-9 sees it, and so does the decimals test
    expect(statuses("float32")).toEqual({"fingerprint": "fail", "skew": "pass", "case:boundary": "pass", "case:nulls": "pass", "case:decimals": "pass"});
    expect(statuses("float32", "sum", {rtol: 1e-9})).toEqual({"fingerprint": "fail", "skew": "fail", "case:boundary": "pass", "case:nulls": "pass", "case:decimals": "fail"});
  });

  it("transformChecks counts differing rows bit for bit and null mismatches", () => {
    const v = transformVariant(e, transformVariants.find((x) => x.id === "sum-zero")!.variant, {windowMs: W, agg: "sum"});
    const c = transformChecks(e, reference, v, outputs(referenceVariant, "sum"));
    const nulls = list(reference).filter((x) => x === null).length;
    expect([c.differing, c.null_mismatch, c.rows]).toEqual([nulls, nulls, e.id.length]);
    expect(() => transformChecks(e, reference, v, {agg: "sum", outputs: []})).toThrow("transformChecks requires one output per unit test (3), got 0");
  });

  it("featureTable keeps Arrow's plain Table", () => {
    expect(featureTable(e, reference)).toBeInstanceOf(Table);
  });
});
