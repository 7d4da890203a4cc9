import {DataType, Float32, Float64, Int32, Int64, Table, Utf8, vectorFromArray} from "apache-arrow";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {jsDivergence} from "../../../lib/drift/index.js";
import {isClose, linfDistance, skewReport, skewReportSql, type SkewReport} from "../../../lib/skew/index.js";
import {arrowTable} from "../arrowTable.js";
import {engineFactories, useEngine} from "../engines.js";
import {bruteForce, skewPair, toTable} from "./skewData.js";

const key = ["id", "part"];

describe("isClose", () => {
  it("isClose(s, t) is numpy's isclose: the tolerance is relative to the training value", () => {
    // python3 -c "import numpy as np; print(np.isclose(100.001, 100, rtol=1e-6, atol=1e-9), np.isclose(100.001, 100, rtol=1e-6, atol=1e-2), np.isclose(1.5e-6, 1e-6, rtol=0.5, atol=0), np.isclose(1e-6, 1.5e-6, rtol=0.5, atol=0))"
    // False True False True
    expect([isClose(100.001, 100, 1e-6, 1e-9), isClose(100.001, 100, 1e-6, 1e-2), isClose(1.5e-6, 1e-6, 0.5, 0), isClose(1e-6, 1.5e-6, 0.5, 0)]).toEqual([false, true, false, true]);
  });
});

describe("linfDistance", () => {
  it("linfDistance(p, q) is the largest share difference over the categories of either", () => {
    expect(linfDistance(new Map([["a", 3], ["b", 1]]), new Map([["b", 1], ["c", 1]]))).toBe(0.75);
    expect(linfDistance(new Map([["a", 1]]), new Map())).toBeNull();
  });
});

