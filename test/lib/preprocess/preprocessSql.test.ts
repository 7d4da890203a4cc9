import type {Table} from "apache-arrow";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {applyPreprocess, applyPreprocessSql, fitPreprocess, parseSpec, preprocessSql, specJson, type PreprocessSpec, type PreprocessStep} from "../../../lib/preprocess/index.js";
import {readFileSync, writeFileSync} from "node:fs";
import {tableColumns, type SqlFragment} from "../../../lib/sql/index.js";
import {generateWorld} from "../../../lib/synth/index.js";
import {arrowTable} from "../arrowTable.js";
import {engineFactories, useEngine} from "../engines.js";
import {preprocessTable} from "./preprocessData.js";

const DAY = 86_400_000;

/** Every step kind at least once, chained (impute → scale, clip of a count, windows after imputing). */
const allSteps: PreprocessStep[] = [
  {kind: "impute", column: "amount", strategy: "median", indicator: true, output: "amount_filled"},
  {kind: "standard", column: "amount_filled", output: "amount_std"},
  {kind: "minmax", column: "amount", output: "amount_mm"},
  {kind: "robust", column: "count"},
  {kind: "clip", column: "amount", quantiles: [0.05, 0.95], output: "amount_clip"},
  {kind: "clip", column: "count", output: "count_fenced"},
  {kind: "onehot", column: "city", min_frequency: 12},
  {kind: "ordinal", column: "city", output: "city_ordinal"},
  {kind: "target", column: "city", target: "label", smoothing: 5, folds: 4, seed: 9},
  {kind: "impute", column: "city", strategy: "most_frequent", output: "city_filled"},
  {kind: "window", column: "amount", key: "customer", time: "at", window_ms: 7 * DAY, agg: "sum", output: "amount_sum_7d"},
  {kind: "window", column: "amount", key: "customer", time: "at", window_ms: 3 * DAY, agg: "mean", output: "amount_mean_3d"},
  {kind: "window", column: "count", key: "customer", time: "at", window_ms: DAY, agg: "count", output: "n_1d"},
];

/**
 * TypeScript and SQL outputs equal: same columns in the same order, every value identical,
 * except window sums and means, which may differ by rounding: DuckDB's windowed sum adds the
 * frame's values in its segment tree's order, the TypeScript path in time order. Their
 * difference is bounded by 1e-12 of the largest |value| in the input times the row count.
 */
function expectSameOutput(sqlTable: Table, tsTable: Table, spec: PreprocessSpec, scale: number): void {
  const sql = tableColumns(sqlTable), ts = tableColumns(tsTable);
  expect(Object.keys(sql)).toEqual(Object.keys(ts));
  const windows = new Set(spec.transforms.filter((t) => t.kind === "window" && t.agg !== "count").map((t) => (t as {output: string}).output));
  for (const [name, want] of Object.entries(ts)) {
    const got = sql[name]!;
    if (!windows.has(name)) {
      expect(got, name).toEqual(want);
      continue;
    }
    got.forEach((g, i) => {
      const w = want[i];
      if (w === null || !Number.isFinite(w)) expect(g, `${name}[${i}]`).toBe(w);
      else expect(Math.abs((g as number) - (w as number)), `${name}[${i}]`).toBeLessThanOrEqual(1e-12 * scale * want.length);
    });
  }
}

/** Compares generated SQL with a reviewed file; UPDATE_GOLDEN=1 rewrites it. */
function expectGolden(query: SqlFragment, name: string): void {
  const path = new URL(`./__golden__/${name}`, import.meta.url);
  const text = `-- params: ${JSON.stringify(query.params)}\n${query.text}\n`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, "utf8"));
}

/** lib/synth's world (seed 7): 3,000 transactions over 90 days, the first 60 days to fit on. */
function worldWindows(): {fit: Table; later: Table} {
  const {transactions} = generateWorld({seed: 7, tables: ["transactions"], size: {transactions: 3000, customers: 200, merchants: 50}});
  const cut = Date.UTC(2026, 0, 1) + 60 * DAY;
  const times = transactions.getChild("event_timestamp")!.toArray() as Float64Array | BigInt64Array;
  let split = 0;
  while (split < transactions.numRows && Number(times[split]) < cut) split++;
  return {fit: transactions.slice(0, split), later: transactions.slice(split)};
}

