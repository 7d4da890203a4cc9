import {probit} from "simple-statistics";
import {quantileSorted} from "../profile/quantileSorted.js";
import {createRng, type Rng} from "../synth/random.js";
import {binAgainst} from "./binAgainst.js";
import {finiteNumbers, numericBinning} from "./numericBinning.js";
import {psi} from "./psi.js";

/** Options of {@link psiNullBand}. */
export interface PsiNullBandOptions {
  /** Rows in each of the two samples (the reference and the current window). */
  sizes: readonly number[];
  /** Numbers of bins to try (each an integer ≥ 2). */
  bins: readonly number[];
  /** Pairs of samples drawn per size (default 100). */
  replicates?: number;
  /** Seed of the draws (the same seed gives the same band). */
  seed: number;
  /** PSI's eps (default 1e-8). */
  eps?: number;
}

/** PSI between two samples of one distribution, at one sample size and number of bins. */
export interface PsiNullBandRow {
  n: number;
  bins: number;
  replicates: number;
  /** 5th, 50th and 95th percentiles (type 7) of the simulated PSIs, and their mean. */
  p05: number;
  p50: number;
  p95: number;
  mean: number;
  /** The chi-square approximation PSI ≈ (1/n + 1/n)·χ²(bins − 1): its mean, (bins − 1)·2/n, and its 95th percentile (Wilson–Hilferty). */
  approxMean: number;
  approxP95: number;
}

/**
 * The null band of PSI: how large PSI is between two samples of the *same* distribution,
 * by sample size and number of bins. For each size n, `replicates` times, two samples of
 * n values are drawn with replacement from the finite values of `pool` (nulls and NaN left
 * out), the first is binned as the reference ({@link numericBinning}), the second binned
 * against it, and PSI computed for each number of bins on the same pair. Seeded: no
 * Math.random.
 *
 * @example psiNullBand([1, 2, 3, 4, 5, 6, 7, 8], {sizes: [50], bins: [4], replicates: 20, seed: 7})[0].approxMean // => 0.12
 */
export function psiNullBand(pool: ArrayLike<number | null>, options: PsiNullBandOptions): PsiNullBandRow[] {
  const {sizes, bins, replicates = 100, seed, eps = 1e-8} = options;
  const values = checkedPool("psiNullBand", pool, sizes, replicates);
  for (const b of bins) if (!Number.isInteger(b) || b < 2) throw new RangeError(`psiNullBand requires bins as integers ≥ 2, got ${b}`);
  const rng = createRng(seed, "psiNullBand");
  const rows: PsiNullBandRow[] = [];
  for (const n of sizes) {
    const draws = bins.map(() => new Float64Array(replicates));
    for (let r = 0; r < replicates; r++) {
      const reference = sample(values, n, rng);
      const current = sample(values, n, rng);
      bins.forEach((b, k) => {
        const binning = numericBinning(reference, b);
        draws[k]![r] = psi(binning.counts, binAgainst(binning, current).current, eps);
      });
    }
    bins.forEach((b, k) => rows.push({n, bins: b, replicates, ...summary(draws[k]!), ...chiSquareApproximation(b, n, n)}));
  }
  return rows;
}

/**
 * The chi-square approximation of PSI between two samples of one distribution:
 * PSI ≈ (1/n + 1/m)·χ²(bins − 1), so its mean is (bins − 1)·(1/n + 1/m); the 95th
 * percentile uses the Wilson–Hilferty cube-root approximation of χ².
 *
 * @example chiSquareApproximation(10, 1000, 1000).approxMean // => 0.018
 */
export function chiSquareApproximation(bins: number, n: number, m: number): {approxMean: number; approxP95: number} {
  const df = bins - 1, scale = 1 / n + 1 / m;
  const z = probit(0.95), a = 2 / (9 * df);
  return {approxMean: df * scale, approxP95: df * (1 - a + z * Math.sqrt(a)) ** 3 * scale};
}

/** The finite values of `pool`, after checking `sizes` and `replicates` (errors name `caller`). */
export function checkedPool(caller: string, pool: ArrayLike<number | null>, sizes: readonly number[], replicates: number): Float64Array {
  const {numbers} = finiteNumbers(caller, pool);
  if (numbers.length === 0) throw new RangeError(`${caller} requires a pool with at least one finite value, got none`);
  for (const n of sizes) if (!Number.isInteger(n) || n < 1) throw new RangeError(`${caller} requires sizes as whole numbers ≥ 1, got ${n}`);
  if (!Number.isInteger(replicates) || replicates < 1) throw new RangeError(`${caller} requires replicates as a whole number ≥ 1, got ${replicates}`);
  return numbers;
}

/** n values of `values` drawn with replacement. */
export function sample(values: Float64Array, n: number, rng: Rng): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = values[rng.int(values.length)]!;
  return out;
}

function summary(values: Float64Array): {p05: number; p50: number; p95: number; mean: number} {
  const sorted = values.slice().sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return {p05: quantileSorted(sorted, 0.05)!, p50: quantileSorted(sorted, 0.5)!, p95: quantileSorted(sorted, 0.95)!, mean: sum / sorted.length};
}
