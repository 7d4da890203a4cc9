/**
 * Builds a sampler over indices 0..n−1 with probability proportional to `weights`
 * (Vose's alias method: O(n) to build, O(1) per draw). The sampler takes one
 * uniform draw in [0, 1), so it works with any random stream.
 *
 * @example
 * const pick = weightedChoice([0, 1, 0]);
 * pick(0.42) // => 1
 */
export function weightedChoice(weights: ArrayLike<number>): (u: number) => number {
  const n = weights.length;
  let total = 0;
  for (let i = 0; i < n; ++i) {
    const w = weights[i]!;
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`weightedChoice requires finite weights ≥ 0; got ${w} at ${i}`);
    total += w;
  }
  if (!(total > 0)) throw new RangeError(`weightedChoice requires a positive total weight; got ${total} over ${n} weights`);
  const prob = new Float64Array(n);
  const alias = new Int32Array(n);
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < n; ++i) {
    prob[i] = (weights[i]! * n) / total;
    (prob[i]! < 1 ? small : large).push(i);
  }
  while (small.length && large.length) {
    const s = small.pop()!;
    const l = large.pop()!;
    alias[s] = l;
    prob[l] = prob[l]! + prob[s]! - 1;
    (prob[l]! < 1 ? small : large).push(l);
  }
  for (const i of large) prob[i] = 1;
  for (const i of small) prob[i] = 1; // only rounding leaves entries here
  return (u) => {
    const x = u * n;
    const i = Math.min(n - 1, Math.floor(x));
    return x - i < prob[i]! ? i : alias[i]!;
  };
}
