import {byCodeUnit, categoryCounts, type CategoricalBinning} from "./categoricalBinning.js";
import {binIndex, type NumericBinning} from "./numericBinning.js";

/** A reference binning, numeric or categorical. */
export type Binning = NumericBinning | CategoricalBinning;

/** Both windows' counts in the same bins, with the bins' labels. */
export interface BinnedWindows {
  labels: string[];
  reference: number[];
  current: number[];
  /** Values of the current window binned. */
  currentN: number;
  /** Nulls (and NaN) of the current window, left out of the bins. */
  currentNulls: number;
}

/**
 * Bins a current window against a reference binning. Numeric: the reference's edges (a
 * value on an edge goes above). Categorical: the union of categories, the reference's in
 * their order, then the current window's new ones sorted, with a reference count of 0.
 * Nulls and NaN are left out and counted; ±Infinity falls in an outer bin.
 *
 * @example binAgainst({kind: "categorical", categories: ["a"], counts: [3], n: 3, nulls: 0}, ["a", "c", null]).labels // => ["a", "c"]
 */
export function binAgainst(reference: Binning, current: ArrayLike<number | null> | ArrayLike<string | null>): BinnedWindows {
  if (reference.kind === "numeric") {
    const counts = new Array<number>(reference.edges.length + 1).fill(0);
    const values = current as ArrayLike<number | null>;
    let currentN = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null || v === undefined || v !== v) continue;
      counts[binIndex(reference.edges, v)]!++;
      currentN++;
    }
    return {labels: binLabels(reference.edges), reference: reference.counts.slice(), current: counts, currentN, currentNulls: values.length - currentN};
  }
  const counts = categoryCounts(current as ArrayLike<string | null>);
  const known = new Set(reference.categories);
  const labels = [...reference.categories, ...[...counts.keys()].filter((c) => !known.has(c)).sort(byCodeUnit)];
  let currentN = 0;
  for (const c of counts.values()) currentN += c;
  return {
    labels,
    reference: labels.map((_, i) => reference.counts[i] ?? 0),
    current: labels.map((c) => counts.get(c) ?? 0),
    currentN,
    currentNulls: current.length - currentN,
  };
}

/**
 * Labels of the bins that `edges` make: half-open intervals, closed below, since a value
 * on an edge goes in the bin above; the outer bins are open.
 *
 * @example binLabels([1, 2]) // => ["(-∞, 1)", "[1, 2)", "[2, ∞)"]
 */
export function binLabels(edges: readonly number[]): string[] {
  const bounds = ["-∞", ...edges.map(String), "∞"];
  return bounds.slice(1).map((hi, i) => `${i === 0 ? "(" : "["}${bounds[i]}, ${hi})`);
}
