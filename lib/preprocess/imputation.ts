import {byCodeUnit} from "../drift/categoricalBinning.js";
import {quantileSorted} from "../profile/quantileSorted.js";
import {sql} from "../sql/index.js";
import {categoryTally} from "./categoryEncoding.js";
import type {PreprocessColumn} from "./preprocessColumns.js";
import type {ImputeStep, ImputeTransform} from "./preprocessSpec.js";
import {requireValues, sortedValues, sqlValue, type TransformFamily} from "./transformFamily.js";

/**
 * scikit-learn's SimpleImputer: nulls (and NaN) become the training values' mean, median
 * (type 7), most frequent value (ties → the smallest, as scipy's mode) or a constant (default
 * 0 for numbers, "missing_value" for text; text takes most_frequent or constant only).
 * `indicator: true` adds `missingindicator_<column>`: 1 where the input was null, else 0.
 *
 * @example tableColumns(applyPreprocess(fitPreprocess(tableFromArrays({x: Float64Array.of(1, NaN, 3, 3)}), [{kind: "impute", column: "x", strategy: "most_frequent", indicator: true}]), tableFromArrays({x: Float64Array.of(NaN, 2)}))) // => {x: [3, 2], missingindicator_x: [1, 0]}
 */
export const imputation: TransformFamily<ImputeStep, ImputeTransform> = {
  inputs: (step) => [[step.column, ["numeric", "text"]]],
  fit(step, source) {
    const input = source.column(step.column, ["numeric", "text"], "impute");
    const {strategy} = step;
    if (!["mean", "median", "most_frequent", "constant"].includes(strategy)) throw new RangeError(`fitPreprocess: impute strategy must be mean, median, most_frequent or constant, got ${JSON.stringify(strategy)}`);
    const base = {kind: "impute" as const, column: step.column, output: step.output ?? step.column, strategy, indicator: step.indicator ? `missingindicator_${step.column}` : null};
    if (strategy === "constant") {
      const value = step.value ?? (input.kind === "text" ? "missing_value" : 0);
      if (typeof value !== (input.kind === "text" ? "string" : "number")) throw new TypeError(`fitPreprocess: impute constant on ${input.kind} column ${JSON.stringify(step.column)} requires a ${input.kind === "text" ? "string" : "number"} value, got ${JSON.stringify(value)}`);
      return {...base, value};
    }
    if (input.kind === "text") {
      if (strategy !== "most_frequent") throw new TypeError(`fitPreprocess: impute ${strategy} requires a numeric column, got text column ${JSON.stringify(step.column)}`);
      const tally = categoryTally(input.values);
      requireValues(tally.length, "impute", step.column);
      const top = Math.max(...tally.map(([, c]) => c));
      return {...base, value: tally.filter(([, c]) => c === top).map(([v]) => v).sort(byCodeUnit)[0]!};
    }
    const sorted = sortedValues(input.values as Float64Array);
    requireValues(sorted.length, "impute", step.column);
    if (strategy === "median") return {...base, value: quantileSorted(sorted, 0.5)!};
    if (strategy === "most_frequent") return {...base, value: mostFrequent(sorted)};
    let sum = 0;
    for (const x of sorted) sum += x;
    return {...base, value: sum / sorted.length};
  },
  apply(t, source) {
    const input = source.column(t.column, ["numeric", "text"], "impute");
    const out: [string, PreprocessColumn][] = [];
    if (input.kind === "text") out.push([t.output, {kind: "text", values: input.values.map((v) => v ?? String(t.value))}]);
    else out.push([t.output, {kind: "numeric", values: (input.values as Float64Array).map((v) => (v === v ? v : Number(t.value)))}]);
    if (t.indicator) {
      const missing = input.kind === "text" ? Float64Array.from(input.values, (v) => (v === null ? 1 : 0)) : (input.values as Float64Array).map((v) => (v === v ? 0 : 1));
      out.push([t.indicator, {kind: "numeric", values: missing}]);
    }
    return out;
  },
  sql(t, source) {
    const text = typeof t.value === "string";
    const x = text ? source.text(t.column) : source.number(t.column);
    const out: [string, ReturnType<typeof sql>][] = [[t.output, sql`coalesce(${x}, ${text ? sql`${t.value}` : sqlValue(t.value as number)})`]];
    if (t.indicator) out.push([t.indicator, sql`case when ${x} is null then 1.0 else 0.0 end::DOUBLE`]);
    return out;
  },
  outputs: (t) => {
    const kind = typeof t.value === "string" ? "text" : "numeric";
    return t.indicator ? [[t.output, kind], [t.indicator, "numeric"]] : [[t.output, kind]];
  },
};

/**
 * The most frequent of ascending numbers, the smallest among ties.
 *
 * @example mostFrequent(Float64Array.of(1, 1, 2, 3, 3)) // => 1
 */
export function mostFrequent(sorted: Float64Array): number {
  let best = sorted[0]!, bestCount = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    if (j - i > bestCount) (best = sorted[i]!), (bestCount = j - i);
    i = j;
  }
  return best;
}
