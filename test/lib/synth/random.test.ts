import {describe, expect, it} from "vitest";
import {createRng, streamSeed} from "../../../lib/synth/random.js";

describe("createRng", () => {
  it("createRng(seed, stream) repeats its sequence", () => {
    const a = createRng(7, "x"), b = createRng(7, "x");
    expect(Array.from({length: 5}, () => a.uniform())).toEqual(Array.from({length: 5}, () => b.uniform()));
  });
  it("createRng gives different sequences for other seeds and other streams", () => {
    const first = (seed: number, stream: string) => createRng(seed, stream).uniform();
    expect(first(7, "x")).not.toBe(first(8, "x"));
    expect(first(7, "x")).not.toBe(first(7, "y"));
  });
  it("uniform() stays in [0, 1) and int(n) in [0, n)", () => {
    const rng = createRng(1, "bounds");
    for (let i = 0; i < 10_000; ++i) {
      const u = rng.uniform(), k = rng.int(3);
      expect(u >= 0 && u < 1 && k >= 0 && k < 3).toBe(true);
    }
  });
  it("logNormal(mu, sigma) has median exp(mu)", () => {
    const rng = createRng(2, "ln");
    const draws = Float64Array.from({length: 20_001}, () => rng.logNormal(Math.log(50), 1)).sort();
    expect(draws[10_000]).toBeGreaterThan(47);
    expect(draws[10_000]).toBeLessThan(53);
  });
  it("pareto(alpha) is ≥ 1 with P(X > 10) ≈ 10^−alpha", () => {
    const rng = createRng(3, "pareto");
    const draws = Array.from({length: 50_000}, () => rng.pareto(1.5));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(1);
    expect(draws.filter((x) => x > 10).length / draws.length).toBeCloseTo(10 ** -1.5, 2);
  });
  it("poisson(lambda) has mean lambda, and 0 for lambda 0", () => {
    const rng = createRng(4, "poisson");
    const mean = Array.from({length: 20_000}, () => rng.poisson(3)).reduce((a, b) => a + b) / 20_000;
    expect(mean).toBeCloseTo(3, 1);
    expect(rng.poisson(0)).toBe(0);
  });
});

describe("streamSeed", () => {
  it("streamSeed(seed, stream) is a 32-bit unsigned integer", () => {
    for (const seed of [0, 7, -1, 2 ** 40]) {
      const s = streamSeed(seed, "t");
      expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
    }
  });
  it("streamSeed rejects a seed that is not an integer", () => {
    expect(() => streamSeed(1.5, "t")).toThrow(/streamSeed requires an integer seed; got 1.5/);
  });
});
