import {describe, expect, it} from "vitest";
import {jsonParams} from "../../../lib/sql/index.js";

describe("jsonParams(query)", () => {
  it("passes strings, finite numbers, booleans and null through unchanged", () => {
    expect(jsonParams({text: "select ?, ?, ?, ?", params: ["a", 1.5, true, null]})).toEqual({text: "select ?, ?, ?, ?", params: ["a", 1.5, true, null]});
  });
  it("sends a Date as a UTC timestamp string and casts its placeholder to TIMESTAMP", () => {
    expect(jsonParams({text: "select ?", params: [new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6))]})).toEqual({
      text: "select CAST(? AS TIMESTAMP)",
      params: ["2026-01-02 03:04:05.006"],
    });
  });
  it("sends bigints and non-finite numbers as strings with a cast", () => {
    const out = jsonParams({text: "select ?, ?, ?", params: [-(2n ** 63n), NaN, -Infinity]});
    expect(out.text).toBe("select CAST(? AS BIGINT), CAST(? AS DOUBLE), CAST(? AS DOUBLE)");
    expect(out.params).toEqual(["-9223372036854775808", "NaN", "-Infinity"]);
  });
  it("sends whole numbers beyond 2 ** 53 as their text with a DOUBLE cast, smaller ones unchanged", () => {
    const out = jsonParams({text: "select ?, ?, ?, ?", params: [2 ** 63, -1e300, 2 ** 53 - 1, 0.5]});
    expect(out.text).toBe("select CAST(? AS DOUBLE), CAST(? AS DOUBLE), ?, ?");
    expect(out.params).toEqual(["9223372036854776000", "-1e+300", 2 ** 53 - 1, 0.5]);
  });
  it("rewrites only real placeholders, not a ? inside a literal", () => {
    expect(jsonParams({text: "select '?', ?", params: [1n]}).text).toBe("select '?', CAST(? AS BIGINT)");
  });
  it("throws naming the function when placeholders and params differ in number", () => {
    expect(() => jsonParams({text: "select ?", params: []})).toThrow(/jsonParams requires one param per \? placeholder: the query has 1, got 0/);
  });
});
