// Seeded test data that Python rebuilds bit for bit (see __golden__/drift_goldens.py):
// Park–Miller's minimal standard generator (every product below 2^47, exact in doubles)
// and values made with correctly rounded operations only.

/** n uniforms in (0, 1): s ← s·48271 mod (2^31 − 1), u = s/(2^31 − 1). */
export function parkMiller(seed: number, n: number): number[] {
  let s = seed;
  return Array.from({length: n}, () => (s = (s * 48271) % 2147483647) / 2147483647);
}

/** Bell-shaped values with two decimals: (⌊10⁴u₁⌋ + ⌊10⁴u₂⌋)/100·scale + shift. */
export function bell(seed: number, n: number, shift = 0, scale = 1): number[] {
  const u = parkMiller(seed, 2 * n);
  return Array.from({length: n}, (_, i) => ((Math.floor(u[2 * i]! * 10000) + Math.floor(u[2 * i + 1]! * 10000)) / 100) * scale + shift);
}

/** Every `every`-th value (from index 0) replaced by null. */
export function withNulls<T>(values: T[], every: number): (T | null)[] {
  return values.map((v, i) => (i % every === 0 ? null : v));
}

/** Categories drawn by cumulative `weights` (summing to 1) from uniforms. */
export function categories(seed: number, n: number, names: string[], weights: number[]): string[] {
  return parkMiller(seed, n).map((u) => {
    let acc = 0;
    for (let k = 0; k < names.length; k++) if (u < (acc += weights[k]!)) return names[k]!;
    return names[names.length - 1]!;
  });
}
