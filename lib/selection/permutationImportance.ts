import {randomLcg, shuffler} from "d3";
import {auc} from "../leakage/auc.js";
import {logisticRegression, predictLogistic, type LogisticModel} from "../leakage/logisticRegression.js";
import {streamSeed} from "../synth/random.js";
import {designMatrix, rowsWhere, type FeatureColumns} from "./featureColumns.js";

/** Options of {@link permutationImportance}. */
export interface PermutationOptions {
  /** 1 for the rows the importance is measured on (held out of training), 0 for training rows. */
  readonly holdout: ArrayLike<number>;
  /** Shuffles per feature. Default 5 (scikit-learn's default). */
  readonly repeats?: number;
  /** Seed of the shuffles: the same seed gives the same importances. Default 0. */
  readonly seed?: number;
}

/** One feature's importance: the drop in held-out AUC when its values are shuffled. */
export interface FeatureImportance {
  readonly feature: string;
  /** Mean drop in AUC over the repeats (AUC units; ≈ 0 for a feature the model does not use). */
  readonly mean: number;
  /** Standard deviation of the drops (ddof 0, as scikit-learn's `importances_std`). */
  readonly sd: number;
  /** The drop of each repeat. */
  readonly drops: number[];
}

/** What {@link permutationImportance} returns. */
export interface PermutationImportance {
  /** The held-out AUC with every feature intact. */
  readonly baselineAuc: number;
  readonly model: LogisticModel;
  readonly trainRows: number;
  readonly heldOutRows: number;
  /** One entry per feature, in the order of `features`. */
  readonly features: FeatureImportance[];
}

/**
 * Permutation importance of each feature for the lab's logistic regression
 * (lib/leakage): the model is fitted once on the training rows (all features, categories
 * one-hot), then on the held-out rows each feature in turn (all its one-hot columns
 * together) is shuffled `repeats` times and the drop in AUC recorded. The shuffles are
 * seeded per feature (d3's LCG), so a feature's importances do not depend on the others.
 *
 * @example permutationImportance({x: {kind: "numeric", values: [0, 1, 2, 3, 0, 1, 2, 3]}}, [0, 0, 1, 1, 0, 0, 1, 1], {holdout: [0, 0, 0, 0, 1, 1, 1, 1], repeats: 1}).baselineAuc // => 1
 */
export function permutationImportance(features: FeatureColumns, y: ArrayLike<number>, options: PermutationOptions): PermutationImportance {
  const {holdout, repeats = 5, seed = 0} = options;
  if (!Number.isInteger(repeats) || repeats < 1) throw new RangeError(`permutationImportance requires a whole number of repeats ≥ 1, got ${repeats}`);
  if (holdout.length !== y.length) throw new Error(`permutationImportance requires a holdout flag per row (${y.length}), got ${holdout.length}`);
  const {columns, groups} = designMatrix(features);
  const labels = Float64Array.from(y, Number);
  const trainY = rowsWhere({y: labels}, holdout, 0).y!;
  const testY = rowsWhere({y: labels}, holdout, 1).y!;
  const model = logisticRegression(rowsWhere(columns, holdout, 0), trainY);
  const test = rowsWhere(columns, holdout, 1);
  const baselineAuc = auc(predictLogistic(model, test), testY);
  const rows = Object.keys(features).map((feature) => {
    const shuffle = shuffler(randomLcg(streamSeed(seed, `permutation:${feature}`)));
    const drops: number[] = [];
    for (let r = 0; r < repeats; r++) {
      const order = shuffle(Array.from({length: testY.length}, (_, i) => i));
      const shuffled: Record<string, Float64Array> = {...test};
      for (const column of groups[feature]!) shuffled[column] = Float64Array.from(order, (i) => test[column]![i]!);
      drops.push(baselineAuc - auc(predictLogistic(model, shuffled), testY));
    }
    const mean = drops.reduce((a, b) => a + b, 0) / repeats;
    const sd = Math.sqrt(drops.reduce((a, b) => a + (b - mean) ** 2, 0) / repeats);
    return {feature, mean, sd, drops};
  });
  return {baselineAuc, model, trainRows: trainY.length, heldOutRows: testY.length, features: rows};
}

/**
 * Each feature alone: the held-out AUC of the logistic regression fitted on that feature
 * only (one-hot for a category) on the training rows (`holdout` 0), scored on the held-out
 * rows (`holdout` 1). 0.5 is a coin; a single feature near 1 is too good to be true.
 *
 * @example singleFeatureAuc({x: {kind: "numeric", values: [0, 1, 2, 3, 0, 1, 2, 3]}}, [0, 0, 1, 1, 0, 0, 1, 1], [0, 0, 0, 0, 1, 1, 1, 1]) // => {x: 1}
 */
export function singleFeatureAuc(features: FeatureColumns, y: ArrayLike<number>, holdout: ArrayLike<number>): Record<string, number> {
  const labels = Float64Array.from(y, Number);
  const trainY = rowsWhere({y: labels}, holdout, 0).y!;
  const testY = rowsWhere({y: labels}, holdout, 1).y!;
  const out: Record<string, number> = {};
  for (const [name, feature] of Object.entries(features)) {
    const {columns} = designMatrix({[name]: feature});
    const model = logisticRegression(rowsWhere(columns, holdout, 0), trainY);
    out[name] = auc(predictLogistic(model, rowsWhere(columns, holdout, 1)), testY);
  }
  return out;
}
