import {quantileSorted} from "../profile/quantileSorted.js";
import {createRng} from "../synth/random.js";
import {checkConfidence, completePairs} from "./pairedComparison.js";

/** Options of {@link bootstrapInterval}. */
export interface BootstrapOptions {
  /** Seed of the resampling (the same seed gives the same interval). */
  seed: number;
  /** Two-sided confidence, in (0, 1) (default 0.95). */
  confidence?: number;
  /** Resamples drawn (default 2000). */
  resamples?: number;
}

/** The result of {@link bootstrapInterval}. */
export interface BootstrapInterval {
  /** Pairs used and rows dropped (a null or NaN in either). */
  n: number;
  dropped: number;
  meanDelta: number;
  confidence: number;
  /** Type-7 percentiles (1 − c)/2 and (1 + c)/2 of the resampled mean deltas. */
  ci: [number, number];
  /** The resampled mean deltas, ascending (for a histogram). */
  means: Float64Array;
}

/**
 * Percentile bootstrap interval of the paired mean delta: resample the n deltas
 * d = candidate − baseline with replacement `resamples` times, take each resample's
 * mean, and read the interval off their type-7 percentiles. No t table and no normality
 * assumption, but it knows only the n deltas it was given: with few units it is too
 * narrow (it misses the t's extra width). Seeded (lib/synth's createRng): no Math.random.
 *
 * @example bootstrapInterval([0.72, 0.73, 0.71, 0.74, 0.72], [0.74, 0.75, 0.73, 0.76, 0.75], {seed: 7}).ci // => [0.020000000000000018, 0.026000000000000023]
 */
export function bootstrapInterval(baseline: ArrayLike<number | null>, candidate: ArrayLike<number | null>, options: BootstrapOptions): BootstrapInterval {
  const {seed, resamples = 2000} = options;
  const confidence = checkConfidence("bootstrapInterval", options.confidence ?? 0.95);
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`bootstrapInterval requires resamples as an integer ≥ 1, got ${resamples}`);
  const {baseline: b, candidate: c, dropped} = completePairs("bootstrapInterval", baseline, candidate);
  const n = b.length;
  if (n < 2) throw new RangeError(`bootstrapInterval requires at least 2 complete pairs, got ${n}`);
  const d = Float64Array.from(c, (x, i) => x - b[i]!);
  const rng = createRng(seed, "bootstrapInterval");
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += d[rng.int(n)]!;
    means[r] = sum / n;
  }
  means.sort();
  let total = 0;
  for (const x of d) total += x;
  return {n, dropped, meanDelta: total / n, confidence, ci: [quantileSorted(means, (1 - confidence) / 2)!, quantileSorted(means, (1 + confidence) / 2)!], means};
}
