import type {Table} from "apache-arrow";
import {driftReport, type DriftReport} from "../drift/driftReport.js";
import {driftReportSql} from "../drift/driftReportSql.js";
import type {SqlEngine} from "../sql/index.js";
import type {SkewLocalisation} from "./narrowSkew.js";
import type {ServedStaleness} from "./servedStaleness.js";
import {skewReport, type SkewOptions, type SkewReport} from "./skewReport.js";
import {skewReportSql} from "./skewReportSql.js";
import {skewCause, skewRanking, skewSignals, skewThresholds, type SkewCause, type SkewCell, type SkewFeatureSummary, type SkewSignalStatus, type SkewThresholds} from "./skewSignals.js";

/** Options of the dashboard: the skew report's (its minMatch comes from the thresholds), the thresholds, and the freshness of the features that have a view history. */
export interface SkewDashboardOptions extends Omit<SkewOptions, "minMatch"> {
  thresholds?: SkewThresholds;
  /** From {@link servedStaleness} or servedStalenessSql; a feature not in it has no freshness signal. */
  staleness?: readonly Omit<ServedStaleness, "outdated_ms">[];
}

/** Every feature × signal at a glance, with what it is made of. */
export interface SkewDashboard {
  report: SkewReport;
  /** Recomputed → served over the same columns: the null shares. */
  drift: DriftReport;
  cells: SkewCell[];
  /** Features worst first. */
  ranking: SkewFeatureSummary[];
  /** Features with a failing signal, in the report's order. */
  failing: string[];
  /** The worst feature and what it points to; null when nothing warns or fails. */
  worst: {column: string; cause: SkewCause} | null;
}

/**
 * The skew dashboard in TypeScript over Arrow tables: {@link skewReport} and
 * {@link driftReport} (for the null shares) of training (recomputed) against serving,
 * then {@link skewSignals}, the ranking and the worst feature's likely cause.
 *
 * @example skewDashboard(tableFromArrays({id: Int32Array.of(1, 2), x: Float64Array.of(1, 2)}), tableFromArrays({id: Int32Array.of(1, 2), x: Float64Array.of(100, 2)}), {key: ["id"]}).worst // => {column: "x", cause: "unit"}
 */
export function skewDashboard(training: Table, serving: Table, options: SkewDashboardOptions): SkewDashboard {
  const {report, driftOptions} = prepare(options);
  const r = skewReport(training, serving, report);
  return assemble(r, driftReport(training, serving, {...driftOptions, columns: r.columns.map((c) => c.column)}), options);
}

/**
 * {@link skewDashboard} computed in DuckDB over two tables (or views): skewReportSql and
 * driftReportSql, the same cells (values within rounding: DuckDB's avg sums in its own order).
 *
 * @example (await skewDashboardSql(engine, "recomputed_features", "served_features", {key: ["request_id"]})).failing // => ["amount"], with the served log of lib/synth's servedFeatures example with {rows: 500, centsShare: 0.05} loaded as the two tables
 */
export async function skewDashboardSql(engine: SqlEngine, training: string, serving: string, options: SkewDashboardOptions): Promise<SkewDashboard> {
  const {report, driftOptions} = prepare(options);
  const r = await skewReportSql(engine, training, serving, report);
  return assemble(r, await driftReportSql(engine, training, serving, {...driftOptions, columns: r.columns.map((c) => c.column)}), options);
}

function prepare(options: SkewDashboardOptions): {report: SkewOptions; driftOptions: {bins?: number; eps?: number}} {
  const {thresholds = {}, staleness: _, ...rest} = options;
  return {report: {...rest, minMatch: skewThresholds(thresholds).minMatch}, driftOptions: {bins: rest.bins, eps: rest.eps}};
}

function assemble(report: SkewReport, drift: DriftReport, options: SkewDashboardOptions): SkewDashboard {
  const cells = skewSignals(report, drift, options.staleness ?? [], options.thresholds);
  const ranking = skewRanking(cells);
  const failing = report.columns.map((c) => c.column).filter((c) => cells.some((x) => x.column === c && x.status === "fail"));
  const top = ranking[0];
  const worst = top && (top.fails || top.warns) ? {column: top.column, cause: skewCause(report.columns.find((c) => c.column === top.column)!, cells)} : null;
  return {report, drift, cells, ranking, failing, worst};
}

/** One feature on one day of the strip. */
export interface SkewDay {
  column: string;
  /** The UTC date, YYYY-MM-DD. */
  day: string;
  /** Training's rows that day, and how many of them differ from serving. */
  rows: number;
  unequal: number;
  /** 1 − unequal / rows; null for a day without rows. */
  match_rate: number | null;
  status: SkewSignalStatus;
}

/**
 * The dashboard over time: each feature's match rate per UTC day, from a localisation
 * by day (localiseSkew or localiseSkewSql with `time`), judged by the match-rate
 * thresholds, so that the day a bug shipped stands out.
 *
 * @example skewDays({key: ["id"], columns: [{column: "x", kind: "numeric", by_day: [{bucket: "2026-01-01", training_rows: 100, unequal: 2}], by_key: [], by_value: []}], fingerprints: 1, rows_compared: 0})[0].status // => "fail"
 */
export function skewDays(localisation: SkewLocalisation, thresholds: SkewThresholds = {}): SkewDay[] {
  const {minMatch, warnMatch} = skewThresholds(thresholds);
  return localisation.columns.flatMap((c) => c.by_day.map(({bucket, training_rows: rows, unequal}) => {
    const match_rate = rows === 0 ? null : 1 - unequal / rows;
    const status: SkewSignalStatus = match_rate === null ? "no_data" : match_rate < minMatch ? "fail" : match_rate < warnMatch ? "warn" : "pass";
    return {column: c.column, day: bucket, rows, unequal, match_rate, status};
  }));
}
