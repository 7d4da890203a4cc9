import {holdoutMask, logisticRegression, predictLogistic, type LogisticModel} from "../leakage/index.js";

/** The held-out rows of {@link scoreOutOfTime} and the model's scores for them. */
export interface OutOfTimeScores {
  readonly model: LogisticModel;
  /** Rows the model was trained on (event time before `trainEnd`). */
  readonly trainRows: number;
  /** Index of each scored row in the input (event time at or after `trainEnd`), in input order. */
  readonly rows: Int32Array;
  /** P(label = 1) for each scored row. */
  readonly scores: Float64Array;
  /** Each scored row's label, 0 or 1. */
  readonly labels: Uint8Array;
  /** Each scored row's event time, epoch ms. */
  readonly eventMs: Float64Array;
  /** The model's scores on every row before `trainEnd` (kept for training or not): the reference a drift check compares later scores with. */
  readonly referenceScores: Float64Array;
  /** Distinct UTC days among the scored rows: review loads per day divide by it. */
  readonly days: number;
}

const DAY = 86_400_000;

/** Options of {@link scoreOutOfTime}. */
export interface OutOfTimeOptions {
  /** Rows with an event time before it (epoch ms) train; the rest are scored. */
  readonly trainEnd: number;
  /**
   * Share of the training negatives kept (default 1): below 1, the classes are "rebalanced"
   * by downsampling negatives, a seeded draw by row index (lib/leakage's holdoutMask), as
   * teams often do; it inflates every score, which calibration then shows.
   */
  readonly keepNegatives?: number;
  /** Seed of that draw (default 7). */
  readonly seed?: number;
}

/**
 * Trains the lab's logistic regression (lib/leakage) on the rows before `trainEnd` (epoch
 * ms) and scores the rows from `trainEnd` on: out-of-time scores, what production would
 * see. `features` are point-in-time feature columns (NaN = null, imputed by the model).
 *
 * @example scoreOutOfTime({x: [0, 1, 2, 3, 0, 3]}, [0, 0, 1, 1, 0, 1], [0, 1, 2, 3, 4, 5], {trainEnd: 4}).rows // => Int32Array [4, 5]
 */
export function scoreOutOfTime(
  features: Readonly<Record<string, ArrayLike<number>>>, labels: ArrayLike<number | boolean>, eventMs: ArrayLike<number>, {trainEnd, keepNegatives = 1, seed = 7}: OutOfTimeOptions,
): OutOfTimeScores {
  const n = labels.length;
  if (eventMs.length !== n) throw new RangeError(`scoreOutOfTime requires one event time per label, got ${eventMs.length} and ${n}`);
  const kept = holdoutMask(Int32Array.from({length: n}, (_, i) => i), keepNegatives, seed);
  const before: number[] = [], train: number[] = [], held: number[] = [];
  for (let i = 0; i < n; i++) {
    if (eventMs[i]! >= trainEnd) held.push(i);
    else {
      before.push(i);
      if (labels[i] || kept[i]) train.push(i);
    }
  }
  if (train.length === 0 || held.length === 0) throw new RangeError(`scoreOutOfTime requires rows on both sides of trainEnd ${trainEnd}, got ${train.length} before and ${held.length} from it`);
  const pick = (rows: number[]) => Object.fromEntries(Object.entries(features).map(([name, v]) => [name, Float64Array.from(rows, (i) => v[i]!)]));
  const model = logisticRegression(pick(train), Float64Array.from(train, (i) => (labels[i] ? 1 : 0)));
  const days = new Set(held.map((i) => Math.floor(eventMs[i]! / DAY))).size;
  return {
    model, trainRows: train.length, rows: Int32Array.from(held), scores: predictLogistic(model, pick(held)),
    labels: Uint8Array.from(held, (i) => (labels[i] ? 1 : 0)), eventMs: Float64Array.from(held, (i) => eventMs[i]!),
    referenceScores: predictLogistic(model, pick(before)), days,
  };
}
