import {describe, expect, it} from "vitest";
import {scales, worldSize} from "../../../lib/synth/scales.js";

describe("worldSize", () => {
  it("scales grow tenfold from small to medium to large", () => {
    expect([scales.small.transactions, scales.medium.transactions, scales.large.transactions]).toEqual([100_000, 1_000_000, 10_000_000]);
  });
  it("worldSize(name, overrides) replaces only the given counts", () => {
    expect(worldSize("small", {customers: 10})).toEqual({...scales.small, customers: 10});
  });
  it("worldSize rejects counts that are not whole numbers ≥ 1", () => {
    expect(() => worldSize("small", {requests: 0})).toThrow(/requests to be a whole number ≥ 1; got 0/);
  });
});
