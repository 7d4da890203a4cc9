import {tableFromArrays} from "apache-arrow";
import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {encodingLeak, logLoss} from "../../../lib/preprocess/index.js";
import {createRng} from "../../../lib/synth/random.js";

/** Each row its own category and a coin-flip label: any skill an encoding shows is its own label leaking. */
function noise(seed: number, rows: number, prefix: string) {
  const rng = createRng(seed, "encoding_leak");
  return tableFromArrays({
    c: Array.from({length: rows}, (_, i) => `${prefix}${i}`),
    y: Float64Array.from({length: rows}, () => (rng.bernoulli(0.3) ? 1 : 0)),
    x: Float64Array.from({length: rows}, () => rng.uniform()),
  });
}

describe("encodingLeak", () => {
  it("encodingLeak on unique categories: in-sample encodings score near 1 on their own rows, out-of-fold near 0.5", () => {
    const [allRows, inSample, outOfFold] = encodingLeak(noise(1, 2000, "a"), noise(2, 1000, "b"), {column: "c", target: "y", smoothing: 1, features: ["x"]});
    expect([allRows!.variant, inSample!.variant, outOfFold!.variant]).toEqual(["all_rows", "in_sample", "out_of_fold"]);
    expect(inSample!.trainAuc).toBe(1);
    expect(outOfFold!.trainAuc).toBeLessThan(0.6);
    // all_rows encodes the serving rows with their own labels too: a perfect serving score
    expect(allRows!.serveAuc).toBe(1);
    // the serving categories are all unknown to a training-only fit: the encoding is the prior, no skill
    expect(Math.abs(outOfFold!.serveAuc - 0.5)).toBeLessThan(0.1);
    expect(Math.abs(inSample!.serveAuc - 0.5)).toBeLessThan(0.1);
  });

  it("encodingLeak with an informative category: out-of-fold keeps the skill out of time", () => {
    const make = (seed: number, rows: number) => {
      const rng = createRng(seed, "encoding_leak_signal");
      const c = Array.from({length: rows}, () => `k${rng.int(20)}`);
      return tableFromArrays({c, y: Float64Array.from(c, (k) => (rng.bernoulli(Number(k.slice(1)) / 25) ? 1 : 0))});
    };
    const results = encodingLeak(make(3, 4000), make(4, 2000), {column: "c", target: "y"});
    for (const r of results) expect(r.serveAuc).toBeGreaterThan(0.7);
    expect(results[2]!.weight).toBeGreaterThan(0);
  });

  it("encodingLeak names a missing column", () => {
    expect(() => encodingLeak(noise(1, 10, "a"), noise(2, 10, "b"), {column: "c", target: "y", features: ["nope"]})).toThrow(/encodingLeak requires column "nope"/);
  });
});

describe("logLoss", () => {
  it("logLoss matches numpy's mean binary cross-entropy", () => {
    // python3 -c "import numpy as np; y=np.array([0,1,1,0]); p=np.array([0.1,0.8,0.6,0.3]); print(repr(float(-np.mean(y*np.log(p)+(1-y)*np.log(1-p)))))"
    expect(logLoss(Float64Array.of(0.1, 0.8, 0.6, 0.3), Float64Array.of(0, 1, 1, 0))).toBeCloseTo(0.2990011586691898, 15);
  });

  it("logLoss of a coin flip is ln 2 (the documented example)", () => {
    expect(logLoss(Float64Array.of(0.5, 0.5), Float64Array.of(0, 1))).toBe(0.6931471805599453);
  });

  it("logLoss of a certain wrong answer is clipped to −ln(1e-15), not infinite", () => {
    expect(logLoss([0], [1])).toBeCloseTo(-Math.log(1e-15), 9);
  });

  it("logLoss(p, y) ≥ 0 and is smallest at p = y", () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.double({min: 0.001, max: 0.999, noNaN: true}), fc.constantFrom(0, 1)), {minLength: 1, maxLength: 50}), (rows) => {
      const p = rows.map(([q]) => q), y = rows.map(([, t]) => t);
      expect(logLoss(p, y)).toBeGreaterThanOrEqual(logLoss(y.map((t) => (t ? 0.999 : 0.001)), y) - 1e-12);
    }));
  });

  it("logLoss requires as many labels as probabilities", () => {
    expect(() => logLoss([0.5], [])).toThrow(/logLoss requires as many labels/);
  });
});
