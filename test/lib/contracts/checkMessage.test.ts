import {describe, expect, it} from "vitest";
import {checkMessage, contractChecks, textReport, type ContractResult} from "../../../lib/contracts/index.js";
import {contractOf} from "./engines.js";

const specs = contractChecks(contractOf(`schema:
  - name: t
    properties:
      - {name: amount, logicalType: number, logicalTypeOptions: {minimum: 0}}
      - {name: id, logicalType: integer, unique: true}
    quality:
      - {metric: rowCount, mustBeBetween: [1000, 20000000]}
`));
const spec = (id: string) => specs.find((s) => s.id === id)!;

describe("checkMessage(spec, measured)", () => {
  it("counts rows with en-US thousands separators", () => {
    expect(checkMessage(spec("t.amount.minimum"), {rows: 10_044_440, unexpected: 19_926})).toBe("19,926 of 10,044,440 rows (0.2%) have amount < 0; must be = 0 rows");
  });

  it("separates thousands in distinct keys, row counts and thresholds in rows", () => {
    expect(checkMessage(spec("t.id.unique"), {rows: 2_500_000, unexpected: 1_234, keys: 1_001})).toBe("1,234 of 2,500,000 rows (0.049%) repeat the id of an earlier row (1,001 values occur more than once); must be = 0 rows");
    expect(checkMessage(spec("t.rowCount"), {rows: 25_000_000, unexpected: 0})).toBe("the data has 25,000,000 rows; must be between 1,000 and 20,000,000 rows");
  });
});

describe("textReport(result, contract, data)", () => {
  it("says the row count with thousands separators", () => {
    const result: ContractResult = {status: "pass", object: "t", rows: 1_234_567, checks: []};
    expect(textReport(result, "c.yaml", "t.parquet").split("\n")[0]).toBe("c.yaml on t.parquet: PASS (1,234,567 rows, 0 checks)");
  });
});

describe("checkMessage on text rules", () => {
  const textSpecs = contractChecks(contractOf(`schema:
  - name: t
    properties:
      - {name: x, logicalTypeOptions: {pattern: "^\\\\d+$", maxLength: 4}}
`));
  const at = (id: string) => textSpecs.find((s) => s.id === id)!;
  it("says which text a pattern or length rule reads on a number or time column, and nothing more on text", () => {
    expect(checkMessage(at("t.x.pattern"), {rows: 4, unexpected: 1, column: {name: "x", type: "DECIMAL(9,2)"}})).toBe("1 of 4 rows (25%) have x not matching /^\\d+$/ (x as DuckDB writes a DECIMAL(9,2): 1.50); must be = 0 rows");
    expect(checkMessage(at("t.x.length"), {rows: 4, unexpected: 1, column: {name: "x", type: "TIMESTAMP"}})).toBe("1 of 4 rows (25%) have x longer than 4 characters (x as DuckDB writes a TIMESTAMP: 2024-01-02 03:04:05.12); must be = 0 rows");
    expect(checkMessage(at("t.x.length"), {rows: 4, unexpected: 1, column: {name: "x", type: "VARCHAR"}})).toBe("1 of 4 rows (25%) have x longer than 4 characters; must be = 0 rows");
  });
});
