import fc from "fast-check";
import {stringify} from "yaml";
import {describe, expect, it} from "vitest";
import {contractChecks, referenceCounts, runContract} from "../../../lib/contracts/index.js";
import {arrowTable, contractOf, engineFactories, useEngine} from "./engines.js";

// Number columns under text rules (length, pattern, listed text) and listed numbers: the SQL
// reads DuckDB's text for the number ("1.0", "nan", "-inf", "1e+16", "1.500"), the
// reference reproduces it (duckdbText). Values go in as doubles and are cast to the type.
const special = [0, -0, 1, -1, 0.1, 0.5, 2.5, -2.5, 100, 1e15, 1e16, 1e21, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308, -1.5e-10];
const nonFinite = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
const columnKinds: Record<string, fc.Arbitrary<number>> = {
  DOUBLE: fc.oneof(fc.constantFrom(...special, ...nonFinite), fc.double(), fc.integer({min: -1e5, max: 1e5}).map((n) => n / 100)),
  // Floats whose exact digits are their shortest (DuckDB 1.4 writes some others exactly: see duckdbText).
  FLOAT: fc.oneof(fc.constantFrom(0, -0, 1, 2.5, Math.fround(0.1), Math.fround(1e16), Math.fround(1e-5), ...nonFinite), fc.integer({min: -(2 ** 20), max: 2 ** 20}).map((n) => n / 8)),
  INTEGER: fc.oneof(fc.constantFrom(0, 1, -1, 100, 2 ** 31 - 1, -(2 ** 31)), fc.integer({min: -1000, max: 1000})),
  BIGINT: fc.oneof(fc.constantFrom(0, 1, 2 ** 53, -(2 ** 53), 1e16, 1e15), fc.integer({min: -1000, max: 1000})),
  "DECIMAL(18,3)": fc.oneof(fc.constantFrom(0, 1, 0.1, -0.5, 1e12), fc.integer({min: -1e6, max: 1e6}).map((n) => n / 1000)),
  "DECIMAL(9,2)": fc.integer({min: -1e5, max: 1e5}).map((n) => n / 100),
};
const listed = fc.constantFrom<unknown>(1, 1.5, "1", "1.0", "nan", Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, "inf", "-inf", 0, -0, "0.0", "-0.0", "0",
  0.1, "0.1", 100, "100.0", "1e+16", 1e16, 2.5, 2, 3, "abc", true, 0.125, "0.125", 1e-5, "1e-05", "0.100", "1.00", 1e300);
const patterns = fc.constantFrom("^-?\\d+$", "^-?\\d+\\.\\d+$", "e", "^nan$", "inf", "\\.0$", "^-", "^[0-9.]{1,4}$", "e\\+", "e-0", "^0\\.", "\\.\\d{3}$", "N", "Infinity", "^\\d{1,3}(\\.\\d+)?$");
const lengths = fc.integer({min: 0, max: 12});
const property = fc.record({
  logicalType: fc.constantFrom(undefined, "number", "integer", "string"),
  unique: fc.boolean(),
  enum: fc.option(fc.array(listed, {minLength: 1, maxLength: 5}), {nil: undefined}),
  logicalTypeOptions: fc.record({minLength: lengths, maxLength: lengths, pattern: patterns, minimum: fc.constantFrom(0, 1.5, -1), maximum: fc.constantFrom(2, 100.5, 1e16)}, {requiredKeys: []}),
  quality: fc.array(fc.oneof(
    fc.record({metric: fc.constant("invalidValues"), arguments: fc.record({validValues: fc.array(listed, {maxLength: 4}), pattern: patterns}, {requiredKeys: ["pattern"]}), mustBe: fc.constant(0)}),
    fc.record({metric: fc.constant("invalidValues"), arguments: fc.record({validValues: fc.array(listed, {minLength: 1, maxLength: 4})}), mustBe: fc.constant(0)}),
    fc.record({metric: fc.constant("missingValues"), arguments: fc.record({missingValues: fc.array(listed, {maxLength: 4})}), mustBe: fc.constant(0)}),
  ), {maxLength: 2}),
}).map((p) => (p.logicalType === "string" ? {...p, logicalTypeOptions: {...p.logicalTypeOptions, minimum: undefined, maximum: undefined}} : p)); // ranges are for number types
const cases = fc.constantFrom(...Object.keys(columnKinds)).chain((type) => fc.record({
  type: fc.constant(type),
  values: fc.array(fc.option(columnKinds[type]!, {nil: null, freq: 6}), {maxLength: 12}),
  property,
}));

