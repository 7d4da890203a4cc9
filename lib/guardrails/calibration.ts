import {rowsByDay} from "./rowsByDay.js";

/** A reliability table: scores cut into equal-width bins, and how often each bin was right. */
export interface Calibration {
  /** bins + 1 edges, i·(1/bins) as numpy's `linspace(0, 1, bins + 1)` computes them. */
  readonly edges: Float64Array;
  /** Rows per bin. */
  readonly count: Int32Array;
  /** Mean score per bin (NaN for an empty bin). */
  readonly meanScore: Float64Array;
  /** Share of positives per bin (NaN for an empty bin). */
  readonly fractionPositive: Float64Array;
  /** Expected calibration error: Σ (count_b / n)·|fractionPositive_b − meanScore_b| over non-empty bins. */
  readonly ece: number;
  /** Largest |fractionPositive − meanScore| over non-empty bins. */
  readonly mce: number;
  /** Mean squared error of the scores as probabilities (see {@link brierScore}). */
  readonly brier: number;
  readonly n: number;
}

/**
 * Calibration of probability scores in [0, 1] against 0/1 labels: a reliability table of
 * `bins` equal-width bins (default 10) binned as scikit-learn's `calibration_curve(…,
 * strategy="uniform")` does (a score on an inner edge goes in the bin below it:
 * `np.searchsorted(edges[1:-1], score)`), the expected and maximum calibration errors
 * over those bins, and the Brier score. NaN scores are left out; NaN results without rows.
 *
 * @example calibration([0.1, 0.1, 0.9, 0.9], [0, 0, 1, 1], {bins: 10}).ece // => 0.09999999999999999
 */
export function calibration(scores: ArrayLike<number>, labels: ArrayLike<number | boolean>, {bins = 10}: {bins?: number} = {}): Calibration {
  if (scores.length !== labels.length) throw new RangeError(`calibration requires as many labels as scores, got ${labels.length} labels and ${scores.length} scores`);
  if (!(Number.isInteger(bins) && bins >= 1)) throw new RangeError(`calibration requires a whole number of bins ≥ 1, got ${bins}`);
  const step = 1 / bins;
  const edges = Float64Array.from({length: bins + 1}, (_, i) => (i === bins ? 1 : i * step));
  const count = new Int32Array(bins);
  const sumScore = new Float64Array(bins);
  const sumLabel = new Float64Array(bins);
  let n = 0, squared = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (s !== s) continue;
    if (s < 0 || s > 1) throw new RangeError(`calibration requires scores in [0, 1], got ${s} at row ${i}`);
    const y = labels[i] ? 1 : 0;
    let b = 0; // the number of inner edges strictly below s: searchsorted(edges[1:-1], s, side="left")
    while (b < bins - 1 && edges[b + 1]! < s) b++;
    count[b]!++;
    sumScore[b]! += s;
    sumLabel[b]! += y;
    squared += (s - y) * (s - y);
    n++;
  }
  const meanScore = new Float64Array(bins), fractionPositive = new Float64Array(bins);
  let ece = 0, mce = 0;
  for (let b = 0; b < bins; b++) {
    meanScore[b] = count[b]! ? sumScore[b]! / count[b]! : NaN;
    fractionPositive[b] = count[b]! ? sumLabel[b]! / count[b]! : NaN;
    if (!count[b]) continue;
    const gap = Math.abs(fractionPositive[b]! - meanScore[b]!);
    ece += (count[b]! / n) * gap;
    mce = Math.max(mce, gap);
  }
  return {edges, count, meanScore, fractionPositive, ece: n ? ece : NaN, mce: n ? mce : NaN, brier: n ? squared / n : NaN, n};
}

/**
 * The Brier score: the mean of (score − label)², 0 for perfect probabilities, 0.25 for a
 * constant 0.5. NaN scores are left out; NaN without rows.
 *
 * @example brierScore([0.1, 0.9], [0, 1]) // => 0.009999999999999998
 */
export function brierScore(scores: ArrayLike<number>, labels: ArrayLike<number | boolean>): number {
  if (scores.length !== labels.length) throw new RangeError(`brierScore requires as many labels as scores, got ${labels.length} labels and ${scores.length} scores`);
  let n = 0, squared = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i]!;
    if (s !== s) continue;
    const d = s - (labels[i] ? 1 : 0);
    squared += d * d;
    n++;
  }
  return n ? squared / n : NaN;
}

/** Calibration per UTC day, as columns: the unit a release gate pairs on. */
export interface DailyCalibration {
  /** Each day's UTC midnight, epoch ms, ascending. */
  readonly day: Float64Array;
  readonly n: Int32Array;
  readonly ece: Float64Array;
  readonly brier: Float64Array;
}

/**
 * {@link calibration}'s ECE and Brier score per UTC day of `eventMs` (epoch ms).
 *
 * @example Array.from(dailyCalibration([0.1, 0.9], [0, 1], [0, 86_400_000]).brier) // => [0.010000000000000002, 0.009999999999999995]
 */
export function dailyCalibration(scores: ArrayLike<number>, labels: ArrayLike<number | boolean>, eventMs: ArrayLike<number>, {bins = 10}: {bins?: number} = {}): DailyCalibration {
  if (eventMs.length !== scores.length || labels.length !== scores.length) throw new RangeError(`dailyCalibration requires as many labels and event times as scores, got ${labels.length}, ${eventMs.length} and ${scores.length}`);
  const days = rowsByDay(eventMs);
  const out = {day: Float64Array.from(days, (d) => d.day), n: new Int32Array(days.length), ece: new Float64Array(days.length), brier: new Float64Array(days.length)};
  days.forEach(({rows}, k) => {
    const c = calibration(Float64Array.from(rows, (i) => scores[i]!), Float64Array.from(rows, (i) => (labels[i] ? 1 : 0)), {bins});
    out.n[k] = c.n;
    out.ece[k] = c.ece;
    out.brier[k] = c.brier;
  });
  return out;
}
