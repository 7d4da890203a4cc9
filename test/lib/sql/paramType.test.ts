import {describe, expect, it} from "vitest";
import {paramType} from "../../../lib/sql/index.js";

describe("paramType(value)", () => {
  it("maps each SqlValue to the DuckDB type it binds as", () => {
    expect(paramType(1)).toBe("DOUBLE");
    expect(paramType(1.5)).toBe("DOUBLE");
    expect(paramType(NaN)).toBe("DOUBLE");
    expect(paramType(5n)).toBe("BIGINT");
    expect(paramType("x")).toBe("VARCHAR");
    expect(paramType(false)).toBe("BOOLEAN");
    expect(paramType(null)).toBe("NULL");
    expect(paramType(new Date(0))).toBe("TIMESTAMP");
  });
  it("throws naming the function on values no engine binds", () => {
    expect(() => paramType(undefined as never)).toThrow(/paramType requires .* got undefined/);
    expect(() => paramType({} as never)).toThrow(/paramType requires .* got an object/);
    expect(() => paramType(new Date(NaN))).toThrow(/paramType requires a valid Date/);
    expect(() => paramType(2n ** 63n)).toThrow(/paramType requires a bigint within BIGINT's range/);
  });
});
