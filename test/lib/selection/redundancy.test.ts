import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {correlationClusters, correlationMatrix, jacobiEigen, midranks, pcaExplainedVariance} from "../../../lib/selection/index.js";
import {columns} from "./selectionData.js";

const close = (got: number, want: number, abs = 1e-12) => expect(Math.abs(got - want)).toBeLessThanOrEqual(abs);

describe("correlationMatrix", () => {
  it("correlationMatrix(columns, method) equals numpy's corrcoef and scipy's spearmanr", () => {
    // python3 (data as in univariate.test.ts): np.corrcoef(X.T).ravel().tolist(); spearmanr(X).correlation.ravel().tolist()
    const pearson = [0.9999999999999998, 0.011656485798060048, 0.06542277836877365, 0.8270562508646636, 0.011656485798060048, 1.0, -0.12477957586668674, 0.5717215465477472, 0.06542277836877364, -0.12477957586668677, 1.0, -0.016466140114258457, 0.8270562508646636, 0.5717215465477472, -0.016466140114258457, 1.0];
    const spearman = [0.9999999999999998, 0.005423025894382456, 0.062487083832934436, 0.8220483745655609, 0.005423025894382456, 1.0, -0.11613309199649145, 0.545972123212162, 0.062487083832934436, -0.11613309199649144, 0.9999999999999998, -0.03602743285316758, 0.8220483745655609, 0.5459721232121622, -0.03602743285316759, 1.0];
    const p = correlationMatrix(columns, "pearson"), s = correlationMatrix(columns, "spearman");
    expect(p.features).toEqual(["a", "b", "c", "d"]);
    pearson.forEach((want, k) => close(p.values[k]!, want));
    spearman.forEach((want, k) => close(s.values[k]!, want));
  });

  it("correlationMatrix leaves NaN out pair by pair", () => {
    const m = correlationMatrix({a: [1, 2, 3, NaN, 5], b: [2, 4, 6, 8, 1], c: [1, 2, 3, 4, 0.5]});
    close(m.values[0 * 3 + 1]!, correlationMatrix({a: [1, 2, 3, 5], b: [2, 4, 6, 1]}).values[1]!);
    close(m.values[1 * 3 + 2]!, 1);
  });

  it("midranks gives tied values the average of their ranks", () => {
    expect(midranks([3, 1, 3, 2, 3])).toEqual([3, 0, 3, 1, 3]);
  });

  it("spearman correlation is unchanged by a monotone transform (property)", () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({min: -100, max: 100}), fc.integer({min: -100, max: 100})), {minLength: 3, maxLength: 40}), (pairs) => {
      const x = pairs.map((p) => p[0]), y = pairs.map((p) => p[1]);
      const one = correlationMatrix({x, y}, "spearman").values[1]!;
      const two = correlationMatrix({x: x.map((v) => Math.exp(v / 50)), y}, "spearman").values[1]!;
      if (Number.isNaN(one)) expect(two).toBeNaN();
      else close(two, one, 1e-9);
    }));
  });
});

describe("correlationClusters", () => {
  it("correlationClusters chains links (single linkage), largest cluster first", () => {
    const features = ["a", "b", "c", "d", "e"];
    const r = (i: number, j: number) => (i === j ? 1 : (i === 0 && j === 1) || (i === 1 && j === 0) ? 0.9 : (i === 1 && j === 2) || (i === 2 && j === 1) ? -0.85 : (i === 3 && j === 4) || (i === 4 && j === 3) ? 0.75 : 0.1);
    const values = Float64Array.from({length: 25}, (_, k) => r(Math.floor(k / 5), k % 5));
    const clusters = correlationClusters({features, values}, 0.7);
    expect(clusters.map((c) => c.features)).toEqual([["a", "b", "c"], ["d", "e"]]);
    expect(clusters[0]!.links).toEqual([{a: "a", b: "b", r: 0.9}, {a: "b", b: "c", r: -0.85}]);
    expect(correlationClusters({features, values}, 0.8).map((c) => c.features)).toEqual([["a", "b", "c"]]);
    expect(correlationClusters({features, values}, 0.95)).toEqual([]);
  });

  it("correlationClusters refuses a threshold outside (0, 1]", () => {
    expect(() => correlationClusters({features: [], values: new Float64Array()}, 0)).toThrow("correlationClusters requires a threshold in (0, 1], got 0");
  });
});

