import fc from "fast-check";
import {randomLcg, randomNormal} from "d3";
import {describe, expect, it} from "vitest";
import {auc} from "../../../lib/leakage/index.js";
import {tableFromArrays} from "apache-arrow";
import {categoryCodes, designMatrix, featureColumnsOf, permutationImportance, singleFeatureAuc, type FeatureColumns} from "../../../lib/selection/index.js";

/** n rows: `signal` drives the label, `noise` does not, `tier` a category that shifts it. */
function world(seed: number, n = 2000): {features: FeatureColumns; y: number[]; holdout: number[]} {
  const uniform = randomLcg(seed), normal = randomNormal.source(uniform)();
  const signal = Array.from({length: n}, () => normal());
  const noise = Array.from({length: n}, () => normal());
  const tier = Array.from({length: n}, () => ["a", "b", "c"][Math.floor(uniform() * 3)]!);
  const y = signal.map((s, i) => (s + (tier[i] === "c" ? 1 : 0) + 0.5 * normal() > 0.5 ? 1 : 0));
  return {features: {signal: {kind: "numeric", values: signal}, noise: {kind: "numeric", values: noise}, tier: categoryCodes(tier)}, y, holdout: y.map((_, i) => i % 3 === 0 ? 1 : 0)};
}

describe("permutationImportance", () => {
  it("permutationImportance ranks the signal first and puts a feature with no signal near 0 (property over seeds)", () => {
    fc.assert(fc.property(fc.integer({min: 1, max: 1e6}), (seed) => {
      const {features, y, holdout} = world(seed);
      const result = permutationImportance(features, y, {holdout, repeats: 5, seed});
      const [signal, noise, tier] = result.features;
      expect(signal!.mean).toBeGreaterThan(0.2);
      expect(tier!.mean).toBeGreaterThan(0.01);
      expect(Math.abs(noise!.mean)).toBeLessThan(0.01);
      expect(result.baselineAuc).toBeGreaterThan(0.85);
    }), {numRuns: 8});
  });

  it("permutationImportance is reproducible from its seed and changes with it", () => {
    const {features, y, holdout} = world(3);
    const one = permutationImportance(features, y, {holdout, repeats: 3, seed: 1});
    expect(permutationImportance(features, y, {holdout, repeats: 3, seed: 1}).features).toEqual(one.features);
    expect(permutationImportance(features, y, {holdout, repeats: 3, seed: 2}).features[0]!.drops).not.toEqual(one.features[0]!.drops);
  });

  it("permutationImportance's mean and sd are those of its drops (ddof 0); a feature's drops do not depend on the others", () => {
    const {features, y, holdout} = world(5);
    const {features: rows, trainRows, heldOutRows} = permutationImportance(features, y, {holdout, repeats: 4, seed: 9});
    for (const row of rows) {
      const mean = row.drops.reduce((a, b) => a + b, 0) / 4;
      expect(row.mean).toBeCloseTo(mean, 15);
      expect(row.sd).toBeCloseTo(Math.sqrt(row.drops.reduce((a, b) => a + (b - mean) ** 2, 0) / 4), 15);
    }
    expect(trainRows + heldOutRows).toBe(2000);
    expect(heldOutRows).toBe(667);
  });

  it("permutationImportance refuses repeats < 1", () => {
    const {features, y, holdout} = world(1, 20);
    expect(() => permutationImportance(features, y, {holdout, repeats: 0})).toThrow("permutationImportance requires a whole number of repeats ≥ 1, got 0");
  });
});

describe("singleFeatureAuc", () => {
  it("singleFeatureAuc of a numeric feature is its own held-out AUC (direction learned), noise near 0.5", () => {
    const {features, y, holdout} = world(11);
    const alone = singleFeatureAuc(features, y, holdout);
    const held = y.map((_, i) => i).filter((i) => holdout[i]);
    const signal = (features.signal as unknown as {values: number[]}).values;
    expect(alone.signal).toBeCloseTo(auc(held.map((i) => signal[i]!), held.map((i) => y[i]!)), 12);
    expect(Math.abs(alone.noise! - 0.5)).toBeLessThan(0.06);
    expect(alone.tier).toBeGreaterThan(0.55);
  });
});

describe("designMatrix", () => {
  it("designMatrix one-hot encodes a category without its first level; a null row is all zeros", () => {
    const {columns, groups} = designMatrix({s: categoryCodes(["x", "y", null, "z"]), n: {kind: "numeric", values: [1, 2, 3, 4]}});
    expect(groups).toEqual({s: ["s=y", "s=z"], n: ["n"]});
    expect(Array.from(columns["s=y"]!)).toEqual([0, 1, 0, 0]);
    expect(Array.from(columns["s=z"]!)).toEqual([0, 0, 0, 1]);
  });
});

describe("featureColumnsOf", () => {
  it("featureColumnsOf reads numbers (null → NaN) and categories from an Arrow table, in the order asked", () => {
    const table = tableFromArrays({n: Int32Array.of(1, 2, 3), s: ["b", "a", "b"]});
    const columns = featureColumnsOf(table, {s: "categorical", n: "numeric"});
    expect(Object.keys(columns)).toEqual(["s", "n"]);
    expect(columns.s).toEqual({kind: "categorical", codes: Int32Array.of(1, 0, 1), categories: ["a", "b"]});
    expect(Array.from((columns.n as {values: ArrayLike<number>}).values)).toEqual([1, 2, 3]);
    expect(() => featureColumnsOf(table, {x: "numeric"})).toThrow('featureColumnsOf requires column "x", got n, s');
  });
});
