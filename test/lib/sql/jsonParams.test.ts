import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {jsonParams} from "../../../lib/sql/index.js";
import {engineFactories, useEngine} from "../engines.js";

describe("jsonParams(query)", () => {
  it("passes strings, safe integers, booleans and null through unchanged", () => {
    expect(jsonParams({text: "select ?, ?, ?, ?", params: ["a", 15, true, null]})).toEqual({text: "select ?, ?, ?, ?", params: ["a", 15, true, null]});
  });
  it("sends a fractional number as its shortest text with a DOUBLE cast (duckdb-wasm parses JSON doubles inexactly)", () => {
    expect(jsonParams({text: "select ?, ?", params: [0.010000000000000009, -0]})).toEqual({text: "select CAST(? AS DOUBLE), CAST(? AS DOUBLE)", params: ["0.010000000000000009", "-0"]});
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
    const out = jsonParams({text: "select ?, ?, ?", params: [2 ** 63, -1e300, 2 ** 53 - 1]});
    expect(out.text).toBe("select CAST(? AS DOUBLE), CAST(? AS DOUBLE), ?");
    expect(out.params).toEqual(["9223372036854776000", "-1e+300", 2 ** 53 - 1]);
  });
  it("rewrites only real placeholders, not a ? inside a literal", () => {
    expect(jsonParams({text: "select '?', ?", params: [1n]}).text).toBe("select '?', CAST(? AS BIGINT)");
  });
  it("throws naming the function when placeholders and params differ in number", () => {
    expect(() => jsonParams({text: "select ?", params: []})).toThrow(/jsonParams requires one param per \? placeholder: the query has 1, got 0/);
  });
});

describe.each(engineFactories)("a bound number on %s", (_kind, create) => {
  const engine = useEngine(create);
  it("reads back as the same double, bit for bit (200 random doubles, ±0, subnormals, extremes)", async () => {
    const doubles = fc.sample(fc.double({noNaN: true}), {numRuns: 200, seed: 42});
    const values = [...doubles, 0.010000000000000009, 1 - 0.99, 5e-324, -1.7976931348623157e308, -0, 0, 2 ** 53 + 2];
    const text = `select ${values.map((_, i) => `? as v${i}`).join(", ")}`;
    const row = (await engine().query({text, params: values})).get(0)!.toJSON() as Record<string, unknown>;
    const wrong = values.filter((v, i) => !Object.is(Number(row[`v${i}`]), v));
    expect(wrong).toEqual([]);
  });
});
