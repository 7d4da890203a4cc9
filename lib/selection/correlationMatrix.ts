import {sampleCorrelation} from "simple-statistics";

/** A symmetric matrix of correlations between features. */
export interface CorrelationMatrix {
  readonly features: string[];
  /** Row-major, features.length², 1 on the diagonal (NaN for a constant feature). */
  readonly values: Float64Array;
}

/**
 * Pearson's or Spearman's correlation between every pair of columns, over the rows where
 * both are present (NaN left out pairwise, as pandas' `DataFrame.corr` does). Spearman is
 * Pearson on midranks (ties share the average rank, as scipy's `spearmanr`); Pearson is
 * simple-statistics' `sampleCorrelation`.
 *
 * @example correlationMatrix({a: [1, 2, 3], b: [3, 2, 1]}, "pearson").values // => Float64Array [1, -1, -1, 1]
 */
export function correlationMatrix(columns: Readonly<Record<string, ArrayLike<number>>>, method: "pearson" | "spearman" = "pearson"): CorrelationMatrix {
  const features = Object.keys(columns);
  const d = features.length;
  const data = features.map((f) => columns[f]!);
  const n = data[0]?.length ?? 0;
  data.forEach((c, j) => {
    if (c.length !== n) throw new Error(`correlationMatrix requires columns of one length, got ${c.length} in ${JSON.stringify(features[j])} and ${n} in ${JSON.stringify(features[0])}`);
  });
  const complete = data.map((c) => Array.prototype.every.call(c, (v: number) => v === v));
  const transform = (values: number[]) => (method === "spearman" ? midranks(values) : values);
  const whole = data.map((c, j) => (complete[j] ? transform(Array.from(c)) : []));
  const values = new Float64Array(d * d);
  for (let a = 0; a < d; a++) {
    for (let b = a; b < d; b++) {
      let x: number[], y: number[];
      if (complete[a] && complete[b]) (x = whole[a]!), (y = whole[b]!);
      else {
        const rows = Array.from({length: n}, (_, i) => i).filter((i) => data[a]![i] === data[a]![i] && data[b]![i] === data[b]![i]);
        x = transform(rows.map((i) => data[a]![i]!));
        y = transform(rows.map((i) => data[b]![i]!));
      }
      const r = x.length > 1 ? sampleCorrelation(x, y) : NaN;
      values[a * d + b] = values[b * d + a] = a === b && r === r ? 1 : Math.max(-1, Math.min(1, r));
    }
  }
  return {features, values};
}

/**
 * Ranks from 0, tied values sharing the average of the ranks they span (midranks).
 *
 * @example midranks([10, 30, 20, 20]) // => [0, 3, 1.5, 1.5]
 */
export function midranks(values: readonly number[]): number[] {
  const order = Array.from(values.keys()).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]!] === values[order[i]!]) j++;
    for (let k = i; k <= j; k++) ranks[order[k]!] = (i + j) / 2;
    i = j + 1;
  }
  return ranks;
}