describe("referenceCounts(specs, columns, types) on number columns", () => {
  const wasm = useEngine(engineFactories[0]![1]);
  const native = useEngine(engineFactories[1]![1]);

  it("counts what the SQL counts on both engines: text rules on DuckDB's text of the number, listed numbers as numbers, NaN, ±Infinity, -0, huge and tiny values", async () => {
    await fc.assert(fc.asyncProperty(cases, async ({type, values, property}) => {
      const contract = contractOf(stringify({schema: [{name: "t", properties: [{name: "x", ...property}]}]}));
      const reference = Object.fromEntries(referenceCounts(contractChecks(contract), {x: values}, {x: type}));
      for (const engine of [wasm(), native()]) {
        await engine.loadArrow("raw", arrowTable({x: ["float", values]}));
        await engine.query(`CREATE OR REPLACE VIEW t AS SELECT CAST(x AS ${type}) AS x FROM raw`);
        const result = await runContract(engine, contract, "t", {sampleSize: 0});
        expect(result.checks.filter((c) => c.status === "error").map((c) => c.message)).toEqual([]);
        const counted = Object.fromEntries(result.checks.filter((c) => c.id in reference).map((c) => [c.id, c.rule === "rowCount" ? c.value : c.unexpected_count]));
        expect([engine.kind, counted]).toEqual([engine.kind, reference]);
      }
    }), {numRuns: 50, seed: 20260402});
  });
});

// Text columns declared number or integer (a CSV read as VARCHAR): the SQL reads them with
// TRY_CAST, the reference with duckdbNumber, not JavaScript's Number.
const trickyText = ["", " ", " 1", "1 ", "0x10", "0b11", "1e3", "1e2", "1e2.", "inf", "-Infinity", "nan", "-nan", "1_000", "1__000", "+5", "+-5", "- ", ".5", "5.", "1,5", "2.5", "-2.5", "1.5", "0.5",
  "5e-324", "1e19", "9223372036854775807", "9223372036854775808", "9007199254740993", "1e309", "abc", "100.5", "1.0", "-0"];
const numeralText = fc.oneof(
  fc.integer({min: -300, max: 300}).map(String),
  fc.integer({min: -3000, max: 3000}).map((n) => String(n / 20)),
  fc.tuple(fc.constantFrom("", " ", "+", "-"), fc.integer({min: 0, max: 200}), fc.constantFrom("", "e0", "e1", "e-1", "e2", ".", ".25"), fc.constantFrom("", " ")).map((p) => p.join("")),
);
const textCases = fc.record({
  values: fc.array(fc.option(fc.oneof(fc.constantFrom(...trickyText), numeralText), {nil: null, freq: 6}), {maxLength: 12}),
  logicalType: fc.constantFrom("number", "integer"),
  minimum: fc.constantFrom(undefined, 0, 1.5, -1, 2),
  maximum: fc.constantFrom(undefined, 2, 100.5, 1e16, 9.3e18), // not 2 ** 63: see runContract.test.ts
  exclusive: fc.boolean(),
});

describe("referenceCounts(specs, columns, types) on text columns declared number or integer", () => {
  const wasm = useEngine(engineFactories[0]![1]);
  const native = useEngine(engineFactories[1]![1]);

  it("counts type conformance and ranges as the SQL's TRY_CAST reads the text on both engines: whitespace, +, _, hex, inf, nan, rounding to BIGINT, out of range", async () => {
    await fc.assert(fc.asyncProperty(textCases, async ({values, logicalType, minimum, maximum, exclusive}) => {
      const options = exclusive ? {exclusiveMinimum: minimum, exclusiveMaximum: maximum} : {minimum, maximum};
      const contract = contractOf(stringify({schema: [{name: "t", properties: [{name: "x", logicalType, logicalTypeOptions: options}]}]}));
      const reference = Object.fromEntries(referenceCounts(contractChecks(contract), {x: values}, {x: "VARCHAR"}));
      expect(Object.keys(reference)).toContain("t.x.type");
      for (const engine of [wasm(), native()]) {
        await engine.loadArrow("t", arrowTable({x: ["text", values]}));
        const result = await runContract(engine, contract, "t", {sampleSize: 0});
        expect(result.checks.filter((c) => c.status === "error").map((c) => c.message)).toEqual([]);
        const counted = Object.fromEntries(result.checks.filter((c) => c.id in reference).map((c) => [c.id, c.rule === "rowCount" ? c.value : c.unexpected_count]));
        expect([engine.kind, values, counted]).toEqual([engine.kind, values, reference]);
      }
    }), {numRuns: 50, seed: 20260403});
  });
});
