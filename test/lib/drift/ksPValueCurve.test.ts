import {describe, expect, it} from "vitest";
import {ksPValueCurve} from "../../../lib/drift/ksPValueCurve.js";
import {createRng} from "../../../lib/synth/random.js";

function lognormalPool(seed = 5, n = 50_000): Float64Array {
  const rng = createRng(seed, "pool");
  return Float64Array.from({length: n}, () => rng.logNormal(3, 1));
}

describe("ksPValueCurve", () => {
  const pool = lognormalPool();
  const curve = ksPValueCurve(pool, {sizes: [200, 2000, 50_000], shift: 0.03, replicates: 9, seed: 7});

  it("ksPValueCurve: a 3% shift is invisible to KS at 200 rows and certain at 50,000, while PSI stays far below the warn band", () => {
    expect(curve.map((r) => r.n)).toEqual([200, 2000, 50_000]);
    expect(curve[0]!.pValue).toBeGreaterThan(0.05);
    expect(curve[2]!.pValue).toBeLessThan(1e-3);
    expect(curve[2]!.flagged).toBe(1);
    expect(curve[0]!.pValue).toBeGreaterThan(curve[1]!.pValue);
    expect(curve[1]!.pValue).toBeGreaterThan(curve[2]!.pValue);
    for (const r of curve.slice(1)) expect(r.psi).toBeLessThan(0.02);
  });

  it("ksPValueCurve: D settles on the shift's size as n grows (it does not keep falling like the p-value)", () => {
    const large = curve[2]!.statistic;
    expect(large).toBeGreaterThan(0.005);
    expect(large).toBeLessThan(0.03);
    expect(Math.abs(curve[1]!.statistic - large)).toBeLessThan(0.03);
  });

  it("ksPValueCurve with no shift flags about 5% of pairs (the test's own false-positive rate)", () => {
    const [none] = ksPValueCurve(pool, {sizes: [1000], shift: 0, replicates: 200, seed: 3});
    expect(none!.flagged).toBeLessThan(0.12);
    expect(none!.pValue).toBeGreaterThan(0.2);
  });

  it("ksPValueCurve is seeded and names a bad shift", () => {
    const options = {sizes: [300], shift: 0.01, replicates: 5, seed: 9};
    expect(ksPValueCurve(pool, options)).toEqual(ksPValueCurve(pool, options));
    expect(() => ksPValueCurve(pool, {...options, shift: -1})).toThrow(/ksPValueCurve requires a finite shift > −1, got -1/);
    expect(() => ksPValueCurve(pool, {...options, sizes: [2.5]})).toThrow(/ksPValueCurve requires sizes as whole numbers ≥ 1, got 2.5/);
  });
});
