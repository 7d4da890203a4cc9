import type {DriftReport} from "../drift/driftReport.js";
import type {ServedStaleness} from "./servedStaleness.js";
import type {SkewColumn, SkewReport} from "./skewReport.js";

/** The four signals of the skew dashboard, in the order it shows them. */
export const skewSignalNames = ["match_rate", "distribution", "null_delta", "freshness"] as const;
export type SkewSignal = (typeof skewSignalNames)[number];

/** A signal's status: inside its band, past the warning line, past the failing line, or nothing to judge. */
export type SkewSignalStatus = "pass" | "warn" | "fail" | "no_data";

/** Where each signal warns and fails; every band is inclusive at its line. */
export interface SkewThresholds {
  /** Match rate below which a feature fails (default 0.99, `fslab skew`'s --min-match) and warns (default 0.999). */
  minMatch?: number;
  warnMatch?: number;
  /** Distribution skew (JS or L∞) from which a feature warns (default 0.001) and fails (default 0.01, TFDV's usual line). */
  distributionWarn?: number;
  distributionFail?: number;
  /** |served null share − recomputed null share| from which a feature warns (default 0.0005) and fails (default 0.005). */
  nullWarn?: number;
  nullFail?: number;
  /** Freshness SLA (ms, default 24 h): a served value outdated longer than it fails, longer than `freshnessWarn` × it warns (default 0.5). */
  slaMs?: number;
  freshnessWarn?: number;
}

/** One cell of the dashboard, a check: `value` in the signal's units (a share, a divergence, a share difference, ms). */
export interface SkewCell {
  id: string;
  column: string;
  signal: SkewSignal;
  status: SkewSignalStatus;
  value: number | null;
  /** The failing line. */
  threshold: number | null;
  message: string;
}

/**
 * The thresholds with their defaults, checked: each warning line on the safe side of its failing line.
 *
 * @example skewThresholds({}).slaMs // => 86400000
 */
export function skewThresholds(t: SkewThresholds): Required<SkewThresholds> {
  const {minMatch = 0.99, warnMatch = 0.999, distributionWarn = 0.001, distributionFail = 0.01, nullWarn = 0.0005, nullFail = 0.005, slaMs = 86_400_000, freshnessWarn = 0.5} = t;
  const check = (ok: boolean, what: string) => {
    if (!ok) throw new RangeError(`skewThresholds requires ${what}, got ${JSON.stringify(t)}`);
  };
  check(minMatch >= 0 && minMatch <= warnMatch && warnMatch <= 1, "0 ≤ minMatch ≤ warnMatch ≤ 1");
  check(distributionWarn > 0 && distributionWarn <= distributionFail && Number.isFinite(distributionFail), "0 < distributionWarn ≤ distributionFail, finite");
  check(nullWarn > 0 && nullWarn <= nullFail && nullFail <= 1, "0 < nullWarn ≤ nullFail ≤ 1");
  check(slaMs > 0 && Number.isFinite(slaMs) && freshnessWarn > 0 && freshnessWarn <= 1, "slaMs > 0 and freshnessWarn in (0, 1]");
  return {minMatch, warnMatch, distributionWarn, distributionFail, nullWarn, nullFail, slaMs, freshnessWarn};
}

/**
 * The dashboard's cells, feature by feature (the report's order) and signal by signal:
 * the match rate (fail below minMatch, warn below warnMatch), the distribution skew (JS or
 * L∞; warn and fail from their lines), the null-rate delta, served minus recomputed null
 * share over each whole table from `drift` (a drift report of recomputed → served over the
 * same columns; its |value| judged), and freshness, the longest a served value had been
 * superseded (from {@link servedStaleness}; fail above the SLA, warn above its share of
 * it; no_data for a feature with no view history: it is computed at request time).
 *
 * @example skewSignals({key: ["id"], rows: {training: 1, serving: 1, matched: 1, training_only: 0, serving_only: 0}, columns: [{column: "x", kind: "numeric", compared: 1, equal: 1, match_rate: 1, null_mismatch: 0, mean_abs_diff: 0, max_abs_diff: 0, distribution: {kind: "numeric", metric: "js", value: 0.02}, status: "pass", examples: []}]}, {columns: []}, [], {})[1].status // => "fail"
 */
