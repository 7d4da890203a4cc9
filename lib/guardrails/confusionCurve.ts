/**
 * Confusion counts at every threshold, as columns: row i flags the scores `>= thresholds[i]`.
 * Row 0 is the threshold +Infinity (nothing flagged); then every distinct score, descending.
 */
export interface ConfusionCurve {
  readonly thresholds: Float64Array;
  /** Flagged positives (true positives), flagged negatives (false positives), and the rest. */
  readonly tp: Int32Array;
  readonly fp: Int32Array;
  readonly fn: Int32Array;
  readonly tn: Int32Array;
  /** tp / (tp + fp); NaN where nothing is flagged. */
  readonly precision: Float64Array;
  /** tp / positives (the true positive rate); NaN without positives. */
  readonly recall: Float64Array;
  /** fp / negatives (the false positive rate); NaN without negatives. */
  readonly fpr: Float64Array;
  /** Scored rows (NaN scores are left out and counted in `missing`). */
  readonly n: number;
  readonly positives: number;
  readonly negatives: number;
  readonly missing: number;
}

/**
 * Confusion counts, precision, recall and false positive rate at every threshold in one
 * pass over the scores sorted descending: each distinct score is a threshold, a row is
 * flagged when its score is at or above it (scikit-learn's `precision_recall_curve`
 * convention), and row 0 (+Infinity) flags nothing. A label is positive when truthy.
 *
 * @example
 * const c = confusionCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]);
 * [Array.from(c.thresholds), Array.from(c.tp), Array.from(c.fp)] // => [[Infinity, 0.8, 0.4, 0.35, 0.1], [0, 1, 1, 2, 2], [0, 0, 1, 1, 2]]
 */
export function confusionCurve(scores: ArrayLike<number>, labels: ArrayLike<number | boolean>): ConfusionCurve {
  if (scores.length !== labels.length) throw new RangeError(`confusionCurve requires as many labels as scores, got ${labels.length} labels and ${scores.length} scores`);
  const order: number[] = [];
  let positives = 0;
  for (let i = 0; i < scores.length; i++) {
    if (scores[i] !== scores[i]) continue;
    order.push(i);
    if (labels[i]) positives++;
  }
  order.sort((a, b) => scores[b]! - scores[a]!);
  const n = order.length;
  const negatives = n - positives;
  const thresholds: number[] = [Infinity];
  const tpList: number[] = [0];
  const fpList: number[] = [0];
  let tp = 0, fp = 0;
  for (let k = 0; k < n; ) {
    const s = scores[order[k]!]!;
    while (k < n && scores[order[k]!] === s) {
      if (labels[order[k]!]) tp++;
      else fp++;
      k++;
    }
    thresholds.push(s);
    tpList.push(tp);
    fpList.push(fp);
  }
  const rows = thresholds.length;
  const curve = {
    thresholds: Float64Array.from(thresholds), tp: Int32Array.from(tpList), fp: Int32Array.from(fpList),
    fn: new Int32Array(rows), tn: new Int32Array(rows),
    precision: new Float64Array(rows), recall: new Float64Array(rows), fpr: new Float64Array(rows),
    n, positives, negatives, missing: scores.length - n,
  };
  for (let i = 0; i < rows; i++) {
    const t = curve.tp[i]!, f = curve.fp[i]!;
    curve.fn[i] = positives - t;
    curve.tn[i] = negatives - f;
    curve.precision[i] = t + f > 0 ? t / (t + f) : NaN;
    curve.recall[i] = positives > 0 ? t / positives : NaN;
    curve.fpr[i] = negatives > 0 ? f / negatives : NaN;
  }
  return curve;
}

/** The counts and rates of one row of a {@link ConfusionCurve}. */
export interface ConfusionPoint {
  /** The row's index in the curve. */
  readonly index: number;
  /** The curve's threshold (the lowest distinct score at or above the one asked for). */
  readonly threshold: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  /** tp + fp: the rows the threshold flags. */
  readonly flagged: number;
  readonly precision: number;
  readonly recall: number;
  readonly fpr: number;
}

/**
 * The confusion counts of flagging every score `>= threshold`, read off a curve by binary
 * search (a slider's value need not be one of the scores).
 *
 * @example confusionAt(confusionCurve([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), 0.3).flagged // => 3
 */
export function confusionAt(curve: ConfusionCurve, threshold: number): ConfusionPoint {
  if (Number.isNaN(threshold)) throw new RangeError("confusionAt requires a threshold, got NaN");
  let lo = 0, hi = curve.thresholds.length - 1; // thresholds descend; find the last one >= threshold
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (curve.thresholds[mid]! >= threshold) lo = mid;
    else hi = mid - 1;
  }
  return pointAt(curve, lo);
}

/**
 * Row `index` of a curve as one object.
 *
 * @example pointAt(confusionCurve([0.1, 0.8], [0, 1]), 1).precision // => 1
 */
export function pointAt(curve: ConfusionCurve, index: number): ConfusionPoint {
  if (!(index >= 0 && index < curve.thresholds.length)) throw new RangeError(`pointAt requires an index in [0, ${curve.thresholds.length}), got ${index}`);
  const tp = curve.tp[index]!, fp = curve.fp[index]!;
  return {
    index, threshold: curve.thresholds[index]!, tp, fp, fn: curve.fn[index]!, tn: curve.tn[index]!, flagged: tp + fp,
    precision: curve.precision[index]!, recall: curve.recall[index]!, fpr: curve.fpr[index]!,
  };
}
