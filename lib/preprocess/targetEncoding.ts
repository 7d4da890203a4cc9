import {join, raw, sql, type SqlFragment} from "../sql/index.js";
import {byCodeUnit} from "../drift/categoricalBinning.js";
import type {TargetStep, TargetTransform} from "./preprocessSpec.js";
import {requireValues, sqlValue, type TransformFamily} from "./transformFamily.js";

/**
 * The fold of training row `row` (0-based) among k, from a seed: a 32-bit multiplicative
 * hash of the row number (Knuth's 2654435761, then two xor-shift-multiply rounds), mod k.
 * Deterministic, about 1/k of the rows each, and the same in SQL (foldOfSql).
 *
 * @example [0, 1, 2, 3, 4, 5].map((r) => foldOf(r, 3, 7)) // => [1, 2, 2, 1, 1, 1]
 */
export function foldOf(row: number, k: number, seed: number): number {
  let h = (Math.imul(row, 0x9e3779b1) + seed) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  h = Math.imul(h, 0x45d9f3b) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  return h % k;
}

/**
 * foldOf in DuckDB over a BIGINT row number (every product stays below 2^63).
 *
 * @example foldOfSql(raw("r"), 5, 0).text.startsWith("(xor(((xor(((r * 2654435761 + 0) % 4294967296)") // => true
 */
export function foldOfSql(row: SqlFragment, k: number, seed: number): SqlFragment {
  const h0 = sql`((${row} * 2654435761 + ${raw(String(seed))}) % 4294967296)`;
  const h1 = sql`xor(${h0}, ${h0} >> 16)`;
  const h2 = sql`((${h1} * 73244475) % 4294967296)`;
  return sql`(xor(${h2}, ${h2} >> 16) % ${raw(String(k))})`;
}

/**
 * Target encoding by the m-estimate: a category's encoding is (sum_c + m·prior)/(n_c + m),
 * its mean target shrunk towards the prior (the mean target of all rows) with the weight of
 * m pseudo-rows; an unknown or null category gets the prior. (scikit-learn's TargetEncoder
 * with a numeric `smooth` is this formula; its default "auto" estimates m per category from
 * the variances — the m-estimate keeps one readable knob and one SQL expression.)
 *
 * Out-of-fold on the training rows: a row's own target is part of its category's mean, so
 * an in-sample encoding leaks the label (a category seen once encodes its own target
 * exactly) and the model learns to trust it. Each training row is encoded from the other
 * k − 1 folds (foldOf(row, k, seed)); serving uses the encodings fitted on every row.
 * Rows with a null target are left out of the fit.
 *
 * @example targetEncodingOf(["a", "a", "b"], Float64Array.of(1, 0, 1), 1).encodings // => [0.5555555555555555, 0.8333333333333333]
 */
export const targetEncoding: TransformFamily<TargetStep, TargetTransform> = {
  inputs: (step) => [[step.column, ["text"]]],
  fit(step, source) {
    const x = source.column(step.column, ["text"], "target").values as (string | null)[];
    const y = source.column(step.target, ["numeric"], "target").values as Float64Array;
    const m = step.smoothing ?? 10, k = step.folds ?? 5, seed = step.seed ?? 0;
    if (!(m >= 0) || !Number.isFinite(m)) throw new RangeError(`fitPreprocess: target smoothing requires a finite number ≥ 0, got ${m}`);
    if (!Number.isInteger(k) || k < 2) throw new RangeError(`fitPreprocess: target folds requires a whole number ≥ 2, got ${k}`);
    if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) throw new RangeError(`fitPreprocess: target seed requires a whole number in [0, 2^32), got ${seed}`);
    const full = targetEncodingOf(x, y, m);
    requireValues(full.categories.length, "target", step.column);
    const fold = Int32Array.from(x, (_, r) => foldOf(r, k, seed));
    const priors: number[] = [], encodings: number[][] = [];
    for (let f = 0; f < k; f++) {
      const rest = targetEncodingOf(x, y, m, (r) => fold[r] !== f);
      const prior = Number.isNaN(rest.prior) ? full.prior : rest.prior;
      const byCategory = new Map(rest.categories.map((c, i) => [c, rest.encodings[i]!]));
      priors.push(prior);
      encodings.push(full.categories.map((c) => byCategory.get(c) ?? prior));
    }
    return {kind: "target", column: step.column, target: step.target, output: step.output ?? `${step.column}_target`, smoothing: m, prior: full.prior, categories: full.categories, encodings: full.encodings, folds: {k, seed, priors, encodings}};
  },
  apply(t, source) {
    const x = source.column(t.column, ["text"], "target").values as (string | null)[];
    const index = new Map(t.categories.map((c, i) => [c, i]));
    const out = new Float64Array(x.length);
    x.forEach((v, r) => {
      const i = v === null ? undefined : index.get(v);
      if (!source.training) out[r] = i === undefined ? t.prior : t.encodings[i]!;
      else {
        const f = foldOf(r, t.folds.k, t.folds.seed);
        out[r] = i === undefined ? t.folds.priors[f]! : t.folds.encodings[f]![i]!;
      }
    });
    return [[t.output, {kind: "numeric", values: out}]];
  },
  sql(t, source) {
    const x = source.text(t.column);
    const lookup = (encodings: number[], prior: number) =>
      sql`case${join(t.categories.map((c, i) => sql` when ${x} = ${c} then ${sqlValue(encodings[i]!)}`), "")} else ${sqlValue(prior)} end`;
    if (!source.training) return [[t.output, lookup(t.encodings, t.prior)]];
    const folds = t.folds.encodings.map((e, f) => sql` when ${raw(String(f))} then ${lookup(e, t.folds.priors[f]!)}`);
    return [[t.output, sql`case ${foldOfSql(source.row, t.folds.k, t.folds.seed)}${join(folds, "")} end`]];
  },
  outputs: (t) => [[t.output, "numeric"]],
};

/**
 * m-estimate encodings of the sorted categories over the rows `use` keeps with a target.
 * The prior is NaN when no row is kept.
 *
 * @example targetEncodingOf(["a", "b"], Float64Array.of(1, 0), 0) // => {categories: ["a", "b"], encodings: [1, 0], prior: 0.5}
 */
export function targetEncodingOf(x: readonly (string | null)[], y: Float64Array, m: number, use: (row: number) => boolean = () => true): {categories: string[]; encodings: number[]; prior: number} {
  let sum = 0, n = 0;
  const stats = new Map<string, {sum: number; n: number}>();
  for (let r = 0; r < x.length; r++) {
    const t = y[r]!;
    if (t !== t || !use(r)) continue;
    sum += t;
    n++;
    const c = x[r]!;
    if (c === null) continue;
    const s = stats.get(c);
    if (s) (s.sum += t), s.n++;
    else stats.set(c, {sum: t, n: 1});
  }
  const prior = sum / n;
  const categories = [...stats.keys()].sort(byCodeUnit);
  return {categories, encodings: categories.map((c) => (stats.get(c)!.sum + m * prior) / (stats.get(c)!.n + m)), prior};
}
