import {Float64, Int32, Table, tableFromArrays, vectorFromArray} from "apache-arrow";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {comparisonFromStatistics, pairedComparison, pairedStatisticsSql, pairsByUnit, pairsByUnitSql} from "../../../lib/release/index.js";
import {modelDaily} from "../../../lib/synth/index.js";
import {sql} from "../../../lib/sql/index.js";
import {camel, engineFactories, rowsOf, useEngine} from "../engines.js";

const close = (actual: number, expected: number, tol = 1e-13) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected)));

const n = 200;
const base = Array.from({length: n}, (_, i) => ((i * 7919) % 1009) / 1009);
const pairs = new Table({
  baseline: vectorFromArray(base.map((b, i) => (i % 11 === 3 ? null : i % 17 === 4 ? NaN : b)), new Float64()),
  candidate: vectorFromArray(base.map((b, i) => (i % 13 === 5 ? null : b + (((i * 104729) % 997) / 997 - 0.45) * 0.1)), new Float64()),
  ints: vectorFromArray(Array.from({length: n}, (_, i) => (i * 37) % 101), new Int32()),
});
const daily = modelDaily(7, {start: Date.UTC(2026, 0, 1), days: 60, dailyRequests: 1000});

describe("comparisonFromStatistics", () => {
  it("comparisonFromStatistics(pairedComparison's statistics) is pairedComparison", () => {
    const r = pairedComparison([0.72, 0.73, 0.71, 0.74, 0.72], [0.74, 0.75, 0.73, 0.76, 0.75], {confidence: 0.9});
    const {n, dropped, baselineMean, candidateMean, meanDelta, sdDelta} = r;
    expect(comparisonFromStatistics({n, dropped, baselineMean, candidateMean, meanDelta, sdDelta}, 0.9)).toEqual(r);
    expect(comparisonFromStatistics({n: 5, dropped: 0, baselineMean: 0.724, candidateMean: 0.746, meanDelta: 0.022, sdDelta: 0.004472135954999579}, 0.95).se).toBe(0.0019999999999999996);
    expect(() => comparisonFromStatistics({n: 1, dropped: 0, baselineMean: 0, candidateMean: 0, meanDelta: 0, sdDelta: 0})).toThrow("comparisonFromStatistics requires n ≥ 2 pairs, got 1");
  });
});

describe("pairsByUnit", () => {
  it("pairsByUnit pairs a long table by unit, ascending, null for a missing arm", () => {
    const t = tableFromArrays({day: [2, 1, 1, 2, 3], model: ["candidate", "baseline", "candidate", "baseline", "candidate"], auc: [0.9, 0.8, 0.85, 0.7, 0.6]});
    expect(pairsByUnit(t, {unit: "day", arm: "model", metric: "auc"})).toEqual({unit: [1, 2, 3], baseline: [0.8, 0.7, null], candidate: [0.85, 0.9, 0.6], delta: [0.85 - 0.8, 0.9 - 0.7, null]});
    expect(pairsByUnit(tableFromArrays({day: [1, 1, 2], model: ["baseline", "candidate", "baseline"], auc: [0.8, 0.9, 0.7]}), {unit: "day", arm: "model", metric: "auc"})).toEqual({unit: [1, 2], baseline: [0.8, 0.7], candidate: [0.9, null], delta: [0.9 - 0.8, null]});
  });

  it("pairsByUnit throws on a unit seen twice in one arm or a missing column", () => {
    const t = tableFromArrays({day: [1, 1], model: ["baseline", "baseline"], auc: [0.8, 0.9]});
    expect(() => pairsByUnit(t, {unit: "day", arm: "model", metric: "auc"})).toThrow('pairsByUnit requires one row per day and model, got two for day 1 and model "baseline"');
    expect(() => pairsByUnit(t, {unit: "day", arm: "model", metric: "precision"})).toThrow('pairsByUnit requires a column "precision", got day, model, auc');
  });
});

