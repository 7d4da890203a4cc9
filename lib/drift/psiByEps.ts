import {jsDivergence} from "./jsDivergence.js";
import {psi} from "./psi.js";

/** PSI and JS divergence of one pair of bin counts at one eps. */
export interface PsiByEpsRow {
  eps: number;
  psi: number;
  js: number;
}

/**
 * PSI and JS divergence of the same bin counts at each eps: what the smoothing constant
 * does when a bin is empty in one window (its PSI term grows like ln(1/eps); JS stays
 * below ln 2 whatever eps).
 *
 * @example psiByEps([50, 50], [100, 0], [1e-8]).map((r) => r.psi.toFixed(4)) // => ["9.2103"]
 */
export function psiByEps(reference: ArrayLike<number>, current: ArrayLike<number>, epsValues: readonly number[]): PsiByEpsRow[] {
  for (const eps of epsValues) if (!(eps > 0 && Number.isFinite(eps))) throw new RangeError(`psiByEps requires each eps finite and > 0, got ${eps}`);
  return epsValues.map((eps) => ({eps, psi: psi(reference, current, eps), js: jsDivergence(reference, current, eps)}));
}