describe("skewReport", () => {
  it("skewReport counts what a brute-force nested-loop join counts", () => {
    const {training, serving} = skewPair(3, 400, 25);
    const report = skewReport(toTable(training), toTable(serving), {key});
    const brute = bruteForce(training, serving);
    expect(report.rows.matched).toBe(brute.matched);
    expect(report.rows.training_only).toBe(training.length - brute.matched);
    expect(report.rows.serving_only).toBe(serving.length - brute.matched);
    for (const c of report.columns) {
      const col = c.column as "x" | "n" | "c" | "flag";
      expect([c.compared, c.equal, c.null_mismatch]).toEqual([brute.matched, brute.equal[col], brute.nullMismatch[col]]);
      if (col === "x" || col === "n") {
        const d = brute.diffs[col];
        expect(c.mean_abs_diff).toBeCloseTo(d.reduce((a, b) => a + b, 0) / d.length, 12);
        expect(c.max_abs_diff).toBe(Math.max(...d));
      } else expect([c.mean_abs_diff, c.max_abs_diff]).toEqual([null, null]);
    }
    expect(report.columns.map((c) => [c.column, c.kind, c.distribution.metric])).toEqual([["x", "numeric", "js"], ["n", "numeric", "js"], ["c", "categorical", "linf"], ["flag", "categorical", "linf"]]);
  });

  it("skewReport keeps the first differing rows by key, both values and |s − t|", () => {
    const training = arrowTable({id: ["int", [3, 1, 2, 4]], x: ["float", [1, 2, 3, null]], c: ["text", ["a", "b", null, "d"]]});
    const serving = arrowTable({id: ["int", [4, 2, 1, 3, 9]], x: ["float", [0, 3.5, 2, 1.0000000001, 5]], c: ["text", ["d", "c", "b", "a", "z"]]});
    const report = skewReport(training, serving, {key: ["id"], examples: 1});
    expect(report.rows).toEqual({training: 4, serving: 5, matched: 4, training_only: 0, serving_only: 1});
    const [x, c] = report.columns;
    expect(x!.mean_abs_diff).toBeCloseTo((0.5 + 1e-10) / 3, 15);
    expect(x).toMatchObject({equal: 2, match_rate: 0.5, null_mismatch: 1, max_abs_diff: 0.5, status: "fail", examples: [{key: [2], training: 3, serving: 3.5, abs_diff: 0.5}]});
    expect(c).toMatchObject({equal: 3, null_mismatch: 1, mean_abs_diff: null, examples: [{key: [2], training: null, serving: "c", abs_diff: null}]});
    // Categories: training a, b, d (⅓ each, the null left out); serving d, c, b, a, z (⅕ each): c and z differ by ⅕.
    expect(c!.distribution).toEqual({kind: "categorical", metric: "linf", value: 1 / 5});
  });

  it("skewReport's numeric distribution is drift's JS divergence over training's bins", () => {
    const training = arrowTable({id: ["int", [1, 2, 3, 4]], x: ["float", [1, 2, 3, 4]]});
    const serving = arrowTable({id: ["int", [1, 2, 3, 4]], x: ["float", [4, 4, 4, null]]});
    // bins 2: edge 2.5; training [2, 2], serving [0, 3].
    expect(skewReport(training, serving, {key: ["id"], bins: 2}).columns[0]!.distribution.value).toBe(jsDivergence([2, 2], [0, 3]));
  });

  it("skewReport joins 64-bit and 32-bit integer keys, and float32 serving within rtol is equal", () => {
    const training = new Table({id: vectorFromArray([1n, 2n], new Int64()), x: vectorFromArray([0.1, 1 / 3], new Float64())});
    const serving = new Table({id: vectorFromArray([2, 1], new Int32()), x: vectorFromArray([1 / 3, 0.1], new Float32())});
    const report = skewReport(training, serving, {key: ["id"]});
    expect(report.columns[0]).toMatchObject({equal: 2, status: "pass"});
    expect(report.columns[0]!.max_abs_diff).toBeGreaterThan(0);
    expect(skewReport(training, serving, {key: ["id"], rtol: 0, atol: 0}).columns[0]!.equal).toBe(0);
  });

  it("skewReport throws on a repeated key, naming it and the table", () => {
    const training = arrowTable({id: ["int", [1, 2, 2]], x: ["float", [1, 2, 3]]});
    const serving = arrowTable({id: ["int", [1, 2]], x: ["float", [1, 2]]});
    expect(() => skewReport(training, serving, {key: ["id"]})).toThrow(/id=2 twice in the training table/);
    expect(() => skewReport(serving, training, {key: ["id"]})).toThrow(/in the serving table/);
    expect(() => skewReport(training, serving, {key: ["nope"]})).toThrow(/key column "nope" in the training table/);
    expect(() => skewReport(serving, arrowTable({id: ["text", ["1", "2"]], x: ["float", [1, 2]]}), {key: ["id"]})).toThrow(/one joinable kind/);
  });

  it("skewReport: a null key part never matches, and an empty join fails every column", () => {
    const training = arrowTable({id: ["int", [null, null]], x: ["float", [1, 2]]});
    const report = skewReport(training, training, {key: ["id"]});
    expect(report.rows).toMatchObject({matched: 0, training_only: 2, serving_only: 2});
    expect(report.columns[0]).toMatchObject({compared: 0, match_rate: null, status: "fail"});
  });

  it("skewReport(t, t) has match rate 1 and distribution 0 (fast-check)", () => {
    fc.assert(fc.property(fc.integer({min: 1, max: 1e6}), fc.integer({min: 2, max: 120}), (seed, rows) => {
      const table = toTable(skewPair(seed, rows).training);
      const report = skewReport(table, table, {key});
      for (const c of report.columns) {
        expect(c.match_rate ?? 1).toBe(1);
        expect(c.distribution.value ?? 0).toBe(0);
        expect(c.examples).toEqual([]);
      }
    }), {numRuns: 40});
  });

  it("skewReport on one integer key (joined on numbers) equals the join on the same key as doubles (joined on key texts), repeated keys named alike (fast-check)", () => {
    const asDoubles = (table: Table) => new Table({...Object.fromEntries(table.schema.fields.map((f) => [f.name, table.getChild(f.name)!])), id: vectorFromArray(Array.from(table.getChild("id")!, (v) => (v === null ? null : Number(v))), new Float64())});
    fc.assert(fc.property(fc.integer({min: 1, max: 1e6}), fc.integer({min: 2, max: 150}), fc.integer({min: 0, max: 10}), (seed, rows, k) => {
      const {training, serving} = skewPair(seed, rows, k);
      const [t, s] = [toTable(training), toTable(serving)];
      const options = {key: ["id"], columns: ["x", "n", "c", "flag"], examples: 3};
      expect(DataType.isInt(t.getChild("id")!.type)).toBe(true);
      expect(skewReport(t, s, options)).toEqual(skewReport(asDoubles(t), asDoubles(s), options));
    }), {numRuns: 40});
    const twice = toTable(skewPair(3, 10).training.map((r) => ({...r, id: 4})));
    expect(() => skewReport(twice, twice, {key: ["id"]})).toThrow("skewReport requires each key at most once per table, got id=4 twice in the training table (rows 0 and 1)");
    expect(() => skewReport(asDoubles(twice), asDoubles(twice), {key: ["id"]})).toThrow("skewReport requires each key at most once per table, got id=4 twice in the training table (rows 0 and 1)");
  });

  it("skewReport finds exactly k unequal rows after k injected differences (fast-check)", () => {
    fc.assert(fc.property(fc.integer({min: 1, max: 1e6}), fc.integer({min: 20, max: 150}), fc.integer({min: 0, max: 15}), (seed, rows, k) => {
      const {training, serving} = skewPair(seed, rows);
      const changed = skewPair(seed, rows, k).serving;
      const injected = changed.filter((r, i) => JSON.stringify(r) !== JSON.stringify(serving[i])).length;
      const report = skewReport(toTable(training), toTable(changed), {key});
      expect(report.columns.reduce((n, c) => n + c.compared - c.equal, 0)).toBe(injected);
      expect(injected).toBe(Math.min(k, report.rows.matched));
    }), {numRuns: 40});
  });
});

