import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {differingRowsSql, localiseSkew, servedRollout, skewCause, skewDashboard, skewDashboardSql, skewDays, skewReport, skewSignals, skewThresholds, type SkewReport, type SkewThresholds} from "../../../lib/skew/index.js";
import {customerProfile, customers, merchants, servedFeatures, transactions, type ServedFeaturesOptions} from "../../../lib/synth/index.js";
import {arrowTable} from "../arrowTable.js";
import {engineFactories, rowsOf, useEngine} from "../engines.js";
import {bruteForce, skewPair, toTable, type Row} from "./skewData.js";

const key = ["id", "part"];

/** A one-column report with the given match rate and distribution skew. */
const oneColumn = (match_rate: number, skew: number): SkewReport => ({
  key: ["id"], rows: {training: 1000, serving: 1000, matched: 1000, training_only: 0, serving_only: 0},
  columns: [{column: "x", kind: "numeric", compared: 1000, equal: Math.round(1000 * match_rate), match_rate, null_mismatch: 0, mean_abs_diff: 0, max_abs_diff: 0, distribution: {kind: "numeric", metric: "js", value: skew}, status: "pass", examples: []}],
});
const nullShares = (reference: number, current: number) => ({columns: [{column: "x", kind: "numeric" as const, psi: 0, js: 0, ks: 0, ks_p_value: 1, wasserstein: 0, bins: 10, null_share_reference: reference, null_share_current: current, status: "ok" as const}]});
const staleFor = (max_ms: number | null) => [{column: "x", served: 1000, current: 990, outdated: max_ms === null ? 0 : 10, unmatched: 0, max_ms, outdated_ms: new Float64Array(0)}];
const statuses = (report: SkewReport, delta: [number, number], max: number | null, t: SkewThresholds = {}) => skewSignals(report, nullShares(...delta), staleFor(max), t).map((c) => c.status);

describe("skewSignals", () => {
  it("skewSignals judges every signal at its lines: match fails below minMatch, the others from their lines, freshness beyond the SLA", () => {
    const t = skewThresholds({});
    expect(statuses(oneColumn(t.minMatch, t.distributionWarn), [0, t.nullWarn], t.freshnessWarn * t.slaMs)).toEqual(["warn", "warn", "warn", "pass"]);
    expect(statuses(oneColumn(t.warnMatch, t.distributionFail), [t.nullFail, 0], t.slaMs)).toEqual(["pass", "fail", "fail", "warn"]);
    expect(statuses(oneColumn(t.minMatch - 1e-12, 0), [0, 0], t.slaMs + 1)).toEqual(["fail", "pass", "pass", "fail"]);
    expect(statuses(oneColumn(1, 0), [0.1, 0.1], null)).toEqual(["pass", "pass", "pass", "pass"]);
  });

  it("skewSignals' statuses are the bands written plainly, for any value and thresholds (property)", () => {
    const ordered = fc.tuple(fc.double({min: 1e-6, max: 1, noNaN: true}), fc.double({min: 1e-6, max: 1, noNaN: true})).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    fc.assert(fc.property(ordered, ordered, ordered, fc.double({min: 0, max: 1, noNaN: true}), fc.double({min: 0, max: 1, noNaN: true}), fc.double({min: -1, max: 1, noNaN: true}), fc.double({min: 0, max: 3e8, noNaN: true}), ([minMatch, warnMatch], [dw, df], [nw, nf], rate, skew, delta, age) => {
      const t = {minMatch, warnMatch, distributionWarn: dw, distributionFail: df, nullWarn: nw, nullFail: nf, slaMs: 1e8, freshnessWarn: 0.5};
      const plain = (x: number, warn: number, fail: number) => (x >= fail ? "fail" : x >= warn ? "warn" : "pass");
      const want = [rate < minMatch ? "fail" : rate < warnMatch ? "warn" : "pass", plain(skew, dw, df), plain(Math.abs(delta), nw, nf), age > 1e8 ? "fail" : age > 5e7 ? "warn" : "pass"];
      expect(statuses(oneColumn(rate, skew), [0, delta], age, t)).toEqual(want);
    }));
  });

  it("skewSignals gives no_data to freshness without a view history and to a column without joined rows", () => {
    const report = oneColumn(1, 0);
    report.columns[0] = {...report.columns[0]!, compared: 0, equal: 0, match_rate: null, distribution: {kind: "numeric", metric: "js", value: null}};
    expect(skewSignals(report, {columns: []}, []).map((c) => c.status)).toEqual(["no_data", "no_data", "no_data", "no_data"]);
  });

  it("skewThresholds throws on a warning line past its failing line", () => {
    expect(() => skewThresholds({minMatch: 0.99, warnMatch: 0.9})).toThrow(/skewThresholds requires 0 ≤ minMatch ≤ warnMatch ≤ 1/);
    expect(() => skewThresholds({nullWarn: 0})).toThrow(/0 < nullWarn/);
  });
});

describe("skewDashboard", () => {
  it("skewDashboard's match rates and null-rate deltas are a brute-force join's and plain null counts", () => {
    const {training, serving} = skewPair(11, 400, 40);
    const dash = skewDashboard(toTable(training), toTable(serving), {key});
    const brute = bruteForce(training, serving);
    const nullShare = (rows: Row[], col: keyof Row) => rows.filter((r) => r[col] === null || Number.isNaN(r[col])).length / rows.length;
    for (const col of ["x", "n", "c", "flag"] as const) {
      const cell = (signal: string) => dash.cells.find((c) => c.column === col && c.signal === signal)!;
      expect(cell("match_rate").value).toBe(brute.equal[col] / brute.matched);
      expect(cell("null_delta").value).toBeCloseTo(nullShare(serving, col) - nullShare(training, col), 15);
      expect(cell("freshness").status).toBe("no_data");
    }
    expect(dash.failing).toEqual(dash.report.columns.filter((c) => c.status === "fail").map((c) => c.column));
  });
});

