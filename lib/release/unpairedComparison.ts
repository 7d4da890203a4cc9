import {mean, sampleVariance} from "simple-statistics";
import {checkConfidence, intervalStatus, tInterval, type ComparisonOptions, type StudentInterval} from "./pairedComparison.js";
import {studentTwoSidedP} from "./studentT.js";

/** The result of {@link unpairedComparison}: se = √(s²_b/n_b + s²_c/n_c), df by Welch–Satterthwaite (not a whole number). */
export interface UnpairedComparison extends StudentInterval {
  /** Values used on each side (nulls and NaN left out, each side on its own). */
  nBaseline: number;
  nCandidate: number;
  baselineMean: number;
  candidateMean: number;
  /** mean(candidate) − mean(baseline). */
  meanDelta: number;
}

/**
 * Unpaired (Welch) comparison: the two columns as independent samples, ignoring which
 * rows belong together — scipy.stats.ttest_ind(candidate, baseline, equal_var=False).
 * SE = √(s²_b/n_b + s²_c/n_c) with ddof-1 variances, df by Welch–Satterthwaite,
 * CI = Δ ± t(df, ½ + c/2)·SE. On paired units (days) its SE keeps the day-to-day swings
 * that both arms share, which pairing cancels; the contrast is what pairing buys.
 *
 * @example unpairedComparison([0.72, 0.73, 0.71, 0.74, 0.72], [0.74, 0.75, 0.73, 0.76, 0.75]).se // => 0.007211102550927985
 */
export function unpairedComparison(baseline: ArrayLike<number | null>, candidate: ArrayLike<number | null>, options: ComparisonOptions = {}): UnpairedComparison {
  const confidence = checkConfidence("unpairedComparison", options.confidence ?? 0.95);
  const b = sample("baseline", baseline), c = sample("candidate", candidate);
  const vb = sampleVariance(b) / b.length, vc = sampleVariance(c) / c.length;
  const se = Math.sqrt(vb + vc);
  const df = (vb + vc) ** 2 / (vb ** 2 / (b.length - 1) + vc ** 2 / (c.length - 1));
  const baselineMean = mean(b), candidateMean = mean(c);
  const meanDelta = candidateMean - baselineMean;
  const t = meanDelta / se;
  const ci = tInterval(meanDelta, se, df, confidence);
  return {nBaseline: b.length, nCandidate: c.length, baselineMean, candidateMean, meanDelta, se, confidence, ci, t, df, pValue: studentTwoSidedP(t, df), status: intervalStatus(ci)};
}

function sample(side: string, values: ArrayLike<number | null>): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || Number.isNaN(v)) continue;
    if (!Number.isFinite(v)) throw new RangeError(`unpairedComparison requires finite values, got ${v} at row ${i} of the ${side}`);
    out.push(v);
  }
  if (out.length < 2) throw new RangeError(`unpairedComparison requires at least 2 values on each side, got ${out.length} in the ${side}`);
  return out;
}
