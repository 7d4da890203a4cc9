import {describe, expect, it} from "vitest";
import {decimalToDouble} from "../../../src/engines/decimalToDouble.js";

describe("decimalToDouble(value, scale)", () => {
  it("multiplies by the double 1e-scale, as Arrow C++ (and so duckdb-wasm) does", () => {
    expect(decimalToDouble(522044n, 2)).toBe(5220.4400000000005);
    expect(decimalToDouble(125, 2)).toBe(1.25);
    expect(decimalToDouble(-522044n, 2)).toBe(-5220.4400000000005);
  });
  it("is exact for integers (scale 0), including HUGEINTs beyond 64 bits", () => {
    expect(decimalToDouble(12345678901234567890n, 0)).toBe(12345678901234567000);
    expect(decimalToDouble(-(2n ** 70n), 0)).toBe(-(2 ** 70));
  });
  it("splits whole and fraction above 2^53", () => {
    expect(decimalToDouble(123456789012345678n, 9)).toBe(123456789 + 12345678 * 1e-9);
  });
});
