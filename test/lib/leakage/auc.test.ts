import {describe, expect, it} from "vitest";
import {auc} from "../../../lib/leakage/index.js";

describe("auc", () => {
  it("auc(scores, labels) is the share of positive–negative pairs ordered right", () => {
    expect(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBe(0.75);
  });
  it("auc is 1 for a perfect ranking and 0 for a reversed one", () => {
    expect(auc([1, 2, 3, 4], [0, 0, 1, 1])).toBe(1);
    expect(auc([4, 3, 2, 1], [0, 0, 1, 1])).toBe(0);
  });
  it("auc counts a tie between a positive and a negative as one half", () => {
    expect(auc([0.5, 0.5, 0.5], [0, 1, 1])).toBe(0.5);
    expect(auc([0.2, 0.5, 0.5, 0.9], [0, 0, 1, 1])).toBe(0.875);
  });
  it("auc takes booleans, skips NaN scores and is NaN with one class", () => {
    expect(auc([0.1, NaN, 0.9], [false, true, true])).toBe(1);
    expect(auc([0.1, 0.2], [1, 1])).toBeNaN();
  });
  it("auc requires as many labels as scores", () => {
    expect(() => auc([1, 2], [1])).toThrow(/auc requires as many labels as scores, got 1 and 2/);
  });
  it("auc agrees with counting pairs on a fixed pseudo-random sample with ties", () => {
    const scores = Array.from({length: 300}, (_, i) => ((i * 7919) % 53) / 53);
    const labels = Array.from({length: 300}, (_, i) => ((i * 104729) % 7 < 2 ? 1 : 0));
    let pairs = 0, count = 0;
    for (let i = 0; i < 300; i++) for (let j = 0; j < 300; j++) {
      if (labels[i] === 1 && labels[j] === 0) {
        count++;
        pairs += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0;
      }
    }
    expect(auc(scores, labels)).toBeCloseTo(pairs / count, 12);
  });
});
