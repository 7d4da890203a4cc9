import {describe, expect, it} from "vitest";
import {logisticRegression, predictLogistic} from "../../../lib/leakage/index.js";

// A fixed pseudo-random sample where P(y = 1) = σ(−1 + 2x): x in [−2, 2).
const n = 4000;
const x = Float64Array.from({length: n}, (_, i) => (((i * 7919) % 4001) / 4001) * 4 - 2);
const u = Float64Array.from({length: n}, (_, i) => ((i * 104729 + 17) % 10007) / 10007);
const y = Float64Array.from(x, (v, i) => (u[i]! < 1 / (1 + Math.exp(1 - 2 * v)) ? 1 : 0));

describe("logisticRegression", () => {
  it("logisticRegression(columns, y) recovers the weights of a logistic sample", () => {
    const model = logisticRegression({x}, y);
    const scale = model.scales[0]!;
    expect(model.weights[0]! / scale).toBeCloseTo(2, 0);
    expect(model.intercept - (model.weights[0]! * model.means[0]!) / scale).toBeCloseTo(-1, 0);
  });
  it("logisticRegression gives a noise feature a weight near 0", () => {
    const noise = Float64Array.from(u, (_, i) => ((i * 31) % 17) / 17);
    expect(Math.abs(logisticRegression({x, noise}, y).weights[1]!)).toBeLessThan(0.1);
  });
  it("logisticRegression imputes NaN with the mean and survives a constant column", () => {
    const withNulls = Float64Array.from(x, (v, i) => (i % 10 === 0 ? NaN : v));
    const model = logisticRegression({x: withNulls, constant: new Float64Array(n).fill(3)}, y);
    expect(model.weights[0]).toBeGreaterThan(0.5);
    expect(Math.abs(model.weights[1]!)).toBeLessThan(1e-6);
    expect(predictLogistic(model, {x: [NaN], constant: [3]})[0]).toBeCloseTo(1 / (1 + Math.exp(-model.intercept)), 12);
  });
  it("logisticRegression is deterministic", () => {
    expect(logisticRegression({x}, y)).toEqual(logisticRegression({x}, y));
  });
  it("logisticRegression requires rows and columns as long as y", () => {
    expect(() => logisticRegression({x: [1]}, [])).toThrow(/logisticRegression requires at least one row, got 0/);
    expect(() => logisticRegression({x: [1, 2]}, [1])).toThrow(/requires every column to have 1 rows \(as y\), got 2 in "x"/);
  });
  it("predictLogistic requires the model's features", () => {
    expect(() => predictLogistic(logisticRegression({x}, y), {z: [1]})).toThrow(/predictLogistic requires feature column "x", got z/);
  });
});
