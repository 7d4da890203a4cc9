import {kstwoSf} from "./kstwoSf.js";

/** The two-sample Kolmogorov–Smirnov statistic and its p-value. */
export interface KsResult {
  /** D = sup |F_ref − F_cur|, in [0, 1]. */
  statistic: number;
  /** Two-sided asymptotic p-value (scipy's ks_2samp(method="asymp")). */
  pValue: number;
}

/**
 * Two-sample Kolmogorov–Smirnov test on raw values, as scipy.stats.ks_2samp(reference,
 * current, method="asymp"): D is the largest gap between the two empirical CDFs (each
 * evaluated as count/n, as scipy does), the p-value kstwo.sf(D, round(n₁n₂/(n₁ + n₂)))
 * (numpy's round, half to even). Nulls and NaN are left out; ±Infinity are values.
 * Throws when a window has no values.
 *
 * @example ksTest([1, 2, 3, 4], [3, 4, 5, 6, 7]) // => {statistic: 0.6, pValue: 0.32000000000000006}
 */
export function ksTest(reference: ArrayLike<number | null>, current: ArrayLike<number | null>): KsResult {
  const a = sortedValues("ksTest", "reference", reference);
  const b = sortedValues("ksTest", "current", current);
  const statistic = ksStatisticSorted(a, b);
  return {statistic, pValue: ksPValue(statistic, a.length, b.length)};
}

/**
 * The two-sided asymptotic p-value of a two-sample KS statistic D with samples of n1 and n2
 * values: kstwo.sf(D, round(n1·n2/(n1 + n2))), as ks_2samp(method="asymp"). NaN when that
 * rounds to 0 (one value in each window), as scipy gives.
 *
 * @example ksPValue(0.6, 4, 5) // => 0.32000000000000006
 */
export function ksPValue(statistic: number, n1: number, n2: number): number {
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = roundHalfEven((m * n) / (m + n));
  return en === 0 ? NaN : kstwoSf(statistic, en);
}

/**
 * D = sup |F_a − F_b| of two ascending arrays, as ks_2samp computes it: the CDFs at every
 * value as count/n, and D the larger of max(F_a − F_b) and −min(F_a − F_b).
 *
 * @example ksStatisticSorted([1, 2], [2, 3]) // => 0.5
 */
export function ksStatisticSorted(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n1 = a.length, n2 = b.length;
  let i = 0, j = 0, max = -Infinity, min = Infinity;
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && a[i]! <= b[j]!) ? a[i]! : b[j]!;
    while (i < n1 && a[i]! <= v) i++;
    while (j < n2 && b[j]! <= v) j++;
    const diff = i / n1 - j / n2;
    if (diff > max) max = diff;
    if (diff < min) min = diff;
  }
  const minS = Math.min(1, Math.max(0, -min));
  return minS > max ? minS : max;
}

/** numpy's round: to the nearest whole number, halves to even. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** The window's values without nulls and NaN, ascending; throws naming the window when none are left. */
export function sortedValues(caller: string, window: string, values: ArrayLike<number | null>): Float64Array {
  const out = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || v !== v) continue;
    out[n++] = v;
  }
  if (n === 0) throw new RangeError(`${caller} requires values in both windows, got none in the ${window} window (${values.length} nulls or NaN)`);
  return out.subarray(0, n).sort();
}
