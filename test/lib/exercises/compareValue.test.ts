import {tableFromArrays} from "apache-arrow";
import {describe, expect, it} from "vitest";
import {compareValue, singleValue} from "../../../lib/exercises/compareValue.js";

describe("compareValue", () => {
  it("compareValue accepts a value within the tolerance, as a number, bigint or numeric string", () => {
    expect(compareValue(0.1234, 0.1239, {tolerance: 0.001}).correct).toBe(true);
    expect(compareValue(17, 17n).correct).toBe(true);
    expect(compareValue(0.5, " 5e-1 ").correct).toBe(true);
  });

  it("compareValue says too high or too low", () => {
    expect(compareValue(10, 12).message).toBe("12 is too high: the answer is not within 1e-9 of the lab's value.");
    expect(compareValue(10, 9.5, {tolerance: 0.1, unit: "days"}).message).toBe("9.5 days is too low: the answer is not within 0.1 of the lab's value.");
  });

  it("compareValue rejects what is not a number, naming it", () => {
    expect(compareValue(1, "abc").message).toBe('The answer must be a number; got "abc".');
    expect(compareValue(1, "").message).toBe("The answer must be a number; got nothing.");
    expect(compareValue(1, NaN).correct).toBe(false);
  });

  it("compareValue throws on a non-finite expected value or a negative tolerance", () => {
    expect(() => compareValue(NaN, 1)).toThrow("compareValue requires a finite expected value, got NaN");
    expect(() => compareValue(1, 1, {tolerance: -1})).toThrow("compareValue requires a tolerance ≥ 0, got -1");
  });
});

describe("singleValue", () => {
  it("singleValue of a one-cell table is its value", () => {
    expect(singleValue(tableFromArrays({psi: Float64Array.of(0.2)}))).toEqual({value: 0.2, problem: null});
  });

  it("singleValue names the shape of anything else", () => {
    expect(singleValue(tableFromArrays({a: [1, 2]})).problem).toBe("The query must return one row; it returned 2.");
    expect(singleValue(tableFromArrays({a: [1], b: [2]})).problem).toBe("The query must return one column (the answer); it returned 2: a, b.");
  });
});
