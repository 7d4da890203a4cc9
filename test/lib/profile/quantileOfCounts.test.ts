import {describe, expect, it} from "vitest";
import {quantileOfCounts, quantileSorted} from "../../../lib/profile/index.js";

describe("quantileOfCounts", () => {
  it("quantileOfCounts(counts, p) equals quantileSorted of the expanded sample", () => {
    const counts = [{value: 2, count: 1}, {value: 3, count: 4}, {value: 7, count: 2}, {value: 40, count: 1}];
    const expanded = counts.flatMap(({value, count}) => Array(count).fill(value) as number[]);
    for (const p of [0, 0.1, 0.25, 0.5, 0.8, 0.9, 1]) expect(quantileOfCounts(counts, p)).toBe(quantileSorted(expanded, p));
  });
  it("quantileOfCounts skips zero counts and is null for an empty sample", () => {
    expect(quantileOfCounts([{value: 1, count: 0}, {value: 5, count: 2}], 0)).toBe(5);
    expect(quantileOfCounts([], 0.5)).toBeNull();
  });
  it("quantileOfCounts requires ascending values and whole counts", () => {
    expect(() => quantileOfCounts([{value: 2, count: 1}, {value: 1, count: 1}], 0.5)).toThrow(/quantileOfCounts requires ascending values, got 1 after 2/);
    expect(() => quantileOfCounts([{value: 2, count: 0.5}], 0.5)).toThrow(/whole counts ≥ 0, got 0.5 at index 0/);
  });
});
