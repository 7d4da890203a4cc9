/**
 * A reference window's categorical binning, a plain JSON value: `categories` in code-unit
 * order with their `counts`; `n` counts the values binned, `nulls` the nulls left out.
 */
export interface CategoricalBinning {
  kind: "categorical";
  categories: string[];
  counts: number[];
  n: number;
  nulls: number;
}

/**
 * One bin per category of a window, sorted by code unit (the empty string is a category);
 * nulls are left out and counted.
 *
 * @example categoricalBinning(["b", "a", null, "b"]) // => {kind: "categorical", categories: ["a", "b"], counts: [1, 2], n: 3, nulls: 1}
 */
export function categoricalBinning(values: ArrayLike<string | null>): CategoricalBinning {
  const counts = categoryCounts(values);
  const categories = [...counts.keys()].sort(byCodeUnit);
  let n = 0;
  for (const c of counts.values()) n += c;
  return {kind: "categorical", categories, counts: categories.map((c) => counts.get(c)!), n, nulls: values.length - n};
}

/**
 * How many times each non-null value occurs, in order of first appearance.
 *
 * @example categoryCounts(["b", "a", null, "b"]) // => Map {"b" => 2, "a" => 1}
 */
export function categoryCounts(values: ArrayLike<string | null>): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

/** Orders strings by UTF-16 code unit, as Array.prototype.sort does by default. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
