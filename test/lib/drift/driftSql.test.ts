import {readFileSync, writeFileSync} from "node:fs";
import {Bool, Float64, Int32, Table, Utf8, vectorFromArray} from "apache-arrow";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {
  binCountsOf, binCountsSql, categoricalBinning, distancesSql, driftOverTime, driftOverTimeSql, driftReport, driftReportSql,
  numericBinning, orderStatisticsSql, referenceEdgesSql, type DriftReport,
} from "../../../lib/drift/index.js";
import type {SqlFragment} from "../../../lib/sql/index.js";
import {driftWindows} from "../../../lib/synth/driftWindows.js";
import {engineFactories, rowsOf, useEngine} from "../engines.js";
import {bell, categories, dailyTable, goldenTables} from "./driftData.js";

/** Compares generated SQL with a reviewed file; UPDATE_GOLDEN=1 rewrites it. */
function expectGolden(query: SqlFragment, name: string): void {
  const path = new URL(`./__golden__/${name}`, import.meta.url);
  const text = `-- params: ${JSON.stringify(query.params)}\n${query.text}\n`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, "utf8"));
}

/** Reports equal but for Wasserstein, which SQL sums in another order (1e-12 relative). */
function expectSameReport(sql: DriftReport, ts: DriftReport): void {
  expect(sql.columns.map((c) => ({...c, wasserstein: null}))).toEqual(ts.columns.map((c) => ({...c, wasserstein: null})));
  sql.columns.forEach((c, i) => {
    const want = ts.columns[i]!.wasserstein;
    if (want === null) expect(c.wasserstein).toBeNull();
    else expect(Math.abs(c.wasserstein! - want)).toBeLessThanOrEqual(1e-12 * Math.abs(want) + 1e-300);
  });
}

const DAY = 86_400_000;
const edgeCases = {
  ref: new Table({
    nulls: vectorFromArray([1, 2, 3, 4], new Float64()),
    nan: vectorFromArray([1, NaN, 3, 4], new Float64()),
    constant: vectorFromArray([5, 5, 5, 5], new Float64()),
    inf: vectorFromArray([1, 2, 3, 4], new Float64()),
    text: vectorFromArray(["a", "b", null, "a"], new Utf8()),
    flag: vectorFromArray([true, false, null, true], new Bool()),
  }),
  cur: new Table({
    nulls: vectorFromArray([null, null, NaN, null], new Float64()),
    nan: vectorFromArray([NaN, 2, 3, 3], new Float64()),
    constant: vectorFromArray([4, 5, 5, 6], new Float64()),
    inf: vectorFromArray([1, Infinity, 3, 4], new Float64()),
    text: vectorFromArray(["c", "b", "c", "a"], new Utf8()),
    flag: vectorFromArray([false, false, true, true], new Bool()),
  }),
};

