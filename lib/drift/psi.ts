import {checkSameBins, smoothedProportions} from "./smoothedProportions.js";

/**
 * Population stability index of a current window against a reference, over the same bins:
 * Σ (q − p)·ln(q/p), natural log, with p and q the bin proportions after adding `eps` to
 * each and renormalizing. Takes counts or proportions. 0 for identical windows, never
 * negative; bands (DESIGN): below 0.1 ok, from 0.1 warn, from 0.25 drift. The seed
 * notebook's four bins:
 *
 * @example psi([0.2, 0.3, 0.25, 0.25], [0.1, 0.25, 0.3, 0.35]) // => 0.12119408574022444
 */
export function psi(reference: ArrayLike<number>, current: ArrayLike<number>, eps = 1e-8): number {
  checkSameBins("psi", reference, current);
  const p = smoothedProportions(reference, eps, "psi");
  const q = smoothedProportions(current, eps, "psi");
  let sum = 0;
  for (let i = 0; i < p.length; i++) sum += (q[i]! - p[i]!) * Math.log(q[i]! / p[i]!);
  return sum;
}
