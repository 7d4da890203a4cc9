/**
 * The seed notebook's "fingerprint": Σ values[i]·(i + 1), the 1-based position-weighted
 * sum. Exact for integers while the sum stays below 2^53. It is not a fingerprint: it
 * changes when rows are reordered, and different data can give the same sum
 * (see positionWeightedCollision).
 *
 * @example positionWeightedSum([17, 23, 42, 99, 101]) // => 1090
 * @example positionWeightedSum([101, 99, 42, 23, 17]) // => 602
 */
export function positionWeightedSum(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; ++i) sum += values[i]! * (i + 1);
  return sum;
}

/**
 * Different values with the same position-weighted sum: values[at] += (at + 2)·step and
 * values[at + 1] −= (at + 1)·step, which moves the sum by (at + 2)(at + 1)·step −
 * (at + 1)(at + 2)·step = 0.
 * Throws unless 0 ≤ at < values.length − 1 and step ≠ 0.
 *
 * @example positionWeightedCollision([17, 23, 42, 99, 101], 0, 1) // => [19, 22, 42, 99, 101]
 */
export function positionWeightedCollision(values: ArrayLike<number>, at: number, step = 1): number[] {
  if (!Number.isInteger(at) || at < 0 || at >= values.length - 1) {
    throw new Error(`positionWeightedCollision requires 0 <= at < ${values.length - 1} (two neighbouring positions), got ${at}`);
  }
  if (step === 0 || !Number.isFinite(step)) throw new Error(`positionWeightedCollision requires a finite, non-zero step, got ${step}`);
  const out = Array.from(values);
  out[at]! += (at + 2) * step;
  out[at + 1]! -= (at + 1) * step;
  return out;
}
