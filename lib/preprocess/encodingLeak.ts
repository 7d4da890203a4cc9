import type {Table} from "apache-arrow";
import {auc} from "../leakage/auc.js";
import {logisticRegression, predictLogistic} from "../leakage/logisticRegression.js";
import {applyPreprocess} from "./applyPreprocess.js";
import {fitPreprocess} from "./fitPreprocess.js";
import {readPreprocessColumn} from "./preprocessColumns.js";
import type {TargetStep} from "./preprocessSpec.js";

/** How a target encoding was fitted and applied in one arm of encodingLeak. */
export type EncodingVariant = "all_rows" | "in_sample" | "out_of_fold";

/** One arm of encodingLeak: scores of the same model on the training rows and on the later serving rows. */
export interface EncodingLeakResult {
  variant: EncodingVariant;
  /** AUC and mean log-loss (natural log) on the training rows the model was fitted on. */
  trainAuc: number;
  trainLogLoss: number;
  /** AUC and mean log-loss on the serving rows (later in time), scored with the serving encodings. */
  serveAuc: number;
  serveLogLoss: number;
  /** The model's weight on the encoding (standardized scale): how much it trusts it. */
  weight: number;
}

/** Options of encodingLeak: the target step's column, target and knobs, and numeric features beside it. */
export interface EncodingLeakOptions {
  column: string;
  target: string;
  smoothing?: number;
  folds?: number;
  seed?: number;
  /** Numeric columns of both tables the model also reads (nulls → the training mean). */
  features?: readonly string[];
}

/**
 * What fitting a target encoding on the wrong rows costs, measured out of time. The same
 * logistic regression (lib/leakage) on the encoding of `column` plus `features` is trained
 * on `train` three times and scored on `train` and on `serve` (later rows):
 * `all_rows` — the encoding fitted on train and serve together, applied in-sample to both
 * (the serving labels leak into the serving scores); `in_sample` — fitted on train only,
 * each training row encoded with its own label counted in (the model learns to over-trust
 * it); `out_of_fold` — fitted on train only, training rows encoded out-of-fold, serve with
 * the training-window encodings (honest). Only `out_of_fold`'s serving score is what
 * production will see.
 *
 * @example encodingLeak(train, serve, {column: "c", target: "y"}).map((r) => r.variant) // => ["all_rows", "in_sample", "out_of_fold"]
 */
export function encodingLeak(train: Table, serve: Table, options: EncodingLeakOptions): EncodingLeakResult[] {
  const {column, target, smoothing = 10, folds = 5, seed = 0, features = []} = options;
  const step: TargetStep = {kind: "target", column, target, smoothing, folds, seed, output: "__encoding"};
  const labels = (t: Table) => readPreprocessColumn(requireChild(t, target), "numeric").values as Float64Array;
  const numbers = (t: Table) => Object.fromEntries(features.map((f) => [f, readPreprocessColumn(requireChild(t, f), "numeric").values as Float64Array]));
  const encode = (t: Table, spec: ReturnType<typeof fitPreprocess>, training: boolean) => applyPreprocess(spec, t, {training}).getChild("__encoding")!.toArray() as Float64Array;
  const yTrain = labels(train), yServe = labels(serve);
  const trainOnly = fitPreprocess(train, [step]);
  const all = fitPreprocess(train.concat(serve), [step]);
  const allEncoded = applyPreprocess(all, train.concat(serve)).getChild("__encoding")!.toArray() as Float64Array;
  const arms: [EncodingVariant, Float64Array, Float64Array][] = [
    ["all_rows", allEncoded.slice(0, train.numRows), allEncoded.slice(train.numRows)],
    ["in_sample", encode(train, trainOnly, false), encode(serve, trainOnly, false)],
    ["out_of_fold", encode(train, trainOnly, true), encode(serve, trainOnly, false)],
  ];
  return arms.map(([variant, encTrain, encServe]) => {
    const model = logisticRegression({encoding: encTrain, ...numbers(train)}, yTrain);
    const pTrain = predictLogistic(model, {encoding: encTrain, ...numbers(train)});
    const pServe = predictLogistic(model, {encoding: encServe, ...numbers(serve)});
    return {variant, trainAuc: auc(pTrain, yTrain), trainLogLoss: logLoss(pTrain, yTrain), serveAuc: auc(pServe, yServe), serveLogLoss: logLoss(pServe, yServe), weight: model.weights[0]!};
  });
}

/**
 * Mean log-loss −[y·ln p + (1 − y)·ln(1 − p)] of probabilities against 0/1 labels, p clipped
 * to [1e-15, 1 − 1e-15] (scikit-learn's log_loss); rows with a NaN p or label are left out.
 *
 * @example logLoss(Float64Array.of(0.5, 0.5), Float64Array.of(0, 1)) // => 0.6931471805599453
 */
export function logLoss(p: ArrayLike<number>, y: ArrayLike<number>): number {
  if (p.length !== y.length) throw new RangeError(`logLoss requires as many labels as probabilities, got ${y.length} and ${p.length}`);
  let sum = 0, n = 0;
  for (let i = 0; i < p.length; i++) {
    const q = Math.min(1 - 1e-15, Math.max(1e-15, p[i]!)), t = y[i]!;
    if (q !== q || t !== t) continue;
    sum -= t * Math.log(q) + (1 - t) * Math.log(1 - q);
    n++;
  }
  return sum / n;
}

function requireChild(table: Table, name: string) {
  const child = table.getChild(name);
  if (!child) throw new TypeError(`encodingLeak requires column ${JSON.stringify(name)}, got ${table.schema.fields.map((f) => f.name).join(", ")}`);
  return child;
}