/** Reports equal but for mean_abs_diff, which DuckDB's avg sums in its own order (1e-12 relative). */
function expectSameReport(sql: SkewReport, ts: SkewReport): void {
  const strip = (r: SkewReport) => ({...r, columns: r.columns.map((c) => ({...c, mean_abs_diff: c.mean_abs_diff === null ? null : 0}))});
  expect(strip(sql)).toEqual(strip(ts));
  sql.columns.forEach((c, i) => {
    const want = ts.columns[i]!.mean_abs_diff;
    if (want !== null) expect(Math.abs(c.mean_abs_diff! - want)).toBeLessThanOrEqual(1e-12 * Math.abs(want) + 1e-300);
  });
}

describe.each(engineFactories)("skewReportSql on %s", (_, create) => {
  const pair = skewPair(11, 600, 40);
  const tables = {training: toTable(pair.training), serving: toTable(pair.serving)};
  const odd = {
    odd_t: new Table({id: vectorFromArray([1n, 2n, 3n], new Int64()), x: vectorFromArray([0.1, NaN, 2], new Float64()), s: vectorFromArray(["é", "𝔸", "b"], new Utf8())}),
    odd_s: new Table({id: vectorFromArray([3, 2, 1], new Int32()), x: vectorFromArray([2, NaN, 0.1], new Float32()), s: vectorFromArray(["b", "𝔸", "ｅ"], new Utf8())}),
    dup: arrowTable({id: ["int", [5, 5, 1]], part: ["text", ["a", "a", "b"]], x: ["float", [1, 2, 3]]}),
    inf: arrowTable({id: ["int", [1]], part: ["text", ["a"]], x: ["float", [Infinity]]}),
  };
  const engine = useEngine(create, {...tables, ...odd});

  it("skewReportSql = skewReport on random tables with a composite key and injected differences", async () => {
    const want = skewReport(tables.training, tables.serving, {key, examples: 4});
    expect(want.columns.some((c) => c.status === "fail")).toBe(true);
    expectSameReport(await skewReportSql(engine(), "training", "serving", {key, examples: 4}), want);
  });

  it("skewReportSql = skewReport on mixed key types, float32, NaN and non-ASCII text", async () => {
    expectSameReport(await skewReportSql(engine(), "odd_t", "odd_s", {key: ["id"]}), skewReport(odd.odd_t, odd.odd_s, {key: ["id"]}));
  });

  it("skewReportSql = skewReport on random pairs, tolerances and example counts (fast-check)", async () => {
    await fc.assert(fc.asyncProperty(fc.integer({min: 1, max: 1e6}), fc.integer({min: 5, max: 150}), fc.integer({min: 0, max: 20}), fc.constantFrom(0, 1e-6, 0.01), fc.integer({min: 0, max: 3}), async (seed, rows, k, rtol, examples) => {
      const {training, serving} = skewPair(seed, rows, k);
      await engine().loadArrow("prop_t", toTable(training));
      await engine().loadArrow("prop_s", toTable(serving));
      const o = {key, rtol, examples};
      expectSameReport(await skewReportSql(engine(), "prop_t", "prop_s", o), skewReport(toTable(training), toTable(serving), o));
    }), {numRuns: 8});
  });

  it("skewReportSql throws on a repeated key (naming it) and on an infinite value", async () => {
    await expect(skewReportSql(engine(), "dup", "training", {key})).rejects.toThrow(/id=5, part="a" 2 times in the training table/);
    await expect(skewReportSql(engine(), "training", "inf", {key})).rejects.toThrow(/infinite value in column "x" of the serving table/);
  });
});
