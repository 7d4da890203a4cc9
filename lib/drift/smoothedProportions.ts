/**
 * Bin counts (or proportions) as proportions with `eps` added to each and renormalized, so
 * an empty bin has a small positive share and every logarithm is finite (DESIGN: eps
 * 1e-8 by default). Throws on an empty or negative input: a window without values has no
 * proportions.
 *
 * @example smoothedProportions([1, 0, 1], 0.5) // => Float64Array [0.4, 0.2, 0.4]
 */
export function smoothedProportions(counts: ArrayLike<number>, eps = 1e-8, caller = "smoothedProportions"): Float64Array {
  if (!(eps >= 0 && Number.isFinite(eps))) throw new RangeError(`${caller} requires eps ≥ 0, got ${eps}`);
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    if (!(c >= 0) || !Number.isFinite(c)) throw new RangeError(`${caller} requires finite counts ≥ 0, got ${c} at index ${i}`);
    total += c;
  }
  if (!(total > 0)) throw new RangeError(`${caller} requires counts with a positive total (a window with values), got ${counts.length} bins summing to ${total}`);
  const out = new Float64Array(counts.length);
  let sum = 0;
  for (let i = 0; i < out.length; i++) sum += out[i] = counts[i]! / total + eps;
  for (let i = 0; i < out.length; i++) out[i]! /= sum;
  return out;
}

/** Throws unless both windows have the same number of bins (at least one). */
export function checkSameBins(caller: string, reference: ArrayLike<number>, current: ArrayLike<number>): void {
  if (reference.length !== current.length || reference.length === 0) {
    throw new RangeError(`${caller} requires the same bins in both windows, got ${reference.length} reference and ${current.length} current bins`);
  }
}
