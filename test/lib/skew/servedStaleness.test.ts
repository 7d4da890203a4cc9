import {tableFromArrays} from "apache-arrow";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {differingRowsSql, servedRollout, servedStaleness, servedStalenessQuery, servedStalenessSql, stalestRows, skewCause, skewDashboard, skewDashboardSql, skewDays, skewRanking, skewSignals, skewThresholds} from "../../../lib/skew/index.js";
import {customerProfile, customers, merchants, servedFeatures, transactions} from "../../../lib/synth/index.js";
import {createNativeEngine} from "../../../src/engines/index.js";
import {arrowTable} from "../arrowTable.js";
import {engineFactories, useEngine} from "../engines.js";

const HOUR = 3_600_000;

/** For each served row: current (0), outdated (the time since the served value was superseded), unmatched (NaN); written as a plain scan over every version. */
function plainStaleness(served: {id: number; t: number; x: number | null}[], history: {id: number; e: number; x: number | null}[]): {kind: "current" | "outdated" | "unmatched"; ms: number}[] {
  return served.map((s) => {
    const versions = history.map((h, i) => ({...h, i})).filter((h) => h.id === s.id && h.e <= s.t).sort((a, b) => a.e - b.e || a.i - b.i);
    const values = [null, ...versions.map((v) => v.x)];
    let j = -1;
    values.forEach((v, k) => (v === s.x ? (j = k) : null));
    if (j === values.length - 1) return {kind: "current", ms: 0};
    return j < 0 ? {kind: "unmatched", ms: NaN} : {kind: "outdated", ms: s.t - versions[j]!.e};
  });
}

describe("servedStaleness", () => {
  it("servedStaleness is a plain scan over every version (property)", () => {
    const version = fc.record({id: fc.integer({min: 1, max: 4}), e: fc.integer({min: 0, max: 50}), x: fc.option(fc.integer({min: 0, max: 5}), {nil: null})});
    const request = fc.record({id: fc.integer({min: 1, max: 5}), t: fc.integer({min: 0, max: 60}), x: fc.option(fc.integer({min: 0, max: 5}), {nil: null})});
    fc.assert(fc.property(fc.array(version, {maxLength: 30}), fc.array(request, {minLength: 1, maxLength: 30}), (history, served) => {
      const got = servedStaleness(
        arrowTable({id: ["int", served.map((s) => s.id)], t: ["time", served.map((s) => s.t)], x: ["float", served.map((s) => s.x)]}),
        arrowTable({id: ["int", history.map((h) => h.id)], event_timestamp: ["time", history.map((h) => h.e)], x: ["float", history.map((h) => h.x)]}),
        {entity: "id", time: "t", columns: ["x"]},
      )[0]!;
      const want = plainStaleness(served, history);
      expect([...got.outdated_ms]).toEqual(want.map((w) => w.ms));
      const count = (kind: string) => want.filter((w) => w.kind === kind).length;
      expect([got.current, got.outdated, got.unmatched]).toEqual([count("current"), count("outdated"), count("unmatched")]);
      const outdated = want.filter((w) => w.kind === "outdated").map((w) => w.ms);
      expect(got.max_ms).toBe(outdated.length ? Math.max(...outdated) : null);
    }));
  });

  it("servedStaleness on servedFeatures: nothing outdated without lag; with 72 h of lag, outdated rows, none beyond 72 h", () => {
    const start = Date.UTC(2026, 0, 1), population = customers(7, 300, start);
    const tx = transactions(7, population, merchants(7, 60), {start, days: 60, count: 20_000});
    const profile = customerProfile(7, population, {start, days: 60});
    const stale = (stalenessHours: number) => servedStaleness(servedFeatures(7, tx, profile, {rows: 2000, stalenessHours}).served_features, profile, {entity: "customer_id", time: "request_time", columns: ["credit_limit", "segment"]});
    expect(stale(0).map((s) => [s.current, s.outdated, s.unmatched])).toEqual([[2000, 0, 0], [2000, 0, 0]]);
    const lagged = stale(72);
    expect(lagged[0]!.outdated).toBeGreaterThan(0);
    for (const s of lagged) expect([s.unmatched, s.max_ms! <= 72 * HOUR]).toEqual([0, true]);
  });

  it("servedStaleness throws naming a missing column", () => {
    const t = arrowTable({id: ["int", [1]], t: ["time", [0]]});
    expect(() => servedStaleness(t, t, {entity: "id", time: "t", columns: ["x"]})).toThrow(/servedStaleness requires a column "event_timestamp" in the history table/);
  });
});

