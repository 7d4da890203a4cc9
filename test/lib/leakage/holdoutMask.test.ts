import {describe, expect, it} from "vitest";
import {holdoutMask} from "../../../lib/leakage/index.js";

const ids = Int32Array.from({length: 10_000}, (_, i) => i + 1);

describe("holdoutMask", () => {
  it("holdoutMask(ids, share, seed) holds out about share of the ids", () => {
    const held = holdoutMask(ids, 0.3, 7).reduce((a, b) => a + b, 0);
    expect(held).toBeGreaterThan(2850);
    expect(held).toBeLessThan(3150);
  });
  it("holdoutMask gives an id the same side wherever it appears, and another seed another split", () => {
    const a = holdoutMask(ids, 0.3, 7);
    const b = holdoutMask(Int32Array.from(ids).reverse(), 0.3, 7);
    expect(Array.from(a)).toEqual(Array.from(b).reverse());
    expect(Array.from(holdoutMask(ids, 0.3, 8))).not.toEqual(Array.from(a));
  });
  it("holdoutMask holds out nothing at 0 and everything at 1, and rejects other shares", () => {
    expect(holdoutMask(ids, 0, 1).some((v) => v === 1)).toBe(false);
    expect(holdoutMask(ids, 1, 1).every((v) => v === 1)).toBe(true);
    expect(() => holdoutMask(ids, 1.5, 1)).toThrow(/holdoutMask requires a share in \[0, 1\], got 1.5/);
  });
});
