import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {positionWeightedCollision, positionWeightedSum} from "../../../lib/fingerprint/index.js";

describe("positionWeightedSum", () => {
  it("positionWeightedSum of the seed notebook's values is 1090 (1·17 + 2·23 + 3·42 + 4·99 + 5·101)", () => {
    expect(positionWeightedSum([17, 23, 42, 99, 101])).toBe(1090);
  });

  it("positionWeightedSum changes when the same values are reversed", () => {
    expect(positionWeightedSum([101, 99, 42, 23, 17])).toBe(602);
  });

  it("positionWeightedCollision gives other values with the same sum (property)", () => {
    fc.assert(fc.property(fc.array(fc.integer({min: -1000, max: 1000}), {minLength: 2, maxLength: 30}), fc.nat(), fc.integer({min: 1, max: 50}), (values, at, step) => {
      const i = at % (values.length - 1);
      const other = positionWeightedCollision(values, i, step);
      expect(other).not.toEqual(values);
      expect(positionWeightedSum(other)).toBe(positionWeightedSum(values));
    }));
  });

  it("positionWeightedCollision(values, last) throws naming the positions", () => {
    expect(() => positionWeightedCollision([1, 2], 1)).toThrow(/positionWeightedCollision requires 0 <= at < 1/);
  });
});
