/** A column's drift status from its PSI; `no_data` when a window has nothing to compare. */
export type DriftStatus = "ok" | "warn" | "drift" | "no_data";

/** PSI bands: `warn` from `warn` (default 0.1), `drift` from `threshold` (default 0.25). */
export interface DriftBands {
  warn?: number;
  threshold?: number;
}

/**
 * The status of a PSI in DESIGN's bands (the classic credit-scoring ones): below `warn`
 * ok, from `warn` warn, from `threshold` drift; both ends inclusive from below.
 *
 * @example driftStatus(0.12119408574022446) // => "warn"
 */
export function driftStatus(psi: number, bands: DriftBands = {}): "ok" | "warn" | "drift" {
  const {warn, threshold} = checkBands("driftStatus", bands);
  if (Number.isNaN(psi)) throw new RangeError(`driftStatus requires a PSI, got NaN`);
  return psi >= threshold ? "drift" : psi >= warn ? "warn" : "ok";
}

/**
 * The bands with their defaults, checked: finite, ≥ 0, warn ≤ threshold.
 *
 * @example checkBands("f", {}) // => {warn: 0.1, threshold: 0.25}
 */
export function checkBands(caller: string, bands: DriftBands): {warn: number; threshold: number} {
  const {warn = 0.1, threshold = 0.25} = bands;
  if (!(warn >= 0 && Number.isFinite(warn))) throw new RangeError(`${caller} requires warn ≥ 0, got ${warn}`);
  if (!(threshold >= 0 && Number.isFinite(threshold))) throw new RangeError(`${caller} requires threshold ≥ 0, got ${threshold}`);
  if (warn > threshold) throw new RangeError(`${caller} requires warn ≤ threshold, got warn ${warn} > threshold ${threshold}`);
  return {warn, threshold};
}