describe.each(engineFactories)("skewDashboardSql and differingRowsSql on %s", (_, create) => {
  const {training, serving} = skewPair(12, 300, 30);
  const engine = useEngine(create, {training: toTable(training), serving: toTable(serving)});

  it("skewDashboardSql = skewDashboard: the same cells (values to 1e-12), ranking and worst feature", async () => {
    const thresholds = {minMatch: 0.95, distributionFail: 0.05};
    const want = skewDashboard(toTable(training), toTable(serving), {key, thresholds});
    const got = await skewDashboardSql(engine(), "training", "serving", {key, thresholds});
    expect(got.cells.map((c) => [c.id, c.status])).toEqual(want.cells.map((c) => [c.id, c.status]));
    got.cells.forEach((c, i) => (c.value === null ? expect(want.cells[i]!.value).toBeNull() : expect(c.value).toBeCloseTo(want.cells[i]!.value!, 12)));
    expect([got.ranking, got.worst, got.failing]).toEqual([want.ranking, want.worst, want.failing]);
  });

  it("differingRowsSql's first rows are the report's examples, in key order", async () => {
    const report = skewReport(toTable(training), toTable(serving), {key, examples: 4});
    for (const c of report.columns) {
      const rows = await rowsOf(engine(), differingRowsSql("training", "serving", {key, column: c.column, kind: c.kind, limit: 4}));
      const asReport = (v: unknown) => (v === null ? null : c.kind === "numeric" ? Number(v) : String(v));
      expect(rows.map((r) => ({key: [r.id, r.part], training: asReport(r.recomputed), serving: asReport(r.served)}))).toEqual(c.examples.map(({key, training, serving}) => ({key, training, serving})));
    }
  });
});

describe("skewDays", () => {
  it("skewDays counts per UTC day what a brute-force join counts that day", async () => {
    const day = 86_400_000, start = Date.UTC(2026, 0, 1);
    const rows = Array.from({length: 300}, (_, i) => ({id: i, t: start + Math.floor((i * day) / 37), x: i % 13}));
    const differs = (i: number) => i % 17 === 0 || (i > 200 && i % 3 === 0);
    const training = arrowTable({id: ["int", rows.map((r) => r.id)], t: ["time", rows.map((r) => r.t)], x: ["float", rows.map((r) => r.x)]});
    const serving = arrowTable({id: ["int", rows.map((r) => r.id)], t: ["time", rows.map((r) => r.t)], x: ["float", rows.map((r) => (differs(r.id) ? r.x + 1 : r.x))]});
    const got = skewDays(await localiseSkew(training, serving, {key: ["id"], columns: ["x"], time: "t", leafRows: 8}));
    const want = new Map<string, {rows: number; unequal: number}>();
    for (const r of rows) {
      const d = new Date(r.t).toISOString().slice(0, 10);
      const w = want.get(d) ?? {rows: 0, unequal: 0};
      w.rows++;
      if (differs(r.id)) w.unequal++;
      want.set(d, w);
    }
    expect(got.map((d) => [d.day, d.rows, d.unequal])).toEqual([...want].map(([d, w]) => [d, w.rows, w.unequal]));
    expect(got.map((d) => d.status)).toEqual([...want.values()].map((w) => (w.unequal / w.rows > 0.01 ? "fail" : w.unequal ? "warn" : "pass")));
  });
});

describe("servedRollout", () => {
  it("servedRollout takes the first log's rows before the instant and the second's from it", () => {
    const before = arrowTable({t: ["time", [1, 2, 2, 5]], x: ["float", [0, 0, 0, 0]]}), after = arrowTable({t: ["time", [1, 2, 2, 5]], x: ["float", [1, 1, 1, 1]]});
    expect([...servedRollout(before, after, "t", 2).getChild("x")!.toArray()]).toEqual([0, 1, 1, 1]);
    expect([...servedRollout(before, after, "t", 6).getChild("x")!.toArray()]).toEqual([0, 0, 0, 0]);
    expect(() => servedRollout(before, after.slice(1), "t", 2)).toThrow(/servedRollout requires two logs of the same requests, got 4 and 3 rows/);
  });
});

describe("skewCause on servedFeatures", () => {
  const start = Date.UTC(2026, 0, 1), days = 60, population = customers(7, 300, start);
  const tx = transactions(7, population, merchants(7, 60), {start, days, count: 20_000});
  const profile = customerProfile(7, population, {start, days});
  it.each([
    [{centsShare: 0.05}, {}, "amount", "unit"],
    [{closedLeftShare: 0.3}, {}, "txn_count_7d", "off_by_one"],
    [{timezoneHours: 9}, {}, "day_of_week", "off_by_one"],
    [{nullsAsZeroShare: 1}, {}, "days_since_last_txn", "null_default"],
    [{float32Share: 1}, {rtol: 1e-9}, "amount_mean_30d", "precision"],
    [{unseenCategories: 2}, {}, "merchant_category", "category"],
  ] as [ServedFeaturesOptions, {rtol?: number}, string, string][])("servedFeatures(%j): skewDashboard's cause for its column is %s's %s", (knob, tolerance, column, cause) => {
    const t = servedFeatures(7, tx, profile, {rows: 1500, ...knob});
    const dash = skewDashboard(t.recomputed_features, t.served_features, {key: ["request_id"], ...tolerance});
    expect(skewCause(dash.report.columns.find((c) => c.column === column)!, dash.cells)).toBe(cause);
  });
});
