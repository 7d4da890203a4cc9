import {auc} from "./auc.js";
import {logisticRegression, predictLogistic, type LogisticModel} from "./logisticRegression.js";

/** Training rows read at several leaks: one row per (example, leak), columns aligned. */
export interface LeakyTrainingSet {
  /** How long after its event each row's features were read (any unit; 0 = point in time). */
  readonly leak: ArrayLike<number>;
  /** The example's id: the same example at another leak has the same id. */
  readonly id: ArrayLike<number>;
  /** The example's event time (epoch ms): the split in time uses it. */
  readonly eventMs: ArrayLike<number>;
  /** The label, 0 or 1. */
  readonly label: ArrayLike<number | boolean>;
  /** 1 for examples held out of training (the offline test), else 0; indexed like the rows. */
  readonly holdout: ArrayLike<number>;
  /** Feature name → values. */
  readonly features: Readonly<Record<string, ArrayLike<number>>>;
}

/** What one leak does to the model. */
export interface LeakResult {
  readonly leak: number;
  /** AUC on held-out examples before `trainEnd`, with features read at this leak: what the notebook reports. */
  readonly offlineAuc: number;
  /** AUC on examples from `trainEnd` on, with point-in-time features (leak 0): what production sees. */
  readonly honestAuc: number;
  readonly model: LogisticModel;
  readonly trainRows: number;
  /** The scores and labels behind the two AUCs, for charts and for checking them in SQL. */
  readonly offline: {readonly scores: Float64Array; readonly labels: Float64Array};
  readonly honest: {readonly scores: Float64Array; readonly labels: Float64Array};
}

/**
 * Trains the same logistic regression once per leak and scores it twice: offline, on a
 * random holdout built the same (leaky) way, and honestly, out of time on examples at or
 * after `trainEnd` (epoch ms) with the features production would serve: those read at
 * leak 0. The gap between the two is what the leak costs. Requires rows at leak 0.
 *
 * @example leakageGap(set, {trainEnd}).map((r) => r.leak) // => [0, 24, 168] (the leaks present, ascending)
 */
export function leakageGap(set: LeakyTrainingSet, {trainEnd}: {trainEnd: number}): LeakResult[] {
  const n = set.leak.length;
  const byLeak = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const rows = byLeak.get(set.leak[i]!);
    if (rows) rows.push(i);
    else byLeak.set(set.leak[i]!, [i]);
  }
  const pit = byLeak.get(0);
  if (!pit) throw new Error(`leakageGap requires rows at leak 0 (point in time), got leaks ${[...byLeak.keys()].join(", ")}`);
  const honestRows = pit.filter((i) => set.eventMs[i]! >= trainEnd);
  const honestFeatures = pick(set.features, honestRows);
  const honestLabels = labels(set.label, honestRows);
  return [...byLeak.keys()].sort((a, b) => a - b).map((leak) => {
    const rows = byLeak.get(leak)!;
    const train = rows.filter((i) => set.eventMs[i]! < trainEnd && !set.holdout[i]);
    const held = rows.filter((i) => set.eventMs[i]! < trainEnd && set.holdout[i]);
    const model = logisticRegression(pick(set.features, train), labels(set.label, train));
    const offline = {scores: predictLogistic(model, pick(set.features, held)), labels: labels(set.label, held)};
    const honest = {scores: predictLogistic(model, honestFeatures), labels: honestLabels};
    return {leak, offlineAuc: auc(offline.scores, offline.labels), honestAuc: auc(honest.scores, honest.labels), model, trainRows: train.length, offline, honest};
  });
}

function pick(features: Readonly<Record<string, ArrayLike<number>>>, rows: number[]): Record<string, Float64Array> {
  const out: Record<string, Float64Array> = {};
  for (const [name, values] of Object.entries(features)) out[name] = Float64Array.from(rows, (i) => values[i] ?? NaN);
  return out;
}

function labels(label: ArrayLike<number | boolean>, rows: number[]): Float64Array {
  return Float64Array.from(rows, (i) => (label[i] ? 1 : 0));
}
