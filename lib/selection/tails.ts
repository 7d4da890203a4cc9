// Upper tails of chi² and F from stdlib (@stdlib/math-base-special-gammainc, -betainc):
// simple-statistics has only a chi² table at fixed p; these port Boost/Cephes and agree
// with scipy's chi2.sf and f.sf to ~1e-15 at the lab's sizes, and bundle for the browser.
import betainc from "@stdlib/math-base-special-betainc";
import gammainc from "@stdlib/math-base-special-gammainc";

/**
 * P(X ≥ x) for X chi-squared with `df` degrees of freedom (scipy's `chi2.sf`): the
 * regularized upper incomplete gamma Q(df/2, x/2). NaN gives NaN.
 *
 * @example chiSquareSurvival(3.84, 1) // => 0.05004352124870509
 */
export function chiSquareSurvival(x: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`chiSquareSurvival requires df > 0, got ${df}`);
  if (Number.isNaN(x)) return NaN;
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  return gammainc(x / 2, df / 2, true, true);
}

/**
 * P(X ≥ f) for X following Fisher's F with (d1, d2) degrees of freedom (scipy's `f.sf`):
 * the regularized incomplete beta I_{d2/(d2 + d1·f)}(d2/2, d1/2). NaN gives NaN.
 *
 * @example fSurvival(4, 2, 10) // => 0.052922149401344654
 */
export function fSurvival(f: number, d1: number, d2: number): number {
  if (!(d1 > 0 && d2 > 0)) throw new RangeError(`fSurvival requires d1 > 0 and d2 > 0, got ${d1} and ${d2}`);
  if (Number.isNaN(f)) return NaN;
  if (f <= 0) return 1;
  if (f === Infinity) return 0;
  return betainc(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
}
