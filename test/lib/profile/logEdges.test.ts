import {describe, expect, it} from "vitest";
import {logEdges} from "../../../lib/profile/index.js";

describe("logEdges", () => {
  it("logEdges(1, 1000, 1) is the powers of ten", () => {
    expect(logEdges(1, 1000, 1)).toEqual([1, 10, 100, 1000]);
  });
  it("logEdges(min, max, k) reaches max and puts k edges per decade", () => {
    const edges = logEdges(0.5, 86_400, 3);
    expect(edges[0]).toBe(0.5);
    expect(edges.at(-1)!).toBeGreaterThanOrEqual(86_400);
    expect(edges.at(-2)!).toBeLessThan(86_400);
    expect(edges[3]).toBe(5);
    expect(edges[1]! / edges[0]!).toBeCloseTo(10 ** (1 / 3), 12);
  });
  it("logEdges(0, 10) throws, naming the precondition", () => {
    expect(() => logEdges(0, 10)).toThrow(/logEdges requires 0 < min < max/);
    expect(() => logEdges(1, 10, 0)).toThrow(/positive integer perDecade/);
  });
});
