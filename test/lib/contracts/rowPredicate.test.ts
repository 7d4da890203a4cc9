import {describe, expect, it} from "vitest";
import {contractChecks, referenceCounts, rowPredicate, runContract} from "../../../lib/contracts/index.js";
import {arrowTable, contractOf, engineFactories, useEngine} from "./engines.js";

describe("rowPredicate(test, column)", () => {
  it("tests an enum with list_contains of bound values, casting only a non-VARCHAR column to text", () => {
    const onText = rowPredicate({kind: "invalid", validValues: ["a", "b"]}, {name: "c", type: "VARCHAR"});
    expect([onText.text, onText.params]).toEqual(['("c" IS NOT NULL AND NOT (list_contains([?, ?], "c")))', ["a", "b"]]);
    expect(rowPredicate({kind: "invalid", validValues: ["1"]}, {name: "n", type: "INTEGER"}).text).toBe('("n" IS NOT NULL AND NOT (list_contains([?], CAST("n" AS VARCHAR))))');
    expect(rowPredicate({kind: "invalid", validValues: [1, 2.5]}, {name: "n", type: "INTEGER"}).text).toBe('("n" IS NOT NULL AND NOT (list_contains([?, ?], "n")))');
  });
});

const contract = contractOf(`schema:
  - name: t
    properties:
      - name: n
        enum: [1, 2.5, -3]
        quality:
          - {metric: missingValues, arguments: {missingValues: [null, 0]}, mustBe: 0}
      - name: x
        enum: [1.5, 2]
      - name: s
        enum: ["1", "b", "it's", "名前"]
        quality:
          - {metric: missingValues, arguments: {missingValues: [null, "", "N/A"]}, mustBe: 0}
`);
const values = {
  n: [1, 2, -3, null, 0, 1, 3],
  x: [1.5, 2, 2.5, null, 0, -1.5, 2],
  s: ["1", "b", "B", null, "", "N/A", "名前"],
};

describe.each(engineFactories)("enums and missing values on %s", (_, create) => {
  const engine = useEngine(create);
  it("count what the plain-loop reference counts: numbers as numbers, text as text, NULLs apart", async () => {
    await engine().loadArrow("t", arrowTable({n: ["int", values.n], x: ["float", values.x], s: ["text", values.s]}));
    const result = await runContract(engine(), contract, "t");
    const reference = referenceCounts(contractChecks(contract), values);
    const counted = Object.fromEntries(result.checks.filter((c) => reference.has(c.id)).map((c) => [c.id, c.unexpected_count]));
    expect(counted).toEqual(Object.fromEntries(reference));
    expect(counted).toEqual({"t.n.enum": 3, "t.n.missingValues": 2, "t.x.enum": 3, "t.s.enum": 3, "t.s.missingValues": 3});
  });
});

describe("rowPredicate on NaN", () => {
  it("adds isnan to a minimum on a column that can hold NaN, and to nothing else", () => {
    const below = {kind: "below", bound: 0, inclusive: false} as const;
    expect(rowPredicate(below, {name: "x", type: "DOUBLE"}, "number").text).toBe('("x" < ? OR isnan("x"))');
    expect(rowPredicate(below, {name: "x", type: "VARCHAR"}, "number").text).toBe('(TRY_CAST("x" AS DOUBLE) < ? OR isnan(TRY_CAST("x" AS DOUBLE)))');
    expect(rowPredicate(below, {name: "x", type: "BIGINT"}, "number").text).toBe('"x" < ?');
    expect(rowPredicate(below, {name: "x", type: "DOUBLE"}, "integer").text).toBe('TRY_CAST("x" AS BIGINT) < ?');
    expect(rowPredicate({kind: "above", bound: 10, inclusive: true}, {name: "x", type: "DOUBLE"}, "number").text).toBe('"x" >= ?');
    expect(rowPredicate({kind: "null"}, {name: "x", type: "DOUBLE"}, "number").text).toBe('"x" IS NULL');
  });
});

const nanContract = contractOf(`schema:
  - name: t
    properties:
      - name: x
        logicalType: number
        logicalTypeOptions: {minimum: 0, maximum: 10}
        quality:
          - {metric: nullValues, mustBe: 0}
          - {metric: missingValues, arguments: {missingValues: [.nan]}, mustBe: 0}
          - {metric: invalidValues, arguments: {validValues: [1, 5, .nan, .inf]}, mustBe: 0}
      - name: y
        logicalTypeOptions: {exclusiveMinimum: 0, exclusiveMaximum: 10}
`);
const nanValues = [1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, null, 5];

