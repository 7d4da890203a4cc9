/** The spec format this code writes and reads; a spec of any other version is refused. */
export const SPEC_VERSION = 1 as const;

/** What a transform reads: numbers (ints, floats; NaN is missing), text (strings, booleans), event times. */
export type InputKind = "numeric" | "text" | "timestamp";

/** Scale a number by parameters fitted on its non-null training values. */
export type ScaleStep = {kind: "standard" | "minmax" | "robust"; column: string; output?: string};
/** One 0/1 column per sorted training category; `min_frequency` groups rarer ones (a count, or a share of rows when < 1) into `<column>_infrequent_sklearn`. */
export type OneHotStep = {kind: "onehot"; column: string; min_frequency?: number};
/** The category's index among the sorted training categories; unknown → −1, null stays null. */
export type OrdinalStep = {kind: "ordinal"; column: string; output?: string};
/** m-estimate target encoding, (sum + m·prior)/(count + m), out-of-fold on the training rows. */
export type TargetStep = {kind: "target"; column: string; target: string; smoothing?: number; folds?: number; seed?: number; output?: string};
/** Fill nulls; `indicator` adds `<column>_missing` (1 where the input was null). */
export type ImputeStep = {kind: "impute"; column: string; strategy: "mean" | "median" | "most_frequent" | "constant"; value?: number | string; indicator?: boolean; output?: string};
/** Clip to type-7 quantiles `[lo, hi]` of the training values, or to the fences q25 − k·IQR, q75 + k·IQR (`iqr: k`, DESIGN's 1.5). */
export type ClipStep = {kind: "clip"; column: string; quantiles?: [number, number]; iqr?: number; output?: string};
/** sum | count | mean of `column` over the same key's rows with event time in (t − window_ms, t]. */
export type WindowStep = {kind: "window"; column: string; key: string; time: string; window_ms: number; agg: "sum" | "count" | "mean"; output?: string};

/** A transform before fitting: what to do to which column. */
export type PreprocessStep = ScaleStep | OneHotStep | OrdinalStep | TargetStep | ImputeStep | ClipStep | WindowStep;

/** Fitted transforms: the step with its parameters (every field required). */
export type StandardTransform = {kind: "standard"; column: string; output: string; mean: number; std: number};
export type MinMaxTransform = {kind: "minmax"; column: string; output: string; min: number; max: number};
export type RobustTransform = {kind: "robust"; column: string; output: string; median: number; iqr: number};
export type OneHotTransform = {kind: "onehot"; column: string; categories: string[]; infrequent: string[]; min_frequency: number | null};
export type OrdinalTransform = {kind: "ordinal"; column: string; output: string; categories: string[]};
export type TargetTransform = {
  kind: "target"; column: string; target: string; output: string; smoothing: number;
  /** Mean target of all training rows with a target: the encoding of an unknown or null category. */
  prior: number;
  categories: string[];
  /** Per category (aligned with `categories`), fitted on every training row: the serving encoding. */
  encodings: number[];
  /** Out-of-fold encodings for the training rows: row r is in fold foldOf(r, k, seed). */
  folds: {k: number; seed: number; priors: number[]; encodings: number[][]};
};
export type ImputeTransform = {kind: "impute"; column: string; output: string; strategy: ImputeStep["strategy"]; value: number | string; indicator: string | null};
export type ClipTransform = {kind: "clip"; column: string; output: string; method: {quantiles: [number, number]} | {iqr: number}; lower: number; upper: number};
export type WindowTransform = {kind: "window"; column: string; key: string; time: string; output: string; window_ms: number; agg: WindowStep["agg"]};

export type Transform =
  | StandardTransform | MinMaxTransform | RobustTransform | OneHotTransform | OrdinalTransform
  | TargetTransform | ImputeTransform | ClipTransform | WindowTransform;

/**
 * A fitted preprocessing pipeline as a JSON document: transforms run in order, each reading
 * the input columns or an earlier transform's output. `fitted_on` names the training table's
 * rows and the kind of every input column read; `fingerprint` is specFingerprint of the rest.
 */
export interface PreprocessSpec {
  version: typeof SPEC_VERSION;
  fitted_on: {rows: number; columns: Record<string, InputKind>};
  transforms: Transform[];
  fingerprint: string;
}
