import {byCodeUnit} from "../drift/categoricalBinning.js";
import {join, raw, sql, type SqlFragment} from "../sql/index.js";
import type {OneHotStep, OneHotTransform, OrdinalStep, OrdinalTransform} from "./preprocessSpec.js";
import {requireValues, type TransformFamily} from "./transformFamily.js";

/**
 * How often each non-null category occurs, categories sorted by code unit (Python's order for BMP text).
 *
 * @example categoryTally(["b", "a", null, "b"]) // => [["a", 1], ["b", 2]]
 */
export function categoryTally(values: readonly (string | null)[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => byCodeUnit(a[0], b[0]));
}

/**
 * scikit-learn's OneHotEncoder(handle_unknown="ignore"): one 0/1 column `<column>_<category>`
 * per sorted training category; an unknown category or null → all zeros. With
 * `min_frequency` (a count, or a share of the non-null rows when below 1) the categories
 * seen fewer times go into one column `<column>_infrequent_sklearn`, last.
 *
 * @example onehotOutputs({kind: "onehot", column: "c", categories: ["a"], infrequent: ["z"], min_frequency: 2}) // => ["c_a", "c_infrequent_sklearn"]
 */
export const onehot: TransformFamily<OneHotStep, OneHotTransform> = {
  inputs: (step) => [[step.column, ["text"]]],
  fit(step, source) {
    const tally = categoryTally(source.column(step.column, ["text"], "onehot").values as (string | null)[]);
    requireValues(tally.length, "onehot", step.column);
    const mf = step.min_frequency;
    if (mf === undefined) return {kind: "onehot", column: step.column, categories: tally.map(([c]) => c), infrequent: [], min_frequency: null};
    if (!(mf > 0) || (mf >= 1 && !Number.isInteger(mf))) throw new RangeError(`fitPreprocess: onehot min_frequency requires a whole count ≥ 1 or a share in (0, 1), got ${mf}`);
    const n = tally.reduce((s, [, c]) => s + c, 0);
    const least = mf < 1 ? mf * n : mf;
    return {kind: "onehot", column: step.column, categories: tally.filter(([, c]) => c >= least).map(([c]) => c), infrequent: tally.filter(([, c]) => c < least).map(([c]) => c), min_frequency: mf};
  },
  apply(t, source) {
    const values = source.column(t.column, ["text"], "onehot").values as (string | null)[];
    const names = onehotOutputs(t);
    const slot = new Map<string, number>(t.categories.map((c, i) => [c, i]));
    for (const c of t.infrequent) slot.set(c, t.categories.length);
    const outs = names.map(() => new Float64Array(values.length));
    values.forEach((v, i) => {
      const k = v === null ? undefined : slot.get(v);
      if (k !== undefined) outs[k]![i] = 1;
    });
    return names.map((name, k) => [name, {kind: "numeric", values: outs[k]!}]);
  },
  sql(t, source) {
    const x = source.text(t.column);
    const names = onehotOutputs(t);
    const tests: SqlFragment[] = t.categories.map((c) => sql`${x} = ${c}`);
    if (t.infrequent.length) tests.push(sql`${x} in (${join(t.infrequent)})`);
    return names.map((name, k) => [name, sql`case when ${tests[k]!} then 1.0 else 0.0 end::DOUBLE`]);
  },
  outputs: (t) => onehotOutputs(t).map((name) => [name, "numeric"]),
};

/** The output columns of a one-hot transform, in order. */
export function onehotOutputs(t: OneHotTransform): string[] {
  const names = t.categories.map((c) => `${t.column}_${c}`);
  if (t.infrequent.length) names.push(`${t.column}_infrequent_sklearn`);
  return names;
}

/**
 * scikit-learn's OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=−1): the
 * category's index among the sorted training categories, unknown → −1, null stays null.
 *
 * @example tableColumns(applyPreprocess(fitPreprocess(tableFromArrays({c: ["a", "b"]}), [{kind: "ordinal", column: "c"}]), tableFromArrays({c: ["b", "z"]}))).c // => [1, -1]
 */
export const ordinal: TransformFamily<OrdinalStep, OrdinalTransform> = {
  inputs: (step) => [[step.column, ["text"]]],
  fit(step, source) {
    const tally = categoryTally(source.column(step.column, ["text"], "ordinal").values as (string | null)[]);
    requireValues(tally.length, "ordinal", step.column);
    return {kind: "ordinal", column: step.column, output: step.output ?? step.column, categories: tally.map(([c]) => c)};
  },
  apply(t, source) {
    const values = source.column(t.column, ["text"], "ordinal").values as (string | null)[];
    const index = new Map(t.categories.map((c, i) => [c, i]));
    const out = Float64Array.from(values, (v) => (v === null ? NaN : (index.get(v) ?? -1)));
    return [[t.output, {kind: "numeric", values: out}]];
  },
  sql(t, source) {
    const x = source.text(t.column);
    const whens = t.categories.map((c, i) => sql` when ${x} = ${c} then ${raw(String(i))}`);
    return [[t.output, sql`(case when ${x} is null then null${join(whens, "")} else -1 end)::DOUBLE`]];
  },
  outputs: (t) => [[t.output, "numeric"]],
};
