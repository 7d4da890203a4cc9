import {checkSameBins, smoothedProportions} from "./smoothedProportions.js";

/**
 * PSI bin by bin: (q − p)·ln(q/p) for each bin, with p and q smoothed by `eps` exactly as
 * {@link psi} smooths them, so the terms sum to PSI. Shows which bin a PSI comes from (an
 * empty bin's term is about its other share times ln(share/eps)).
 *
 * @example psiTerms([50, 50], [100, 0]).map((t) => t.toFixed(4)) // => ["0.3466", "8.8638"]
 */
export function psiTerms(reference: ArrayLike<number>, current: ArrayLike<number>, eps = 1e-8): number[] {
  checkSameBins("psiTerms", reference, current);
  const p = smoothedProportions(reference, eps, "psiTerms");
  const q = smoothedProportions(current, eps, "psiTerms");
  return Array.from(p, (pi, i) => (q[i]! - pi) * Math.log(q[i]! / pi));
}
