import {sql} from "../sql/index.js";
import {quantileSorted} from "../profile/quantileSorted.js";
import type {MinMaxTransform, RobustTransform, ScaleStep, StandardTransform} from "./preprocessSpec.js";
import {mapNumbers, requireValues, sortedValues, sqlValue, type TransformFamily} from "./transformFamily.js";

type ScaleTransform = StandardTransform | MinMaxTransform | RobustTransform;

/**
 * scikit-learn's scalers, fitted on the non-null training values:
 * standard (x − mean)/std with the population std (ddof 0), a constant column → std 1 (and
 * mean = the value, so it scales to exactly 0); minmax (x − min)/(max − min), range 0 → 1;
 * robust (x − median)/(q75 − q25) with type-7 quantiles, IQR 0 → 1. Null stays null.
 *
 * @example fitPreprocess(tableFromArrays({x: Float64Array.of(1, 2, 3, 4)}), [{kind: "standard", column: "x"}]).transforms[0] // => {kind: "standard", column: "x", output: "x", mean: 2.5, std: 1.118033988749895}
 */
export const scaling: TransformFamily<ScaleStep, ScaleTransform> = {
  inputs: (step) => [[step.column, ["numeric"]]],
  fit(step, source) {
    const values = source.column(step.column, ["numeric"], step.kind).values as Float64Array;
    const sorted = sortedValues(values);
    const n = sorted.length;
    requireValues(n, step.kind, step.column);
    const base = {column: step.column, output: step.output ?? step.column};
    const min = sorted[0]!, max = sorted[n - 1]!;
    if (!Number.isFinite(min) || !Number.isFinite(max)) throw new RangeError(`fitPreprocess: ${step.kind} on column ${JSON.stringify(step.column)} requires finite training values, got ${!Number.isFinite(min) ? min : max}`);
    if (step.kind === "minmax") return {kind: "minmax", ...base, min, max};
    if (step.kind === "robust") {
      const q25 = quantileSorted(sorted, 0.25)!, q75 = quantileSorted(sorted, 0.75)!;
      return {kind: "robust", ...base, median: quantileSorted(sorted, 0.5)!, iqr: q75 - q25};
    }
    if (min === max) return {kind: "standard", ...base, mean: min, std: 1};
    let sum = 0;
    for (const x of sorted) sum += x;
    const mean = sum / n;
    let ss = 0;
    for (const x of sorted) ss += (x - mean) * (x - mean);
    return {kind: "standard", ...base, mean, std: Math.sqrt(ss / n) || 1};
  },
  apply(t, source) {
    const values = source.column(t.column, ["numeric"], t.kind).values as Float64Array;
    const [shift, scale] = shiftAndScale(t);
    return [[t.output, {kind: "numeric", values: mapNumbers(values, (x) => (x - shift) / scale)}]];
  },
  sql(t, source) {
    const [shift, scale] = shiftAndScale(t);
    return [[t.output, sql`(${source.number(t.column)} - ${sqlValue(shift)}) / ${sqlValue(scale)}`]];
  },
  outputs: (t) => [[t.output, "numeric"]],
};

// (x − shift) / scale for each scaler; a zero scale becomes 1 as in scikit-learn.
function shiftAndScale(t: ScaleTransform): [number, number] {
  if (t.kind === "standard") return [t.mean, t.std === 0 ? 1 : t.std];
  if (t.kind === "minmax") return [t.min, t.max - t.min === 0 ? 1 : t.max - t.min];
  return [t.median, t.iqr === 0 ? 1 : t.iqr];
}
