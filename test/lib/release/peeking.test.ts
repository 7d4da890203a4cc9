import {describe, expect, it} from "vitest";
import {lookSchedule, mixtureLikelihoodRatio, msprt, peekingSimulation} from "../../../lib/release/index.js";

describe("msprt", () => {
  it("mixtureLikelihoodRatio is Johari et al.'s Λ_n = √(σ²/(σ²+nτ²))·exp(n²τ²x̄²/(2σ²(σ²+nτ²)))", () => {
    expect(mixtureLikelihoodRatio(0, 1, 1, 1)).toBe(Math.SQRT1_2);
    // n = 4, x̄ = 0.5, σ² = 2, τ² = 0.5: √(2/4)·exp(16·0.5·0.25/(2·2·4)) = √0.5·exp(0.125)
    expect(Math.abs(mixtureLikelihoodRatio(2, 4, 2, 0.5) - Math.SQRT1_2 * Math.exp(0.125))).toBeLessThan(1e-15);
  });

  it("msprt(twelve 1s, σ 1, τ 1) first reaches 1/α = 20 at n = 10; its p-value never rises", () => {
    const r = msprt(new Array(12).fill(1), {sigma: 1, tau: 1});
    expect(r.rejectedAt).toBe(10);
    expect(r.lambda[8]!).toBeLessThan(20);
    expect(r.lambda[9]!).toBeGreaterThanOrEqual(20);
    for (let i = 1; i < 12; i++) expect(r.pValue[i]!).toBeLessThanOrEqual(r.pValue[i - 1]!);
    expect(r.pValue[9]!).toBeLessThanOrEqual(0.05);
  });

  it("msprt skips nulls and throws on a bad sigma or tau", () => {
    expect(msprt([1, null, NaN, 1], {sigma: 1, tau: 1}).lambda.length).toBe(2);
    expect(() => msprt([1], {sigma: 0, tau: 1})).toThrow("msprt requires sigma > 0, got 0");
    expect(() => msprt([1], {sigma: 1, tau: -1})).toThrow("msprt requires tau > 0, got -1");
  });
});

describe("peekingSimulation", () => {
  it("peekingSimulation(A/A, daily looks): peeking's false-positive rate climbs far above α, the fixed horizon stays near it, the mSPRT below it", () => {
    const r = peekingSimulation({days: 60, simulations: 4000, seed: 1});
    // 4000 simulations: the binomial SE of a 5% rate is 0.0034
    expect(Math.abs(r.fixedHorizonRate - 0.05)).toBeLessThan(0.012);
    expect(r.peekingRate).toBeGreaterThan(0.25);
    expect(r.msprtRate).toBeLessThan(0.05);
    expect(r.byLook.length).toBe(59);
    expect(r.byLook.at(-1)).toEqual({day: 60, peeking: r.peekingRate, msprt: r.msprtRate});
    for (let k = 1; k < r.byLook.length; k++) expect(r.byLook[k]!.peeking).toBeGreaterThanOrEqual(r.byLook[k - 1]!.peeking);
  });

  it("peekingSimulation: fewer looks inflate the false-positive rate less; one look is the fixed horizon", () => {
    const rate = (looks: number) => peekingSimulation({days: 60, looks, simulations: 2000, seed: 2}).peekingRate;
    expect(rate(3)).toBeLessThan(rate(59));
    const one = peekingSimulation({days: 60, looks: 1, simulations: 2000, seed: 2});
    expect(one.peekingRate).toBe(one.fixedHorizonRate);
  });

  it("peekingSimulation with a real effect: both tests find it; the mSPRT later (the price of looking freely)", () => {
    const r = peekingSimulation({days: 60, simulations: 1000, seed: 3, effect: 0.5});
    expect(r.msprtRate).toBeGreaterThan(0.7);
    const half = (key: "peeking" | "msprt") => r.byLook.find((l) => l[key] >= 0.5)!.day;
    expect(half("msprt")).toBeGreaterThan(half("peeking"));
  });

  it("peekingSimulation is seeded, keeps the first paths and checks its options", () => {
    const a = peekingSimulation({days: 30, simulations: 200, seed: 7});
    expect(a.fixedHorizonRate).toBe(0.065);
    expect(peekingSimulation({days: 30, simulations: 200, seed: 7})).toEqual(a);
    expect(a.paths.length).toBe(20 * 29);
    expect(a.paths[0]).toMatchObject({simulation: 0, day: 2});
    expect(() => peekingSimulation({days: 30, looks: 30, seed: 1})).toThrow("peekingSimulation requires looks as an integer in [1, days − 1] = [1, 29], got 30");
    expect(() => peekingSimulation({days: 1, seed: 1})).toThrow("peekingSimulation requires days as an integer ≥ 2, got 1");
  });

  it("lookSchedule spreads distinct looks from day 2 to the last day, for every days and looks", () => {
    expect(lookSchedule(30, 3)).toEqual([10, 20, 30]);
    expect(lookSchedule(5, 4)).toEqual([2, 3, 4, 5]);
    for (let days = 2; days <= 120; days++) {
      for (let looks = 1; looks < days; looks++) {
        const s = lookSchedule(days, looks);
        expect(s.length).toBe(looks);
        expect(s[0]!).toBeGreaterThanOrEqual(2);
        expect(s.at(-1)).toBe(days);
        for (let i = 1; i < s.length; i++) expect(s[i]!).toBeGreaterThan(s[i - 1]!);
      }
    }
  });
});
