import {checkSameBins, smoothedProportions} from "./smoothedProportions.js";

/**
 * Jensen–Shannon divergence of two windows over the same bins: ½KL(p‖m) + ½KL(q‖m) with
 * m = ½(p + q), natural log, so it lies in [0, ln 2]; p and q are the bin proportions after
 * adding `eps` to each and renormalizing. Symmetric. Takes counts or proportions.
 * (Evidently and scipy's `jensenshannon` report its square root, a distance.) The seed
 * notebook's four bins:
 *
 * @example jsDivergence([0.2, 0.3, 0.25, 0.25], [0.1, 0.25, 0.3, 0.35]) // => 0.01495699294506609
 */
export function jsDivergence(reference: ArrayLike<number>, current: ArrayLike<number>, eps = 1e-8): number {
  checkSameBins("jsDivergence", reference, current);
  const p = smoothedProportions(reference, eps, "jsDivergence");
  const q = smoothedProportions(current, eps, "jsDivergence");
  let kp = 0, kq = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i]! + q[i]!) / 2;
    // 0·ln 0 = 0: with eps = 0 a bin can be empty in one window.
    if (p[i]! > 0) kp += p[i]! * Math.log(p[i]! / m);
    if (q[i]! > 0) kq += q[i]! * Math.log(q[i]! / m);
  }
  // Rounding can leave a few ulps below 0 for near-equal windows: the divergence cannot be.
  return Math.min(Math.LN2, Math.max(0, 0.5 * kp + 0.5 * kq));
}
