import {describe, expect, it} from "vitest";
import {quantileSorted} from "../../../lib/profile/index.js";

describe("quantileSorted", () => {
  it("quantileSorted(sorted, p) interpolates at (n − 1)·p (type 7)", () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([0, 10], 0.9)).toBe(9);
    expect(quantileSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.25)).toBe(3.25);
  });
  it("quantileSorted gives the extremes at p = 0 and p = 1, and null when empty", () => {
    expect(quantileSorted([3, 5, 8], 0)).toBe(3);
    expect(quantileSorted([3, 5, 8], 1)).toBe(8);
    expect(quantileSorted([], 0.5)).toBeNull();
  });
  it("quantileSorted requires p in [0, 1]", () => {
    expect(() => quantileSorted([1], 1.5)).toThrow(/quantileSorted requires p in \[0, 1\], got 1.5/);
  });
});
