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
 * their (sorted) order, then the current window's new ones sorted, with a reference count of 0.
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
  const union = categoryUnion(new Map(reference.categories.map((c, i) => [c, reference.counts[i]!])), counts);
  let currentN = 0;
  for (const c of counts.values()) currentN += c;
  return {...union, currentN, currentNulls: current.length - currentN};
}

/**
 * Two windows' category counts over the union of their categories: the reference's sorted
 * by code unit, then the current window's new ones sorted, each window 0 where it lacks one.
 *
 * @example categoryUnion(new Map([["b", 2], ["a", 1]]), new Map([["c", 4], ["a", 3]])) // => {labels: ["a", "b", "c"], reference: [1, 2, 0], current: [3, 0, 4]}
 */
export function categoryUnion(reference: Map<string, number>, current: Map<string, number>): {labels: string[]; reference: number[]; current: number[]} {
  const labels = [...[...reference.keys()].sort(byCodeUnit), ...[...current.keys()].filter((c) => !reference.has(c)).sort(byCodeUnit)];
  return {labels, reference: labels.map((c) => reference.get(c) ?? 0), current: labels.map((c) => current.get(c) ?? 0)};
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