export function skewSignals(report: SkewReport, drift: DriftReport, staleness: readonly Omit<ServedStaleness, "outdated_ms">[], thresholds: SkewThresholds = {}): SkewCell[] {
  const t = skewThresholds(thresholds);
  const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
  const hours = (ms: number) => `${(ms / 3_600_000).toFixed(1)} h`;
  return report.columns.flatMap((c) => {
    const cell = (signal: SkewSignal, status: SkewSignalStatus, value: number | null, threshold: number | null, message: string): SkewCell => ({id: `${c.column}/${signal}`, column: c.column, signal, status, value, threshold, message});
    const rate = c.match_rate;
    const match = rate === null
      ? cell("match_rate", "no_data", null, t.minMatch, "no joined row")
      : cell("match_rate", rate < t.minMatch ? "fail" : rate < t.warnMatch ? "warn" : "pass", rate, t.minMatch, `${pct(rate)} of ${c.compared} joined rows equal (${c.compared - c.equal} differ, ${c.null_mismatch} null mismatch${c.null_mismatch === 1 ? "" : "es"}); fails below ${pct(t.minMatch)}, warns below ${pct(t.warnMatch)}`);
    const d = c.distribution.value, metric = c.distribution.metric === "js" ? "JS" : "L∞";
    const distribution = d === null
      ? cell("distribution", "no_data", null, t.distributionFail, "a side has no values")
      : cell("distribution", band(d, t.distributionWarn, t.distributionFail), d, t.distributionFail, `${metric} ${d.toPrecision(3)}; warns from ${t.distributionWarn}, fails from ${t.distributionFail}`);
    const nulls = drift.columns.find((x) => x.column === c.column);
    const delta = nulls ? nulls.null_share_current - nulls.null_share_reference : null;
    const nullCell = delta === null
      ? cell("null_delta", "no_data", null, t.nullFail, "no null shares for this feature")
      : cell("null_delta", band(Math.abs(delta), t.nullWarn, t.nullFail), delta, t.nullFail, `null share ${pct(nulls!.null_share_current)} served vs ${pct(nulls!.null_share_reference)} recomputed; warns from ±${pct(t.nullWarn)}, fails from ±${pct(t.nullFail)}`);
    const s = staleness.find((x) => x.column === c.column);
    const age = s ? (s.max_ms ?? 0) : null;
    const fresh = s === undefined || age === null
      ? cell("freshness", "no_data", null, t.slaMs, "computed at request time: no view history to be late against")
      : cell("freshness", age > t.slaMs ? "fail" : age > t.freshnessWarn * t.slaMs ? "warn" : "pass", age, t.slaMs, `${s.outdated} of ${s.served} rows served a superseded value${s.outdated ? `, up to ${hours(age)} after it changed` : ""}; fails beyond ${hours(t.slaMs)}, warns beyond ${hours(t.freshnessWarn * t.slaMs)}`);
    return [match, distribution, nullCell, fresh];
  });
}

/** warn from `warn`, fail from `fail` (inclusive). */
function band(x: number, warn: number, fail: number): "pass" | "warn" | "fail" {
  return x >= fail ? "fail" : x >= warn ? "warn" : "pass";
}

/** A feature's place on the dashboard: its cells and how bad they are. */
export interface SkewFeatureSummary {
  column: string;
  fails: number;
  warns: number;
  /** Worst status among its cells. */
  status: SkewSignalStatus;
}

