import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {
  checkTransform, featureTable, frameSql, referenceVariant, runTransformCase, skewReport, toleranceSweep, transformCases, transformChecks, transformDifferences,
  transformEvents, transformEventsTable, transformVariant, transformVariantSql,
} from "../../../lib/skew/index.js";
import {generateWorld} from "../../../lib/synth/index.js";
import {arbitraryEvents} from "./transformData.js";

const W = 7 * 86_400_000;

describe("transformDifferences", () => {
  it("transformDifferences lists the rows that are not identical, in time order, with both values", () => {
    const e = {id: Int32Array.of(1, 2, 3, 4, 5), key: Int32Array.of(5, 6, 5, 6, 5), time: Float64Array.of(30, 20, 10, 40, 50), value: new Float64Array(5)};
    expect(transformDifferences(e, Float64Array.of(1, 2, 3, NaN, -0), Float64Array.of(1, 2.5, NaN, NaN, 0))).toEqual([
      {id: 3, key: 5, time: 10, reference: 3, candidate: null, abs_diff: null},
      {id: 2, key: 6, time: 20, reference: 2, candidate: 2.5, abs_diff: 0.5},
      {id: 5, key: 5, time: 50, reference: -0, candidate: 0, abs_diff: 0},
    ]);
    expect(() => transformDifferences(e, new Float64Array(5), new Float64Array(4))).toThrow("transformDifferences requires one value per event on each side (5), got 5 and 4");
  });

  it("transformDifferences has as many rows as transformChecks counts differing", () => {
    fc.assert(fc.property(arbitraryEvents, (e) => {
      const [a, b] = [transformVariant(e, referenceVariant, {windowMs: W, agg: "mean"}), transformVariant(e, {...referenceVariant, nulls: "fill-zero"}, {windowMs: W, agg: "mean"})];
      const cases = {agg: "mean" as const, outputs: transformCases.map((c) => transformVariant(c.events, referenceVariant, {windowMs: W, agg: "mean"}))};
      expect(transformDifferences(e, a, b).length).toBe(transformChecks(e, a, b, cases).differing);
    }), {numRuns: 50});
  });
});

describe("toleranceSweep", () => {
  it("toleranceSweep(r, c, rtols, atol) gives the skew report's match rate at each rtol", () => {
    fc.assert(fc.property(arbitraryEvents, fc.constantFrom(0, 1e-9, 0.01), (e, atol) => {
      const [a, b] = [transformVariant(e, referenceVariant, {windowMs: W, agg: "sum"}), transformVariant(e, {...referenceVariant, float: "float32"}, {windowMs: W, agg: "sum"})];
      const rtols = [1e-3, 1e-6, 1e-7, 1e-8, 0];
      const report = rtols.map((rtol) => skewReport(featureTable(e, a), featureTable(e, b), {key: ["txn_id"], rtol, atol}).columns[0]!.equal);
      expect(toleranceSweep(a, b, rtols, atol).map((s) => s.equal)).toEqual(report);
    }), {numRuns: 40});
  });

  it("toleranceSweep throws on a negative tolerance or sides of two lengths", () => {
    expect(() => toleranceSweep(Float64Array.of(1), Float64Array.of(1), [-1], 0)).toThrow("toleranceSweep requires rtol finite and ≥ 0, got -1");
    expect(() => toleranceSweep(Float64Array.of(1), new Float64Array(0), [0], 0)).toThrow("toleranceSweep requires two sides of one length, got 1 and 0");
  });
});

describe("doc examples of lib/skew's transform variants", () => {
  it("each @example gives its documented result", () => {
    const two = {id: Int32Array.of(1, 2), key: Int32Array.of(5, 5), time: Float64Array.of(0, 7), value: Float64Array.of(10, 20)};
    expect(Array.from(transformVariant(two, {closed: "left", nulls: "skip", float: "float64"}, {windowMs: 7, agg: "sum"}))).toEqual([NaN, 10]);
    expect(() => checkTransform("f", two, referenceVariant, {windowMs: 0, agg: "sum"})).toThrow("f requires windowMs a whole number of milliseconds > 0, got 0");
    expect(transformVariantSql("events", referenceVariant, {windowMs: 604_800_000, agg: "count"}).text.includes("RANGE BETWEEN (INTERVAL '7 days' - INTERVAL '1 microsecond') PRECEDING\n    AND CURRENT ROW")).toBe(true);
    expect(frameSql("left", 604_800_000)).toBe("RANGE BETWEEN INTERVAL '7 days' PRECEDING AND INTERVAL '1 microsecond' PRECEDING");
    expect(frameSql("right", 5_400_000)).toBe("RANGE BETWEEN (INTERVAL '90 minutes' - INTERVAL '1 microsecond') PRECEDING AND CURRENT ROW");
    expect(transformEvents(generateWorld({seed: 7, scale: "small", tables: ["transactions"]}).transactions, {windowMs: 604_800_000, boundaryShare: 0.01}).twin.reduce((a, b) => a + b)).toBe(997);
    expect(transformEventsTable({id: Int32Array.of(1), key: Int32Array.of(5), time: Float64Array.of(0), value: Float64Array.of(NaN)}).getChild("amount")!.nullCount).toBe(1);
    expect(featureTable({id: Int32Array.of(1, 2), key: Int32Array.of(5, 5), time: Float64Array.of(0, 1), value: Float64Array.of(1, 2)}, Float64Array.of(1, NaN)).getChild("feature")!.nullCount).toBe(1);
    expect(runTransformCase(transformCases[0]!, "sum", Float64Array.of(10, 35, 35, 100), 1e-6, 1e-9).failures.length).toBe(2);
    expect(transformChecks(transformCases[0]!.events, Float64Array.of(10, 25, 25, 100), Float64Array.of(10, 35, 35, 100), {agg: "sum", outputs: [Float64Array.of(10, 35, 35, 100), Float64Array.of(NaN, NaN, 30, 30), Float64Array.of(0.1, 0.8)]}).checks.map((c) => c.status)).toEqual(["fail", "fail", "fail", "pass", "pass"]);
    expect(transformDifferences({id: Int32Array.of(1, 2), key: Int32Array.of(5, 5), time: Float64Array.of(0, 1), value: Float64Array.of(1, 2)}, Float64Array.of(1, 3), Float64Array.of(1, NaN))).toEqual([{id: 2, key: 5, time: 1, reference: 3, candidate: null, abs_diff: null}]);
    expect(toleranceSweep(Float64Array.of(1, 100), Float64Array.of(1.000001, 100), [1e-5, 1e-7], 0)).toEqual([{rtol: 1e-5, equal: 2, match_rate: 1}, {rtol: 1e-7, equal: 1, match_rate: 0.5}]);
  });
});
