/** Options of {@link msprt}. */
export interface MsprtOptions {
  /** Standard deviation of one delta, in the metric's units (known, or estimated before the test starts). */
  sigma: number;
  /** Standard deviation of the normal mixture over the true mean delta: the size of effect you expect (> 0). */
  tau: number;
  /** Error rate the test keeps at any stopping time, in (0, 1) (default 0.05). */
  alpha?: number;
}

/** The result of {@link msprt}: one entry per delta, in order (nulls and NaN skipped). */
export interface Msprt {
  /** Λ_n after the first n deltas. */
  lambda: Float64Array;
  /** Always-valid p-value after n deltas: min over m ≤ n of 1/Λ_m, capped at 1. */
  pValue: Float64Array;
  /** n at which Λ_n first reaches 1/α (1-based), or null. */
  rejectedAt: number | null;
}

/**
 * Mixture sequential probability ratio test (mSPRT; Johari, Pekelis & Walsh, "Always
 * valid inference", 2017, as Optimizely runs it) of "mean delta = 0" for normal deltas
 * with standard deviation σ, mixing over a true mean θ ~ N(0, τ²):
 *
 *   Λ_n = √(σ² / (σ² + nτ²)) · exp( n²τ²·x̄_n² / (2σ²(σ² + nτ²)) )
 *
 * where x̄_n is the mean of the first n deltas. Λ is a martingale under the null, so
 * P(Λ_n ever ≥ 1/α) ≤ α (Ville's inequality): stopping the first time Λ_n ≥ 1/α, however
 * often you look, keeps the false-positive rate below α. The p-value min(1, 1/Λ_m over
 * m ≤ n) is valid at any stopping time.
 *
 * @example msprt(new Array(12).fill(1), {sigma: 1, tau: 1}).rejectedAt // => 10
 */
export function msprt(deltas: ArrayLike<number | null>, options: MsprtOptions): Msprt {
  const {sigma, tau, alpha = 0.05} = options;
  if (!(sigma > 0 && Number.isFinite(sigma))) throw new RangeError(`msprt requires sigma > 0, got ${sigma}`);
  if (!(tau > 0 && Number.isFinite(tau))) throw new RangeError(`msprt requires tau > 0, got ${tau}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`msprt requires alpha in (0, 1), got ${alpha}`);
  const values: number[] = [];
  for (let i = 0; i < deltas.length; i++) {
    const d = deltas[i];
    if (d === null || d === undefined || Number.isNaN(d)) continue;
    if (!Number.isFinite(d)) throw new RangeError(`msprt requires finite deltas, got ${d} at index ${i}`);
    values.push(d);
  }
  const lambda = new Float64Array(values.length), pValue = new Float64Array(values.length);
  let sum = 0, p = 1, rejectedAt: number | null = null;
  for (let i = 0; i < values.length; i++) {
    sum += values[i]!;
    lambda[i] = mixtureLikelihoodRatio(sum, i + 1, sigma * sigma, tau * tau);
    p = Math.min(p, 1 / lambda[i]!);
    pValue[i] = p;
    if (rejectedAt === null && lambda[i]! >= 1 / alpha) rejectedAt = i + 1;
  }
  return {lambda, pValue, rejectedAt};
}

/**
 * Λ_n of the normal-mixture SPRT from the running sum of n deltas, their variance σ² and
 * the mixture's variance τ².
 *
 * @example mixtureLikelihoodRatio(0, 1, 1, 1) // => 0.7071067811865476
 */
export function mixtureLikelihoodRatio(sum: number, n: number, sigma2: number, tau2: number): number {
  const v = sigma2 + n * tau2;
  return Math.sqrt(sigma2 / v) * Math.exp((tau2 * sum * sum) / (2 * sigma2 * v));
}