describe.each(engineFactories)("drift SQL twins on %s", (_, create) => {
  const windows = driftWindows(7, 3000, {strength: 1, categoryShift: 1, skew: 0.02});
  const golden = goldenTables();
  const engine = useEngine(create, {
    drift_reference: windows.drift_reference, drift_current: windows.drift_current,
    golden_reference: golden.reference, golden_current: golden.current,
    edge_reference: edgeCases.ref, edge_current: edgeCases.cur, edge_empty: edgeCases.cur.slice(0, 0),
    days: dailyTable(),
  });

  it("driftReportSql(engine, reference, current) equals driftReport on lib/synth's drift windows", async () => {
    const ts = driftReport(windows.drift_reference, windows.drift_current);
    expect(ts.columns.map((c) => c.status)).toContain("drift");
    expectSameReport(await driftReportSql(engine(), "drift_reference", "drift_current"), ts);
  });

  it("driftReportSql(…, {distances: false}) leaves KS and Wasserstein null and every binned metric as it was, like driftReport", async () => {
    const full = driftReport(windows.drift_reference, windows.drift_current);
    const binned = driftReport(windows.drift_reference, windows.drift_current, {distances: false});
    expect(binned.columns.map((c) => [c.ks, c.ks_p_value, c.wasserstein])).toEqual(full.columns.map(() => [null, null, null]));
    expect(binned.columns.map(({ks, ks_p_value, wasserstein, ...rest}) => rest)).toEqual(full.columns.map(({ks, ks_p_value, wasserstein, ...rest}) => rest));
    expectSameReport(await driftReportSql(engine(), "drift_reference", "drift_current", {distances: false}), binned);
  });

  it("driftReportSql equals driftReport with other bins, eps and bands, and with more drift", async () => {
    const options = {bins: 7, eps: 1e-4, warn: 0.05, threshold: 0.2, columns: ["txn_count_7d", "channel", "amount"]};
    expectSameReport(await driftReportSql(engine(), "drift_reference", "drift_current", options), driftReport(windows.drift_reference, windows.drift_current, options));
    expectSameReport(await driftReportSql(engine(), "golden_reference", "golden_current"), driftReport(golden.reference, golden.current));
  });

  it("driftReportSql gives the same no_data reasons and edge cases as driftReport (all null, NaN, constant, ±Infinity, a new category, no rows)", async () => {
    expectSameReport(await driftReportSql(engine(), "edge_reference", "edge_current"), driftReport(edgeCases.ref, edgeCases.cur));
    expectSameReport(await driftReportSql(engine(), "edge_reference", "edge_empty"), driftReport(edgeCases.ref, edgeCases.cur.slice(0, 0)));
    expectSameReport(await driftReportSql(engine(), "edge_empty", "edge_reference"), driftReport(edgeCases.cur.slice(0, 0), edgeCases.ref));
  });

  it("driftReportSql equals driftReport on random windows with ties, nulls and few values (property)", async () => {
    const column = fc.array(fc.oneof({weight: 6, arbitrary: fc.integer({min: -5, max: 5})}, {weight: 1, arbitrary: fc.constant(null)}), {minLength: 1, maxLength: 40});
    const text = fc.array(fc.oneof(fc.constantFrom("a", "b", "c", "d"), fc.constant(null)), {minLength: 1, maxLength: 40});
    let run = 0;
    await fc.assert(
      fc.asyncProperty(column, column, text, fc.integer({min: 2, max: 12}), fc.nat(3), async (a, b, s, bins, scale) => {
        const table = (x: (number | null)[], t: (string | null)[]) =>
          new Table({x: vectorFromArray(x.map((v) => (v === null ? null : v / [1, 3, 7, 10][scale]!)), new Float64()), n: vectorFromArray(x, new Int32()), s: vectorFromArray(Array.from(x, (_, i) => t[i % t.length]!), new Utf8())});
        const [ref, cur] = [table(a, s), table(b, [...s].reverse())];
        const names = [`prop_ref_${run}`, `prop_cur_${run++}`];
        await engine().loadArrow(names[0]!, ref);
        await engine().loadArrow(names[1]!, cur);
        expectSameReport(await driftReportSql(engine(), names[0]!, names[1]!, {bins}), driftReport(ref, cur, {bins}));
      }),
      {numRuns: 25},
    );
  });

  it("driftReportSql refuses a missing column and a kind mismatch like driftReport", async () => {
    await expect(driftReportSql(engine(), "drift_reference", "edge_current", {columns: ["amount"]})).rejects.toThrow('driftReportSql requires column "amount" in the current table');
    await expect(driftReportSql(engine(), "edge_reference", "edge_current", {columns: ["zzz"]})).rejects.toThrow(/requires column "zzz" in the reference table/);
  });

  it("referenceEdgesSql's quantile_cont edges are numericBinning's to 1e-12 relative", async () => {
    const [row] = await rowsOf(engine(), referenceEdgesSql("drift_reference", ["amount", "txn_count_7d"], 10));
    for (const column of ["amount", "txn_count_7d"]) {
      const values = Array.from(windows.drift_reference.getChild(column)!.toArray() as ArrayLike<number>, Number);
      const edges = numericBinning(values, 10).edges;
      const sqlEdges = [...new Set([...(row![column] as Iterable<number>)])];
      expect(sqlEdges.length).toBe(edges.length);
      sqlEdges.forEach((e, i) => expect(Math.abs(e - edges[i]!)).toBeLessThanOrEqual(1e-12 * Math.abs(edges[i]!)));
    }
  });

  it("orderStatisticsSql picks the values at the ranks asked", async () => {
    const values = Array.from(windows.drift_reference.getChild("amount")!.toArray() as Float64Array).filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
    const ranks = [0, 1, 17, Math.floor(values.length / 2), values.length - 2, values.length - 1];
    const [row] = await rowsOf(engine(), orderStatisticsSql("drift_reference", {amount: {n: values.length, ranks}}));
    expect([...(row!.amount as Iterable<number>)]).toEqual(ranks.map((k) => values[k]));
  });

  it("binCountsSql counts every column's bins and nulls in one scan, as binAgainst", async () => {
    const amount = Array.from(windows.drift_reference.getChild("amount")!.toArray() as Float64Array);
    const binnings = {amount: numericBinning(amount, 10), channel: categoricalBinning(windows.drift_reference.getChild("channel")!.toArray() as string[])};
    const [row] = await rowsOf(engine(), binCountsSql("drift_reference", binnings));
    const counts = binCountsOf(binnings, row!);
    expect(counts.amount!.counts).toEqual(binnings.amount.counts);
    expect([counts.amount!.nulls, counts.amount!.infinite, counts.amount!.rows]).toEqual([binnings.amount.nulls, 0, 3000]);
    expect(binnings.channel.categories.map((c) => counts.channel!.categories.get(c))).toEqual(binnings.channel.counts);
  });

  it("distancesSql gives KS extremes and Wasserstein per column, null for a column without values", async () => {
    const rows = await rowsOf(engine(), distancesSql("edge_reference", "edge_current", ["nulls", "constant"]));
    expect(rows[0]).toMatchObject({column: 0, n1: 4, n2: 0});
    expect(rows[1]).toMatchObject({column: 1, n1: 4, n2: 4, dmax: 0.25, dmin: -0.25, wasserstein: 0.5});
  });

  it("driftOverTimeSql(table, {window: 'day'}) gives driftOverTime's rows", async () => {
    const amount = bell(20, 500), channel = categories(25, 500, ["web", "app", "pos"], [0.5, 0.3, 0.2]);
    const binnings = {amount: numericBinning(amount, 10), channel: categoricalBinning(channel)};
    const ts = driftOverTime(dailyTable(), {time: "at", windowMs: DAY, binnings});
    const rows = await rowsOf(engine(), driftOverTimeSql("days", {time: "at", window: "day", binnings}));
    expect(rows.map((r) => [r.window_start, r.column, r.n, r.null_share])).toEqual(ts.map((r) => [r.window_start, r.column, r.n, r.null_share]));
    rows.forEach((r, i) => {
      for (const key of ["psi", "js"] as const) expect(Math.abs((r[key] as number) - ts[i]![key])).toBeLessThanOrEqual(1e-12 * ts[i]![key] + 1e-15);
    });
  });

  it("driftOverTimeSql by the hour, with a window without values (psi null where driftOverTime has NaN)", async () => {
    const binnings = {amount: numericBinning(bell(20, 500), 4)};
    const ts = driftOverTime(dailyTable(), {time: "at", windowMs: 3_600_000, binnings, eps: 1e-6});
    const rows = await rowsOf(engine(), driftOverTimeSql("days", {time: "at", window: "hour", binnings, eps: 1e-6}));
    expect(rows).toHaveLength(ts.length);
    expect(rows.length).toBe(72);
    rows.forEach((r, i) => {
      expect([r.window_start, r.n, r.null_share]).toEqual([ts[i]!.window_start, ts[i]!.n, ts[i]!.null_share]);
      if (Number.isNaN(ts[i]!.psi)) expect(r.psi).toBeNull();
      else expect(Math.abs((r.psi as number) - ts[i]!.psi)).toBeLessThanOrEqual(1e-12 * ts[i]!.psi + 1e-15);
    });
    expect(ts.some((r) => Number.isNaN(r.psi))).toBe(true);
  });
});

