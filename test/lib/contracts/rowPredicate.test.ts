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