describe("doc examples of the skew dashboard", () => {
  it("the @example lines give their documented results", async () => {
    expect(servedStaleness(tableFromArrays({id: [1], t: [100], x: [5]}), tableFromArrays({id: [1, 1], event_timestamp: [0, 60], x: [5, 7]}), {entity: "id", time: "t", columns: ["x"]})[0]!.max_ms).toBe(40);
    expect(skewThresholds({}).slaMs).toBe(86400000);
    expect(servedStalenessQuery("served", "history", {entity: "id", time: "t", column: "x", kind: "numeric"}).text.startsWith('with "t" as')).toBe(true);
    expect(stalestRows({outdated_ms: Float64Array.of(0, 5, NaN, 9)}, 2)).toEqual([3, 1]);
    expect(skewSignals({key: ["id"], rows: {training: 1, serving: 1, matched: 1, training_only: 0, serving_only: 0}, columns: [{column: "x", kind: "numeric", compared: 1, equal: 1, match_rate: 1, null_mismatch: 0, mean_abs_diff: 0, max_abs_diff: 0, distribution: {kind: "numeric", metric: "js", value: 0.02}, status: "pass", examples: []}]}, {columns: []}, [], {})[1]!.status).toBe("fail");
    expect(skewRanking([{id: "a/match_rate", column: "a", signal: "match_rate", status: "warn", value: 0.995, threshold: 0.99, message: ""}, {id: "b/match_rate", column: "b", signal: "match_rate", status: "fail", value: 0.9, threshold: 0.99, message: ""}]).map((f) => f.column)).toEqual(["b", "a"]);
    expect(skewCause({column: "x", kind: "numeric", compared: 2, equal: 1, match_rate: 0.5, null_mismatch: 0, mean_abs_diff: 99, max_abs_diff: 99, distribution: {kind: "numeric", metric: "js", value: 0}, status: "fail", examples: [{key: [1], training: 1, serving: 100, abs_diff: 99}]}, [])).toBe("unit");
    expect(skewDashboard(tableFromArrays({id: Int32Array.of(1, 2), x: Float64Array.of(1, 2)}), tableFromArrays({id: Int32Array.of(1, 2), x: Float64Array.of(100, 2)}), {key: ["id"]}).worst).toEqual({column: "x", cause: "unit"});
    expect(skewDays({key: ["id"], columns: [{column: "x", kind: "numeric", by_day: [{bucket: "2026-01-01", training_rows: 100, unequal: 2}], by_key: [], by_value: []}], fingerprints: 1, rows_compared: 0})[0]!.status).toBe("fail");
    expect([...servedRollout(tableFromArrays({t: [1, 2, 3], x: [0, 0, 0]}), tableFromArrays({t: [1, 2, 3], x: [9, 9, 9]}), "t", 2).getChild("x")!.toArray()]).toEqual([0, 9, 9]);
    expect(differingRowsSql("t", "s", {key: ["id"], column: "c", kind: "categorical"}).text.startsWith('select "t"."id"')).toBe(true);
    const start = Date.UTC(2026, 0, 1), population = customers(7, 100, start);
    const tx = transactions(7, population, merchants(7, 20), {start, days: 30, count: 1000});
    const {served_features, recomputed_features} = servedFeatures(7, tx, customerProfile(7, population, {start, days: 30}), {rows: 500, centsShare: 0.05});
    const engine = await createNativeEngine();
    try {
      await engine.loadArrow("recomputed_features", recomputed_features);
      await engine.loadArrow("served_features", served_features);
      expect((await skewDashboardSql(engine, "recomputed_features", "served_features", {key: ["request_id"]})).failing).toEqual(["amount"]);
    } finally {
      await engine.close();
    }
  });
});

describe.each(engineFactories)("servedStalenessSql on %s", (_, create) => {
  const version = fc.record({id: fc.integer({min: 1, max: 4}), e: fc.integer({min: 0, max: 50}), x: fc.option(fc.integer({min: 0, max: 5}), {nil: null})});
  const request = fc.record({id: fc.option(fc.integer({min: 1, max: 5}), {nil: null}), t: fc.integer({min: 0, max: 60}), x: fc.option(fc.integer({min: 0, max: 5}), {nil: null})});
  const engine = useEngine(create);
  let n = 0;

  it("servedStalenessSql = servedStaleness: counts and the largest superseded time, numbers and text, ties and nulls (property)", async () => {
    await fc.assert(fc.asyncProperty(fc.array(version, {maxLength: 25}), fc.array(request, {minLength: 1, maxLength: 25}), async (history, requests) => {
      const servedTable = arrowTable({id: ["int", requests.map((s) => s.id)], t: ["time", requests.map((s) => s.t)], x: ["float", requests.map((s) => s.x)], c: ["text", requests.map((s) => (s.x === null ? null : `v${s.x % 3}`))]});
      const historyTable = arrowTable({id: ["int", history.map((h) => h.id)], event_timestamp: ["time", history.map((h) => h.e)], x: ["float", history.map((h) => h.x)], c: ["text", history.map((h) => (h.x === null ? null : `v${h.x % 3}`))]});
      const [s, h] = [`served_${n}`, `history_${n++}`];
      await engine().loadArrow(s, servedTable);
      await engine().loadArrow(h, historyTable);
      const options = {entity: "id", time: "t", columns: ["x", "c"]};
      const want = servedStaleness(servedTable, historyTable, options).map(({outdated_ms: _, ...rest}) => rest);
      expect(await servedStalenessSql(engine(), s, h, options)).toEqual(want);
    }), {numRuns: 40});
  });

  it("servedStalenessSql on servedFeatures with 72 h of lag = servedStaleness", async () => {
    const start = Date.UTC(2026, 0, 1), population = customers(7, 300, start);
    const tx = transactions(7, population, merchants(7, 100), {start, days: 60, count: 20_000});
    const profile = customerProfile(7, population, {start, days: 60});
    const served = servedFeatures(7, tx, profile, {rows: 2000, stalenessHours: 72}).served_features;
    await engine().loadArrow("served_features", served);
    await engine().loadArrow("customer_profile", profile);
    const options = {entity: "customer_id", time: "request_time", columns: ["credit_limit", "segment"]};
    const got = await servedStalenessSql(engine(), "served_features", "customer_profile", options);
    expect(got).toEqual(servedStaleness(served, profile, options).map(({outdated_ms: _, ...rest}) => rest));
    expect(got[0]!.outdated).toBe(18);
  });
});