describe("pcaExplainedVariance", () => {
  it("pcaExplainedVariance equals numpy's svd of the standardised matrix (s² / (n − 1))", () => {
    // python3 (data as in univariate.test.ts): Z = (X - X.mean(0)) / X.std(0, ddof=1); sv = np.linalg.svd(Z, compute_uv=False); (sv ** 2 / (n - 1)).tolist()
    const want = [2.0114928320563514, 1.1340847780873933, 0.8544223898562561, 2.1006365803976623e-32];
    const pca = pcaExplainedVariance(columns);
    want.forEach((v, k) => close(pca.variances[k]!, v, 1e-12));
    close(pca.totalVariance, 4);
    close(pca.cumulative[3]!, 1);
    expect(pca.rows).toBe(60);
  });

  it("pcaExplainedVariance's variances sum to the total variance, and its loadings are orthonormal (property)", () => {
    const row = fc.tuple(fc.double({min: -10, max: 10, noNaN: true}), fc.double({min: -10, max: 10, noNaN: true}), fc.double({min: -10, max: 10, noNaN: true}));
    fc.assert(fc.property(fc.array(row, {minLength: 4, maxLength: 50}), (rows) => {
      const cols = {x: rows.map((r) => r[0]), y: rows.map((r) => r[1]), z: rows.map((r) => r[0] - 2 * r[2])};
      const pca = pcaExplainedVariance(cols);
      const sum = pca.variances.reduce((a, b) => a + b, 0);
      close(sum, pca.totalVariance, 1e-9);
      for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) {
        let dot = 0;
        for (let r = 0; r < 3; r++) dot += pca.loadings[r * 3 + a]! * pca.loadings[r * 3 + b]!;
        if (pca.variances[a]! > 1e-9 && pca.variances[b]! > 1e-9) close(dot, a === b ? 1 : 0, 1e-9);
      }
    }));
  });

  it("pcaExplainedVariance leaves out rows with a NaN and needs two complete rows", () => {
    expect(pcaExplainedVariance({a: [1, 2, NaN, 4], b: [1, 3, 2, 2]}).rows).toBe(3);
    expect(() => pcaExplainedVariance({a: [1, NaN]})).toThrow("pcaExplainedVariance requires at least 2 complete rows, got 1");
  });
});

describe("jacobiEigen", () => {
  it("jacobiEigen reconstructs a random symmetric matrix (A·v = λ·v, property)", () => {
    fc.assert(fc.property(fc.integer({min: 1, max: 7}), fc.array(fc.double({min: -5, max: 5, noNaN: true}), {minLength: 49, maxLength: 49}), (d, entries) => {
      const a = new Float64Array(d * d);
      for (let i = 0; i < d; i++) for (let j = 0; j <= i; j++) a[i * d + j] = a[j * d + i] = entries[i * 7 + j]!;
      const {values, vectors} = jacobiEigen(a, d);
      for (let k = 1; k < d; k++) expect(values[k]!).toBeLessThanOrEqual(values[k - 1]!);
      for (let k = 0; k < d; k++) for (let i = 0; i < d; i++) {
        let av = 0;
        for (let j = 0; j < d; j++) av += a[i * d + j]! * vectors[j * d + k]!;
        close(av, values[k]! * vectors[i * d + k]!, 1e-9);
      }
    }));
  });

  it("jacobiEigen refuses a matrix that is not symmetric", () => {
    expect(() => jacobiEigen([1, 2, 3, 1], 2)).toThrow("jacobiEigen requires a symmetric matrix, got 3 and 2 at (1, 0)");
  });
});

describe("pcaExplainedVariance loadings", () => {
  it("pcaExplainedVariance turns each component so that its largest loading is positive", () => {
    const pca = pcaExplainedVariance(columns);
    for (let k = 0; k < 4; k++) {
      const column = [0, 1, 2, 3].map((r) => pca.loadings[r * 4 + k]!);
      const largest = column.reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a));
      expect(largest).toBeGreaterThan(0);
    }
  });
});