/**
 * Features by severity, worst first: most failing signals, then most warnings, then the
 * lowest match rate (the report's order breaks ties).
 *
 * @example skewRanking([{id: "a/match_rate", column: "a", signal: "match_rate", status: "warn", value: 0.995, threshold: 0.99, message: ""}, {id: "b/match_rate", column: "b", signal: "match_rate", status: "fail", value: 0.9, threshold: 0.99, message: ""}]).map((f) => f.column) // => ["b", "a"]
 */
export function skewRanking(cells: readonly SkewCell[]): SkewFeatureSummary[] {
  const columns = [...new Set(cells.map((c) => c.column))];
  const rate = (column: string) => cells.find((c) => c.column === column && c.signal === "match_rate")?.value ?? 1;
  return columns
    .map((column) => {
      const own = cells.filter((c) => c.column === column);
      const fails = own.filter((c) => c.status === "fail").length, warns = own.filter((c) => c.status === "warn").length;
      return {column, fails, warns, status: (fails ? "fail" : warns ? "warn" : own.some((c) => c.status === "pass") ? "pass" : "no_data") as SkewSignalStatus};
    })
    .map((f, i) => ({f, i}))
    .sort((a, b) => b.f.fails - a.f.fails || b.f.warns - a.f.warns || rate(a.f.column) - rate(b.f.column) || a.i - b.i)
    .map(({f}) => f);
}

/** What a feature's signals point to, most specific first. */
export type SkewCause = "stale" | "null_default" | "unit" | "precision" | "category" | "off_by_one" | "rows" | "distribution" | "none";

/**
 * The likeliest cause of a feature's skew, read from its cells and first differing rows:
 * `stale` (freshness warns or fails), `null_default` (served fewer nulls, and null
 * mismatches are most of the differing rows), `unit` (every example off by a factor 10, 100 or 1000), `precision` (every
 * example within float32's 2⁻²³ relative), `category` (a categorical distribution
 * moved), `off_by_one` (every example whole numbers a few apart: a boundary),
 * `distribution` (the distribution moved, with no single pattern in the rows: several
 * causes, or values shifted broadly), `rows` (rows differ, distributions agree), or none.
 *
 * @example skewCause({column: "x", kind: "numeric", compared: 2, equal: 1, match_rate: 0.5, null_mismatch: 0, mean_abs_diff: 99, max_abs_diff: 99, distribution: {kind: "numeric", metric: "js", value: 0}, status: "fail", examples: [{key: [1], training: 1, serving: 100, abs_diff: 99}]}, []) // => "unit"
 */
export function skewCause(column: SkewColumn, cells: readonly SkewCell[]): SkewCause {
  const of = (signal: SkewSignal) => cells.find((c) => c.column === column.column && c.signal === signal);
  const bad = (signal: SkewSignal) => ["warn", "fail"].includes(of(signal)?.status ?? "");
  const nums = column.examples.filter((e) => typeof e.training === "number" && typeof e.serving === "number" && e.training !== 0) as {training: number; serving: number}[];
  const every = (test: (e: {training: number; serving: number}) => boolean) => nums.length > 0 && nums.length === column.examples.length && nums.every(test);
  if (bad("freshness")) return "stale";
  if (bad("null_delta") && (of("null_delta")!.value ?? 0) < 0 && 2 * column.null_mismatch >= column.compared - column.equal) return "null_default";
  if (every((e) => [10, 100, 1000, 0.1, 0.01, 0.001].some((f) => Math.abs(e.serving / e.training - f) <= 1e-9 * f))) return "unit";
  if (every((e) => Math.abs(e.serving - e.training) <= 2 ** -23 * Math.abs(e.training))) return "precision";
  if (column.kind === "categorical" && bad("distribution")) return "category";
  if (every((e) => Number.isInteger(e.training) && Number.isInteger(e.serving) && Math.abs(e.serving - e.training) <= 6)) return "off_by_one";
  if (bad("distribution")) return "distribution";
  if (bad("match_rate")) return "rows";
  return "none";
}
