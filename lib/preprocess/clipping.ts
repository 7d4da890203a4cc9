import {quantileSorted} from "../profile/quantileSorted.js";
import {sql} from "../sql/index.js";
import type {ClipStep, ClipTransform} from "./preprocessSpec.js";
import {mapNumbers, requireValues, sortedValues, sqlValue, type TransformFamily} from "./transformFamily.js";

/**
 * Outlier clipping to bounds fitted on the non-null training values: type-7 quantiles
 * `quantiles: [lo, hi]`, or the IQR fences q25 − k·IQR, q75 + k·IQR (`iqr: k`, default
 * 1.5, Tukey's). Values outside become the bound; null stays null.
 *
 * @example clipBounds(Float64Array.of(1, 2, 3, 4, 100), {iqr: 1.5}) // => [-1, 7]
 */
export const clipping: TransformFamily<ClipStep, ClipTransform> = {
  inputs: (step) => [[step.column, ["numeric"]]],
  fit(step, source) {
    const sorted = sortedValues(source.column(step.column, ["numeric"], "clip").values as Float64Array);
    requireValues(sorted.length, "clip", step.column);
    if (step.quantiles && step.iqr !== undefined) throw new TypeError(`fitPreprocess: clip on ${JSON.stringify(step.column)} takes quantiles or iqr, got both`);
    const method = step.quantiles ? {quantiles: step.quantiles} : {iqr: step.iqr ?? 1.5};
    const [lower, upper] = clipBounds(sorted, method);
    return {kind: "clip", column: step.column, output: step.output ?? step.column, method, lower, upper};
  },
  apply(t, source) {
    const values = source.column(t.column, ["numeric"], "clip").values as Float64Array;
    return [[t.output, {kind: "numeric", values: mapNumbers(values, (x) => (x < t.lower ? t.lower : x > t.upper ? t.upper : x))}]];
  },
  sql(t, source) {
    const x = source.number(t.column);
    return [[t.output, sql`case when ${x} < ${sqlValue(t.lower)} then ${sqlValue(t.lower)} when ${x} > ${sqlValue(t.upper)} then ${sqlValue(t.upper)} else ${x} end`]];
  },
  outputs: (t) => [[t.output, "numeric"]],
};

/**
 * The clip bounds of ascending non-null values: quantiles or IQR fences.
 *
 * @example clipBounds(Float64Array.of(0, 10), {quantiles: [0.1, 0.9]}) // => [1, 9]
 */
export function clipBounds(sorted: Float64Array, method: {quantiles: [number, number]} | {iqr: number}): [number, number] {
  if ("quantiles" in method) {
    const [lo, hi] = method.quantiles;
    if (!(lo >= 0 && lo <= hi && hi <= 1)) throw new RangeError(`fitPreprocess: clip quantiles require 0 ≤ lo ≤ hi ≤ 1, got [${lo}, ${hi}]`);
    return [quantileSorted(sorted, lo)!, quantileSorted(sorted, hi)!];
  }
  const k = method.iqr;
  if (!(k >= 0) || !Number.isFinite(k)) throw new RangeError(`fitPreprocess: clip iqr requires a finite factor ≥ 0, got ${k}`);
  const q25 = quantileSorted(sorted, 0.25)!, q75 = quantileSorted(sorted, 0.75)!;
  return [q25 - k * (q75 - q25), q75 + k * (q75 - q25)];
}