describe.each(engineFactories)("NaN and ±Infinity on %s", (_, create) => {
  const engine = useEngine(create);
  it("NaN breaks both a minimum and a maximum, is not null, and matches a listed .nan; ±Infinity breaks the bound it passes", async () => {
    await engine().loadArrow("t", arrowTable({x: ["float", nanValues], y: ["float", nanValues]}));
    const result = await runContract(engine(), nanContract, "t");
    const reference = referenceCounts(contractChecks(nanContract), {x: nanValues, y: nanValues});
    const counted = Object.fromEntries(result.checks.filter((c) => reference.has(c.id)).map((c) => [c.id, c.unexpected_count]));
    expect(counted).toEqual(Object.fromEntries(reference));
    expect(counted).toEqual({
      "t.x.minimum": 2, "t.x.maximum": 2, "t.x.nullValues": 1, "t.x.missingValues": 2, "t.x.invalidValues": 1,
      "t.y.exclusiveMinimum": 2, "t.y.exclusiveMaximum": 2,
    });
    const minimum = result.checks.find((c) => c.id === "t.x.minimum")!;
    expect(minimum.message).toBe("2 of 6 rows (33.3%) have x < 0 or NaN; must be = 0 rows");
    expect(minimum.samples).toEqual([{x: "NaN", y: "NaN"}, {x: "-Infinity", y: "-Infinity"}]);
  });
});

describe("rowPredicate on listed values of mixed kinds", () => {
  it("compares listed numbers as numbers and listed text as the value's text, each on its own; numbers on a column that is not a number as text", () => {
    const mixed = rowPredicate({kind: "invalid", validValues: [1, "1.5", 2]}, {name: "x", type: "DOUBLE"});
    expect([mixed.text, mixed.params]).toEqual(['("x" IS NOT NULL AND NOT ((list_contains([?, ?], "x") OR list_contains([?], CAST("x" AS VARCHAR)))))', [1, 2, "1.5"]]);
    const onDate = rowPredicate({kind: "invalid", validValues: [1, true]}, {name: "d", type: "DATE"});
    expect([onDate.text, onDate.params]).toEqual(['("d" IS NOT NULL AND NOT (list_contains([?, ?], CAST("d" AS VARCHAR))))', ["1", "true"]]);
    expect(rowPredicate({kind: "invalid", validValues: [0.1, 1e300]}, {name: "f", type: "FLOAT"}).params).toEqual([Math.fround(0.1)]);
  });
});

const textContract = contractOf(`schema:
  - name: t
    properties:
      - name: code
        enum: [1, 2, "x"]
      - name: at
        logicalTypeOptions: {pattern: "\\\\.\\\\d{1,2}$", maxLength: 19}
        enum: ["2024-01-02 03:04:05.12", 5]
      - name: day
        logicalTypeOptions: {pattern: "^2024-", minLength: 10, maxLength: 10}
        enum: ["2024-01-02", 20240102]
      - name: x
        logicalTypeOptions: {pattern: "^\\\\d+$", maxLength: 4}
        quality:
          - {metric: invalidValues, arguments: {validValues: [1, "100.0", "nan"]}, mustBe: 0}
`);
const times = [Date.UTC(2024, 0, 2, 3, 4, 5, 120), Date.UTC(2024, 0, 2), Date.UTC(1999, 11, 31, 23, 59, 59, 999), null, Date.UTC(2024, 5, 1, 0, 0, 0, 5)];
const textValues = {code: ["1", "2", "1.0", null, "x"], at: times, day: times.map((t) => (t === null ? null : Math.floor(t / 86_400_000) * 86_400_000)), x: [1, 100, Number.NaN, null, 12.5]};

describe.each(engineFactories)("text rules on number and time columns on %s", (_, create) => {
  const engine = useEngine(create);
  it("read DuckDB's text for the value (1.0, nan, '2024-01-02 03:04:05.12'), as the reference does, and a list of numbers on text binds", async () => {
    await engine().loadArrow("raw", arrowTable({code: ["text", textValues.code], at: ["time", textValues.at], x: ["float", textValues.x]}));
    await engine().query(`CREATE OR REPLACE VIEW t AS SELECT code, CAST("at" AS TIMESTAMP) AS "at", CAST("at" AS DATE) AS "day", x FROM raw`);
    const result = await runContract(engine(), textContract, "t");
    const reference = referenceCounts(contractChecks(textContract), textValues, {code: "VARCHAR", at: "TIMESTAMP", day: "DATE", x: "DOUBLE"});
    const counted = Object.fromEntries(result.checks.filter((c) => reference.has(c.id)).map((c) => [c.id, c.unexpected_count]));
    expect(counted).toEqual(Object.fromEntries(reference));
    expect(counted).toEqual({
      "t.code.enum": 1, "t.at.pattern": 3, "t.at.length": 3, "t.at.enum": 3, "t.day.pattern": 1, "t.day.length": 0, "t.day.enum": 2,
      "t.x.pattern": 4, "t.x.length": 1, "t.x.invalidValues": 1,
    });
    expect(result.checks.find((c) => c.id === "t.x.pattern")!.message).toBe("4 of 5 rows (80%) have x not matching /^\\d+$/ (x as DuckDB writes a DOUBLE: 1.0, 1e+16, nan, -inf); must be = 0 rows");
  });
});