const worldSteps: PreprocessStep[] = [
  {kind: "window", column: "amount", key: "customer_id", time: "event_timestamp", window_ms: 7 * DAY, agg: "sum", output: "amount_sum_7d"},
  {kind: "window", column: "amount", key: "customer_id", time: "event_timestamp", window_ms: DAY, agg: "count", output: "txn_count_1d"},
  {kind: "clip", column: "amount", iqr: 1.5, output: "amount_clipped"},
  {kind: "standard", column: "amount_clipped"},
  {kind: "robust", column: "amount", output: "amount_robust"},
  {kind: "onehot", column: "merchant_category", min_frequency: 0.05},
  {kind: "ordinal", column: "channel"},
  {kind: "target", column: "merchant_category", target: "amount", smoothing: 20, folds: 5, seed: 7},
];

describe.each(engineFactories)("preprocessSql on %s", (_, create) => {
  const train = preprocessTable(3, 400);
  const serve = preprocessTable(4, 150, ["ams", "ber", "oslo", "dub", "new"]);
  const world = worldWindows();
  const engine = useEngine(create, {train, serve, world_fit: world.fit, world_later: world.later});

  it("preprocessSql = applyPreprocess on lib/synth's world: fitted on 60 days, applied to them (out-of-fold) and to the next 30", async () => {
    const spec = fitPreprocess(world.fit, worldSteps);
    expectSameOutput(await applyPreprocessSql(engine(), spec, "world_fit", {training: true}), applyPreprocess(spec, world.fit, {training: true}), spec, 1e5);
    expectSameOutput(await applyPreprocessSql(engine(), spec, "world_later"), applyPreprocess(spec, world.later), spec, 1e5);
  });

  it("training: true requires the rows the spec was fitted on", async () => {
    const spec = fitPreprocess(train, [{kind: "target", column: "city", target: "label"}]);
    expect(() => applyPreprocess(spec, serve, {training: true})).toThrow("applyPreprocess: training: true requires the 400 training rows the spec was fitted on, got 150 rows");
    await expect(applyPreprocessSql(engine(), spec, "serve", {training: true})).rejects.toThrow("applyPreprocessSql: training: true requires the 400 training rows the spec was fitted on, got 150 rows");
  });

  it("preprocessSql(spec, table) = applyPreprocess on the training rows (out-of-fold) and on serving rows with unseen categories", async () => {
    const spec = fitPreprocess(train, allSteps);
    expectGolden(preprocessSql(spec, "train", {training: true}), "allSteps.sql");
    for (const [name, table, training] of [["train", train, true], ["train", train, false], ["serve", serve, false]] as const) {
      const ts = applyPreprocess(spec, table, {training});
      expectSameOutput(await applyPreprocessSql(engine(), spec, name, {training}), ts, spec, 1e4);
    }
  });

  it("preprocessSql equals applyPreprocess for random specs and data (nulls, NaN, ties, unseen categories, tied times); each spec round-trips through JSON (property)", async () => {
    const row = fc.record({
      x: fc.oneof({weight: 6, arbitrary: fc.integer({min: -6, max: 6})}, {weight: 1, arbitrary: fc.constant(null)}, {weight: 1, arbitrary: fc.constant(NaN)}),
      c: fc.oneof({weight: 5, arbitrary: fc.constantFrom("a", "b", "c", "d", "é")}, {weight: 1, arbitrary: fc.constant(null)}),
      y: fc.constantFrom(0, 1, 0.5),
      k: fc.oneof({weight: 5, arbitrary: fc.constantFrom("k1", "k2", "k3")}, {weight: 1, arbitrary: fc.constant(null)}),
      t: fc.oneof({weight: 8, arbitrary: fc.integer({min: 0, max: 12}).map((h) => Date.UTC(2026, 0, 1) + h * 6 * 3_600_000)}, {weight: 1, arbitrary: fc.constant(null)}),
    });
    const rows = fc.array(row, {minLength: 1, maxLength: 30});
    const step = fc.oneof(
      fc.constantFrom<PreprocessStep>(
        {kind: "standard", column: "x"}, {kind: "minmax", column: "x", output: "x_mm"}, {kind: "robust", column: "x", output: "x_rb"},
        {kind: "onehot", column: "c"}, {kind: "onehot", column: "c", min_frequency: 3}, {kind: "ordinal", column: "c", output: "c_ord"},
        {kind: "impute", column: "x", strategy: "mean", indicator: true}, {kind: "impute", column: "x", strategy: "most_frequent", output: "x_mf"},
        {kind: "impute", column: "c", strategy: "constant", output: "c_filled"}, {kind: "clip", column: "x", iqr: 0.5, output: "x_clip"},
        {kind: "clip", column: "x", quantiles: [0.2, 0.7]},
      ),
      fc.record({smoothing: fc.constantFrom(0, 1, 10), folds: fc.integer({min: 2, max: 5}), seed: fc.nat(1000)}).map((o): PreprocessStep => ({kind: "target", column: "c", target: "y", ...o})),
      fc.record({w: fc.integer({min: 1, max: 4}), agg: fc.constantFrom("sum", "count", "mean")}).map(({w, agg}): PreprocessStep => ({kind: "window", column: "x", key: "k", time: "t", window_ms: w * 6 * 3_600_000, agg, output: `w_${agg}_${w}`})),
    );
    const asTable = (r: {x: number | null; c: string | null; y: number; k: string | null; t: number | null}[]) => arrowTable({
      // the first row has every value, so every step has something to fit on
      x: ["float", [1.5, ...r.map((v) => (v.x === null || Number.isNaN(v.x) ? v.x : v.x / 3))]], c: ["text", ["b", ...r.map((v) => v.c)]], y: ["float", [1, ...r.map((v) => v.y)]],
      k: ["text", ["k1", ...r.map((v) => v.k)]], t: ["time", [Date.UTC(2026, 0, 1), ...r.map((v) => v.t)]],
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(rows, rows, fc.array(step, {minLength: 1, maxLength: 5}), fc.boolean(), async (a, b, steps, training) => {
        const [fitOn, applyTo] = [asTable(a), asTable(b.map((v) => ({...v, c: v.c === "d" ? "unseen" : v.c})))];
        const spec = fitPreprocess(fitOn, steps);
        expect(parseSpec(specJson(spec))).toEqual(spec);
        const names = [`p_fit_${run}`, `p_apply_${run++}`];
        await engine().loadArrow(names[0]!, fitOn);
        await engine().loadArrow(names[1]!, applyTo);
        expectSameOutput(await engine().query(preprocessSql(spec, names[0]!, {training})), applyPreprocess(spec, fitOn, {training}), spec, 2);
        expectSameOutput(await engine().query(preprocessSql(spec, names[1]!)), applyPreprocess(spec, applyTo), spec, 2);
      }),
      {numRuns: 30},
    );
  });

  it("infinite values pass through both paths alike (a window holding +∞ and −∞ is null in both)", async () => {
    const fitOn = arrowTable({x: ["float", [1, 2, 3]], k: ["text", ["a", "a", "b"]], t: ["time", [0, 1, 2]]});
    const applyTo = arrowTable({x: ["float", [Infinity, -Infinity, Infinity, 5]], k: ["text", ["a", "a", "b", "b"]], t: ["time", [0, 1, 2, 3]]});
    const spec = fitPreprocess(fitOn, [
      {kind: "window", column: "x", key: "k", time: "t", window_ms: 10, agg: "sum", output: "w"}, {kind: "standard", column: "x"},
      {kind: "clip", column: "x", quantiles: [0, 1], output: "x_clip"},
    ]);
    await engine().loadArrow("infinities", applyTo);
    const ts = applyPreprocess(spec, applyTo);
    expect(tableColumns(ts).w).toEqual([Infinity, null, Infinity, Infinity]);
    expectSameOutput(await engine().query(preprocessSql(spec, "infinities")), ts, spec, 1);
  });

  it("applyPreprocessSql refuses a missing column and a column of another kind, naming it, as applyPreprocess does", async () => {
    const spec = fitPreprocess(train, [{kind: "standard", column: "amount"}, {kind: "onehot", column: "city"}]);
    await engine().loadArrow("wrong_kind", arrowTable({amount: ["text", ["1"]], city: ["text", ["a"]]}));
    await engine().loadArrow("missing", arrowTable({city: ["text", ["a"]]}));
    await expect(applyPreprocessSql(engine(), spec, "wrong_kind")).rejects.toThrow('applyPreprocessSql: column "amount" expected numeric (as fitted), got text');
    await expect(applyPreprocessSql(engine(), spec, "missing")).rejects.toThrow('applyPreprocessSql: the spec needs column "amount" (numeric), the table has no such column');
    await expect(applyPreprocessSql(engine(), spec, "nowhere")).rejects.toThrow('applyPreprocessSql: there is no table "nowhere"');
  });
});

describe("preprocessSql", () => {
  it("binds every fitted value and category as a parameter and quotes every identifier", () => {
    const spec = fitPreprocess(arrowTable({'we"ird': ["float", [1, 2]], c: ["text", ["x'); drop table t; --", "b"]]}), [{kind: "minmax", column: 'we"ird'}, {kind: "ordinal", column: "c"}]);
    const query = preprocessSql(spec, "t");
    expect(query.text).toContain('"we""ird"');
    expect(query.text).not.toContain("drop table");
    expect(query.params).toEqual([1, 1, "b", "x'); drop table t; --"]);
  });
});
