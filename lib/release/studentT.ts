// Student's t from stdlib (@stdlib/math-base-special-betainc, @stdlib/stats-base-dists-t-quantile):
// simple-statistics has no t distribution (its tTest returns the statistic only), and a
// hand-rolled series loses digits in the tails. Both packages port Boost/Cephes, agree
// with scipy to ~1e-15 at the lab's sizes, and bundle for the browser.
import betainc from "@stdlib/math-base-special-betainc";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";

/**
 * Two-sided p-value of a Student-t statistic with `df` degrees of freedom,
 * P(|T| ≥ |t|) = I_{df/(df+t²)}(df/2, 1/2) (the regularized incomplete beta), as
 * `scipy.stats.ttest_rel` reports it. ±Infinity gives 0; NaN gives NaN.
 *
 * @example studentTwoSidedP(11, 4) // => 0.00038817133849401416
 */
export function studentTwoSidedP(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`studentTwoSidedP requires df > 0, got ${df}`);
  if (Number.isNaN(t)) return NaN;
  if (!Number.isFinite(t)) return 0;
  return Math.min(1, betainc(df / (df + t * t), df / 2, 0.5));
}

/**
 * The p-quantile of Student's t with `df` degrees of freedom (scipy's `stats.t.ppf`).
 *
 * @example studentQuantile(0.975, 4) // => 2.776445105197794
 */
export function studentQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`studentQuantile requires p in (0, 1), got ${p}`);
  if (!(df > 0)) throw new RangeError(`studentQuantile requires df > 0, got ${df}`);
  return tQuantile(p, df);
}
