import {mean, sampleStandardDeviation} from "simple-statistics";
import {studentQuantile, studentTwoSidedP} from "./studentT.js";

/** What an interval says about a delta (candidate − baseline): above 0, below 0, or straddling it. */
export type ComparisonStatus = "better" | "worse" | "inconclusive";

/** Options of {@link pairedComparison}. */
export interface ComparisonOptions {
  /** Two-sided confidence of the interval, in (0, 1) (default 0.95). */
  confidence?: number;
}

/** A Student-t test of a mean delta and its interval: what paired and unpaired comparisons share. */
export interface StudentInterval {
  /** Standard error of the mean delta. */
  se: number;
  confidence: number;
  /** meanDelta ± t(df, ½ + confidence/2)·se. */
  ci: [number, number];
  /** meanDelta/se: ±Infinity when se is 0 and the delta is not, NaN when both are 0. */
  t: number;
  df: number;
  /** Two-sided, from Student's t. */
  pValue: number;
  status: ComparisonStatus;
}

/**
 * The result of {@link pairedComparison}: the fields of `fslab compare --format json`,
 * camelCased. se = sdDelta/√n, df = n − 1, pValue as scipy.stats.ttest_rel's.
 */
export interface PairedComparison extends PairedStatistics, StudentInterval {}

/**
 * Paired comparison of a candidate with a baseline measured on the same units (days,
 * segments), row by row: rows with a null or NaN in either are dropped and counted;
 * d = candidate − baseline, SE = sd(d, ddof 1)/√n, CI = mean(d) ± t(n − 1, ½ + c/2)·SE,
 * t = mean(d)/SE with its two-sided p (scipy.stats.ttest_rel(candidate, baseline)).
 * `better` when the CI's lower bound is above 0, `worse` when its upper bound is below 0.
 * Throws when fewer than 2 pairs remain or a value is ±Infinity.
 *
 * @example
 * // the seed notebook's release: AUC on five days
 * const r = pairedComparison([0.72, 0.73, 0.71, 0.74, 0.72], [0.74, 0.75, 0.73, 0.76, 0.75]);
 * [r.meanDelta, r.se, r.t, r.df, r.status] // => [0.02200000000000002, 0.002000000000000002, 10.999999999999998, 4, "better"]
 */
export function pairedComparison(baseline: ArrayLike<number | null>, candidate: ArrayLike<number | null>, options: ComparisonOptions = {}): PairedComparison {
  const confidence = checkConfidence("pairedComparison", options.confidence ?? 0.95);
  const {baseline: b, candidate: c, dropped} = completePairs("pairedComparison", baseline, candidate);
  const n = b.length;
  if (n < 2) throw new RangeError(`pairedComparison requires at least 2 complete pairs, got ${n} (${dropped} dropped for a null or NaN)`);
  const d = c.map((x, i) => x - b[i]!);
  return comparisonFromStatistics({n, dropped, baselineMean: mean(b), candidateMean: mean(c), meanDelta: mean(d), sdDelta: sampleStandardDeviation(d)}, confidence);
}

/** The statistics a paired comparison is finished from: what {@link pairedStatisticsSql} returns, camelCased. */
export interface PairedStatistics {
  /** Pairs used: rows where both values are numbers. */
  n: number;
  /** Rows left out because either value is null or NaN. */
  dropped: number;
  /** Means over the pairs used. */
  baselineMean: number;
  candidateMean: number;
  /** mean(d), d = candidate − baseline, in the metric's units. */
  meanDelta: number;
  /** sd(d) with ddof 1. */
  sdDelta: number;
}

/**
 * A {@link PairedComparison} from its statistics (n ≥ 2, sd of the deltas with ddof 1):
 * SE, the Student-t interval, t, its two-sided p and the status. Finishes the SQL twin's
 * row, since DuckDB has no t distribution.
 *
 * @example comparisonFromStatistics({n: 5, dropped: 0, baselineMean: 0.724, candidateMean: 0.746, meanDelta: 0.022, sdDelta: 0.004472135954999579}, 0.95).se // => 0.0019999999999999996
 */
export function comparisonFromStatistics(statistics: PairedStatistics, confidence = 0.95): PairedComparison {
  const {n, meanDelta, sdDelta} = statistics;
  checkConfidence("comparisonFromStatistics", confidence);
  if (!(Number.isInteger(n) && n >= 2)) throw new RangeError(`comparisonFromStatistics requires n ≥ 2 pairs, got ${n}`);
  const se = sdDelta / Math.sqrt(n);
  const df = n - 1;
  const t = meanDelta / se;
  const ci = tInterval(meanDelta, se, df, confidence);
  return {...statistics, se, confidence, ci, t, df, pValue: studentTwoSidedP(t, df), status: intervalStatus(ci)};
}

/**
 * The rows where both values are numbers (not null, not NaN), as two arrays, and how many
 * rows were dropped. Throws on a length mismatch or ±Infinity.
 *
 * @example completePairs("f", [1, null, 3, NaN], [2, 2, null, 4]) // => {baseline: [1], candidate: [2], dropped: 3}
 */
export function completePairs(fn: string, baseline: ArrayLike<number | null>, candidate: ArrayLike<number | null>): {baseline: number[]; candidate: number[]; dropped: number} {
  if (baseline.length !== candidate.length) throw new RangeError(`${fn} requires baseline and candidate of the same length (paired by row), got ${baseline.length} and ${candidate.length}`);
  const b: number[] = [], c: number[] = [];
  for (let i = 0; i < baseline.length; i++) {
    const x = baseline[i], y = candidate[i];
    if (x === null || y === null || x === undefined || y === undefined || Number.isNaN(x) || Number.isNaN(y)) continue;
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new RangeError(`${fn} requires finite values, got ${Number.isFinite(x) ? y : x} at row ${i}`);
    b.push(x);
    c.push(y);
  }
  return {baseline: b, candidate: c, dropped: baseline.length - b.length};
}

/**
 * `estimate ± t(df, ½ + confidence/2)·se`: the two-sided Student-t interval.
 *
 * @example tInterval(0.022, 0.002, 4, 0.95) // => [0.01644710978960441, 0.027552890210395586]
 */
export function tInterval(estimate: number, se: number, df: number, confidence: number): [number, number] {
  const half = studentQuantile(0.5 + confidence / 2, df) * se;
  return [estimate - half, estimate + half];
}

/**
 * `better` when the interval lies above 0, `worse` when below, else `inconclusive`.
 *
 * @example intervalStatus([0.01, 0.03]) // => "better"
 */
export function intervalStatus(ci: readonly [number, number]): ComparisonStatus {
  return ci[0] > 0 ? "better" : ci[1] < 0 ? "worse" : "inconclusive";
}

/** Checks a confidence level is in (0, 1); returns it. */
export function checkConfidence(fn: string, confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`${fn} requires confidence in (0, 1), got ${confidence}`);
  return confidence;
}
