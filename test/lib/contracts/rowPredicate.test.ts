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