describe("drift SQL text", () => {
  const binnings = {amount: {kind: "numeric" as const, edges: [1.5, 20.25], counts: [3, 4, 5], n: 12, nulls: 1}, 'odd "name"': {kind: "categorical" as const, categories: ["a", "b"], counts: [2, 3], n: 5, nulls: 0}};
  it("referenceEdgesSql binds the quantiles as exact text and quotes every identifier", () => expectGolden(referenceEdgesSql("drift reference", ["amount", 'odd "name"'], 4), "referenceEdgesSql.sql"));
  it("orderStatisticsSql asks quantile_disc for ranks at (k + ½)/n", () => expectGolden(orderStatisticsSql("t", {amount: {n: 10, ranks: [0, 4, 5, 9]}}), "orderStatisticsSql.sql"));
  it("binCountsSql bins every column in one scan", () => expectGolden(binCountsSql("drift_current", binnings), "binCountsSql.sql"));
  it("distancesSql builds KS and Wasserstein from both windows' CDFs", () => expectGolden(distancesSql("drift_reference", "drift_current", ["amount", "txn_count_7d"]), "distancesSql.sql"));
  it("driftOverTimeSql compares each day with the reference binning in one query", () => expectGolden(driftOverTimeSql("days", {time: "event_timestamp", window: "day", binnings}), "driftOverTimeSql.sql"));
});
