import {describe, expect, it} from "vitest";
import {chiSquareApproximation, psiNullBand} from "../../../lib/drift/psiNullBand.js";
import {createRng} from "../../../lib/synth/random.js";

/** 20,000 lognormal values (the shape of an amount), seeded. */
function lognormalPool(seed = 3, n = 20_000): Float64Array {
  const rng = createRng(seed, "pool");
  return Float64Array.from({length: n}, () => rng.logNormal(3, 1));
}

describe("psiNullBand", () => {
  const pool = lognormalPool();
  const band = psiNullBand(pool, {sizes: [100, 1000, 10_000], bins: [5, 10, 50], replicates: 60, seed: 7});
  const at = (n: number, bins: number) => band.find((r) => r.n === n && r.bins === bins)!;

  it("psiNullBand gives one row per size and number of bins, in that order, with p05 ≤ p50 ≤ p95", () => {
    expect(band.map((r) => [r.n, r.bins])).toEqual([[100, 5], [100, 10], [100, 50], [1000, 5], [1000, 10], [1000, 50], [10_000, 5], [10_000, 10], [10_000, 50]]);
    for (const r of band) {
      expect(r.replicates).toBe(60);
      expect(r.p05).toBeGreaterThanOrEqual(0);
      expect(r.p05).toBeLessThanOrEqual(r.p50);
      expect(r.p50).toBeLessThanOrEqual(r.p95);
    }
  });

  it("psiNullBand: PSI of two samples of one distribution grows as samples shrink and as bins multiply", () => {
    for (const bins of [5, 10, 50]) {
      expect(at(100, bins).p50).toBeGreaterThan(5 * at(1000, bins).p50);
      expect(at(1000, bins).p50).toBeGreaterThan(5 * at(10_000, bins).p50);
    }
    for (const n of [100, 1000, 10_000]) {
      expect(at(n, 10).mean).toBeGreaterThan(at(n, 5).mean);
      expect(at(n, 50).mean).toBeGreaterThan(2 * at(n, 10).mean);
    }
    // At 100 rows and 50 bins, two samples of the same distribution are "drift" (≥ 0.25) by the classic bands.
    expect(at(100, 50).p05).toBeGreaterThan(0.25);
  });

  it("psiNullBand's simulated mean is close to the chi-square approximation (bins − 1)·2/n once bins hold tens of rows", () => {
    for (const [n, bins] of [[1000, 5], [1000, 10], [10_000, 10], [10_000, 50]] as const) {
      const r = at(n, bins);
      expect(r.approxMean).toBeCloseTo(((bins - 1) * 2) / n, 12);
      expect(r.mean / r.approxMean).toBeGreaterThan(0.75);
      expect(r.mean / r.approxMean).toBeLessThan(1.3);
    }
  });

  it("psiNullBand is seeded: the same seed gives the same band, another seed another", () => {
    const options = {sizes: [200], bins: [10], replicates: 20, seed: 11};
    expect(psiNullBand(pool, options)).toEqual(psiNullBand(pool, options));
    expect(psiNullBand(pool, {...options, seed: 12})[0]!.p50).not.toBe(psiNullBand(pool, options)[0]!.p50);
  });

  it("psiNullBand leaves nulls and NaN of the pool out", () => {
    const options = {sizes: [50], bins: [4], replicates: 10, seed: 1};
    expect(psiNullBand([1, 2, null, 3, NaN, 4], options)).toEqual(psiNullBand([1, 2, 3, 4], options));
  });

  it("psiNullBand names the precondition a bad input breaks", () => {
    expect(() => psiNullBand(pool, {sizes: [100], bins: [1], seed: 1})).toThrow(/psiNullBand requires bins as integers ≥ 2, got 1/);
    expect(() => psiNullBand(pool, {sizes: [0], bins: [10], seed: 1})).toThrow(/psiNullBand requires sizes as whole numbers ≥ 1, got 0/);
    expect(() => psiNullBand([null, NaN], {sizes: [10], bins: [10], seed: 1})).toThrow(/psiNullBand requires a pool with at least one finite value/);
    expect(() => psiNullBand(pool, {sizes: [10], bins: [10], seed: 1, replicates: 0})).toThrow(/psiNullBand requires replicates as a whole number ≥ 1, got 0/);
  });
});

describe("chiSquareApproximation", () => {
  it("chiSquareApproximation(bins, n, m): mean (bins − 1)·(1/n + 1/m), 95th percentile within 1% of χ²'s", () => {
    // python3 -c "from scipy.stats import chi2; print(chi2.ppf(0.95,9), chi2.ppf(0.95,4), chi2.ppf(0.95,49))"
    // 16.918977604620448 9.487729036781154 66.3386488629688
    expect(chiSquareApproximation(10, 1000, 1000).approxMean).toBeCloseTo(0.018, 15);
    expect(chiSquareApproximation(10, 1000, 4000).approxMean).toBeCloseTo(9 * (1 / 1000 + 1 / 4000), 15);
    for (const [bins, exact] of [[10, 16.918977604620448], [5, 9.487729036781154], [50, 66.3386488629688]] as const) {
      expect(chiSquareApproximation(bins, 1, Infinity).approxP95 / exact).toBeCloseTo(1, 2);
    }
  });
});