describe.each(engineFactories)("pairedStatisticsSql on %s", (_kind, create) => {
  const engine = useEngine(create, {pairs, model_daily: daily});

  it("pairedStatisticsSql equals pairedComparison's statistics (nulls and NaN dropped and counted) to 1e-13", async () => {
    const [row] = camel(await rowsOf(engine(), pairedStatisticsSql("pairs", "baseline", "candidate")));
    const ts = pairedComparison([...pairs.getChild("baseline")!], [...pairs.getChild("candidate")!]);
    expect([row!.n, row!.dropped]).toEqual([ts.n, ts.dropped]);
    for (const key of ["baselineMean", "candidateMean", "meanDelta", "sdDelta", "se", "t"] as const) close(row![key] as number, ts[key]);
    const finished = comparisonFromStatistics(row as never, 0.95);
    close(finished.pValue, ts.pValue);
    close(finished.ci[0], ts.ci[0]);
    close(finished.ci[1], ts.ci[1]);
  });

  it("pairsByUnitSql + pairedStatisticsSql on model_daily equal pairsByUnit + pairedComparison, for every metric", async () => {
    for (const metric of ["auc", "precision", "p95_latency_ms", "error_rate"]) {
      const options = {unit: "day", arm: "model", metric};
      const sqlPairs = await rowsOf(engine(), pairsByUnitSql("model_daily", options));
      const ts = pairsByUnit(daily, options);
      expect(sqlPairs.map((r) => [Number(r.unit), r.baseline, r.candidate, r.delta])).toEqual(ts.unit.map((u, i) => [u, ts.baseline[i], ts.candidate[i], ts.delta[i]]));
      await engine().query(sql`create or replace table daily_pairs as ${pairsByUnitSql("model_daily", options)}`);
      const [row] = camel(await rowsOf(engine(), pairedStatisticsSql("daily_pairs", "baseline", "candidate")));
      const reference = pairedComparison(ts.baseline, ts.candidate);
      expect(row!.n).toBe(60);
      for (const key of ["meanDelta", "sdDelta", "se", "t"] as const) close(row![key] as number, reference[key]);
    }
  });

  it("pairedStatisticsSql of constant deltas has se 0 and t Infinity (or NaN when all are 0), as pairedComparison", async () => {
    await engine().loadArrow("constant", new Table({b: vectorFromArray([1, 2, 3], new Float64()), c: vectorFromArray([2, 3, 4], new Float64()), z: vectorFromArray([1, 2, 3], new Float64())}));
    const [shifted] = camel(await rowsOf(engine(), pairedStatisticsSql("constant", "b", "c")));
    const [same] = camel(await rowsOf(engine(), pairedStatisticsSql("constant", "b", "z")));
    expect([shifted!.se, shifted!.t, same!.t]).toEqual([0, Infinity, NaN]);
    expect([pairedComparison([1, 2, 3], [2, 3, 4]).t, pairedComparison([1, 2, 3], [1, 2, 3]).t]).toEqual([Infinity, NaN]);
  });

  it("pairedStatisticsSql casts integer columns and agrees on random pairs with nulls (property)", async () => {
    const [row] = camel(await rowsOf(engine(), pairedStatisticsSql("pairs", "ints", "baseline")));
    close(row!.meanDelta as number, pairedComparison([...pairs.getChild("ints")!], [...pairs.getChild("baseline")!]).meanDelta);
    const value = fc.option(fc.double({min: -1e3, max: 1e3, noNaN: true}), {nil: null});
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(value, value), {minLength: 3, maxLength: 50}), async (rows) => {
      const b = rows.map((r) => r[0]), c = rows.map((r) => r[1]);
      const complete = rows.filter((r) => r[0] !== null && r[1] !== null).length;
      if (complete < 2) return;
      await engine().loadArrow("random_pairs", new Table({b: vectorFromArray(b, new Float64()), c: vectorFromArray(c, new Float64())}));
      const [sqlRow] = camel(await rowsOf(engine(), pairedStatisticsSql("random_pairs", "b", "c")));
      const ts = pairedComparison(b, c);
      expect([sqlRow!.n, sqlRow!.dropped]).toEqual([ts.n, ts.dropped]);
      const scale = Math.max(1, ...rows.flat().filter((x): x is number => x !== null).map(Math.abs));
      expect(Math.abs((sqlRow!.meanDelta as number) - ts.meanDelta)).toBeLessThanOrEqual(1e-12 * scale);
      expect(Math.abs((sqlRow!.sdDelta as number) - ts.sdDelta)).toBeLessThanOrEqual(1e-9 * scale);
    }), {numRuns: 25});
  });
});
