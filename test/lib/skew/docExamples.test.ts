import {Int32, tableFromArrays, vectorFromArray} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {
  checkTime, checkTolerance, compareKeys, comparisonSql, dayLabel, infiniteCounts, isClose, keyKind, keyRangeLabel, keyText, keyValue,
  linfDistance, localiseDefaults, localiseSkew, localiseSkewSql, repeatedKey, skewColumn, skewColumns, skewDefaults, skewReport, skewReportSql,
} from "../../../lib/skew/index.js";
import {customerProfile, customers, merchants, servedFeatures, transactions, worldServedFeatures} from "../../../lib/synth/index.js";
import {createNativeEngine} from "../../../src/engines/index.js";

// The @example lines of lib/skew and lib/synth's servedFeatures, run as written.
const start = Date.UTC(2026, 0, 1), population = customers(7, 100, start);
const tx = transactions(7, population, merchants(7, 20), {start, days: 30, count: 1000});
const profile = customerProfile(7, population, {start, days: 30});
const {served_features, recomputed_features} = servedFeatures(7, tx, profile, {rows: 500, centsShare: 0.05});

describe("doc examples of lib/skew", () => {
  it("the pure helpers give their documented results", () => {
    expect([isClose(100.001, 100, 1e-6, 1e-9), isClose(100.001, 100, 1e-6, 1e-2)]).toEqual([false, true]);
    expect(() => checkTolerance("f", 1e-6, -1)).toThrow("f requires atol finite and ≥ 0, got -1");
    expect(linfDistance(new Map([["a", 3], ["b", 1]]), new Map([["a", 1], ["b", 1]]))).toBe(0.25);
    const schema = tableFromArrays({id: Int32Array.of(1), amount: Float64Array.of(1)}).schema;
    expect(skewColumns("f", schema, schema, ["id"])).toEqual([{column: "amount", kind: "numeric"}]);
    expect([keyKind(new Int32()), keyValue(vectorFromArray([5n]), 0), compareKeys([1, "b"], [1, "a"]), keyText(["id", "day"], [5, "x"])]).toEqual(["number", 5, 1, 'id=5, day="x"']);
    expect(skewDefaults("f", {key: ["id"]}).rtol).toBe(0.000001);
    expect(skewColumn("x", "numeric", 4, {equal: 3, null_mismatch: 0, mean_abs_diff: 0.5, max_abs_diff: 2, examples: []}, {kind: "numeric", metric: "js", value: 0}, 0.99).status).toBe("fail");
    expect(comparisonSql("x", "categorical", {rtol: 1e-6, atol: 1e-9}).equal.text).toBe('coalesce("t"."x"::VARCHAR = "s"."x"::VARCHAR, "t"."x"::VARCHAR is null and "s"."x"::VARCHAR is null)');
    expect([localiseDefaults("f", {key: ["id"]}).leafRows, keyRangeLabel([3], undefined), dayLabel(20454)]).toEqual([64, "[3, ∞)", "2026-01-01"]);
    expect(() => checkTime("f", {schema}, {schema}, "amount")).toThrow('f requires time column "amount" as a timestamp in the training table, got Float64');
    expect(skewReport(tableFromArrays({id: Int32Array.of(1, 2), x: Float64Array.of(1, 2)}), tableFromArrays({id: Int32Array.of(2, 1), x: Float64Array.of(2, 1.5)}), {key: ["id"]}).columns[0]!.match_rate).toBe(0.5);
  });

  it("the served log's examples give their documented results, in TypeScript and in DuckDB", async () => {
    expect(servedFeatures(7, tx, profile, {rows: 50}).served_features.numRows).toBe(50);
    expect(worldServedFeatures({seed: 7, size: {customers: 100, transactions: 1000, merchants: 20}, days: 30}, {rows: 50}).recomputed_features.numRows).toBe(50);
    const where = await localiseSkew(recomputed_features, served_features, {key: ["request_id"], columns: ["amount"]});
    expect([where.columns[0]!.by_key.map((b) => b.unequal), where.fingerprints]).toEqual([[1, 2, 5, 3, 4, 6, 3, 3], 21]);
    const engine = await createNativeEngine();
    try {
      await engine.loadArrow("recomputed_features", recomputed_features);
      await engine.loadArrow("served_features", served_features);
      expect((await skewReportSql(engine, "recomputed_features", "served_features", {key: ["request_id"]})).rows.matched).toBe(500);
      expect(await repeatedKey(engine, "served_features", ["customer_id"])).toEqual({key: [1], count: 5});
      expect(await infiniteCounts(engine, "served_features", ["amount"])).toEqual({amount: 0});
      expect((await localiseSkewSql(engine, "recomputed_features", "served_features", {key: ["request_id"], columns: ["amount"]})).columns[0]!.by_key.map((b) => b.unequal)).toEqual([1, 2, 5, 3, 4, 6, 3, 3]);
    } finally {
      await engine.close();
    }
  });
});
