import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {bootstrapInterval, pairedComparison} from "../../../lib/release/index.js";

const seedBaseline = [0.72, 0.73, 0.71, 0.74, 0.72], seedCandidate = [0.74, 0.75, 0.73, 0.76, 0.75];

describe("bootstrapInterval", () => {
  it("bootstrapInterval(seed example, seed 7) is its documented interval, the same for the same seed", () => {
    const r = bootstrapInterval(seedBaseline, seedCandidate, {seed: 7});
    expect(r.ci).toEqual([0.020000000000000018, 0.026000000000000023]);
    expect(bootstrapInterval(seedBaseline, seedCandidate, {seed: 7}).means).toEqual(r.means);
    expect(bootstrapInterval(seedBaseline, seedCandidate, {seed: 8}).means).not.toEqual(r.means);
    expect([r.n, r.dropped, r.means.length]).toEqual([5, 0, 2000]);
  });

  it("bootstrapInterval's resampled means can only be averages of the deltas: between min(d) and max(d), sorted", () => {
    // deltas of the seed example are 0.02 (×4) and 0.03: a resample's mean is 0.02 + 0.002·k, k = 0…5
    const {means} = bootstrapInterval(seedBaseline, seedCandidate, {seed: 1, resamples: 500});
    for (let i = 0; i < means.length; i++) {
      expect(Math.abs((means[i]! - 0.02) / 0.002 - Math.round((means[i]! - 0.02) / 0.002))).toBeLessThan(1e-9);
      if (i) expect(means[i]!).toBeGreaterThanOrEqual(means[i - 1]!);
    }
  });

  it("bootstrapInterval is close to the t interval with many units (normal deltas), narrower with few", () => {
    const n = 400;
    const baseline = Array.from({length: n}, (_, i) => ((i * 7919) % 1009) / 1009);
    const candidate = baseline.map((b, i) => b + 0.01 + (((i * 104729) % 997) / 997 - 0.5) * 0.1);
    const t = pairedComparison(baseline, candidate), boot = bootstrapInterval(baseline, candidate, {seed: 3, resamples: 4000});
    const width = t.ci[1] - t.ci[0];
    expect(Math.abs(boot.ci[0] - t.ci[0])).toBeLessThan(0.05 * width);
    expect(Math.abs(boot.ci[1] - t.ci[1])).toBeLessThan(0.05 * width);
    const few = bootstrapInterval(baseline.slice(0, 4), candidate.slice(0, 4), {seed: 3, resamples: 4000});
    const fewT = pairedComparison(baseline.slice(0, 4), candidate.slice(0, 4));
    expect(few.ci[1] - few.ci[0]).toBeLessThan(fewT.ci[1] - fewT.ci[0]);
  });

  it("bootstrapInterval widens with the confidence on the same resamples (property)", () => {
    fc.assert(fc.property(fc.array(fc.double({min: -10, max: 10, noNaN: true}), {minLength: 2, maxLength: 30}), fc.integer({min: 0, max: 1000}), (d, seed) => {
      const zeros = d.map(() => 0);
      const a = bootstrapInterval(zeros, d, {seed, confidence: 0.8, resamples: 200}), b = bootstrapInterval(zeros, d, {seed, confidence: 0.95, resamples: 200});
      expect(b.ci[0]).toBeLessThanOrEqual(a.ci[0]);
      expect(b.ci[1]).toBeGreaterThanOrEqual(a.ci[1]);
    }), {numRuns: 50});
  });

  it("bootstrapInterval drops incomplete pairs and throws on bad options", () => {
    expect(bootstrapInterval([1, null, 2, 3], [2, 5, NaN, 4], {seed: 1, resamples: 10}).dropped).toBe(2);
    expect(() => bootstrapInterval([1, 2], [1, 2], {seed: 1, resamples: 0})).toThrow("bootstrapInterval requires resamples as an integer ≥ 1, got 0");
    expect(() => bootstrapInterval([1], [1], {seed: 1})).toThrow("bootstrapInterval requires at least 2 complete pairs, got 1");
  });
});
