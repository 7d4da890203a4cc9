import {describe, expect, it} from "vitest";
import {contractChecks} from "../../../lib/contracts/index.js";
import {contractDays} from "../../../lib/monitoring/index.js";
import {contractOf} from "../contracts/engines.js";

const specs = contractChecks(contractOf(`schema:
  - name: t
    properties:
      - name: amount
        logicalType: number
        required: true
        quality:
          - {id: few_big, metric: invalidValues, arguments: {validValues: [1]}, mustBeLessThan: 10, unit: percent, severity: warning}
    quality:
      - {id: has_rows, metric: rowCount, mustBeGreaterThan: 0}
`));

describe("contractDays", () => {
  it("contractDays judges a percent rule on each day's own rows, and a rows rule on its count", () => {
    const counts = [
      {day: 0, rows: 100, check_id: "t.amount.required", unexpected: 0}, {day: 0, rows: 100, check_id: "few_big", unexpected: 9},
      {day: 1, rows: 50, check_id: "t.amount.required", unexpected: 1}, {day: 1, rows: 50, check_id: "few_big", unexpected: 9},
    ];
    expect(contractDays(counts, specs, 2)).toEqual([
      {day: 0, rows: 100, status: "pass", failing: [], unexpected: 0},
      {day: 1, rows: 50, status: "fail", failing: ["t.amount.required", "few_big"], unexpected: 10},
    ]);
  });
  it("contractDays warns, not fails, on a low-severity rule", () => {
    expect(contractDays([{day: 0, rows: 10, check_id: "few_big", unexpected: 5}], specs, 1)[0]).toMatchObject({status: "warn", failing: ["few_big"]});
  });
  it("contractDays fails the row-count rule on a day with no counts at all (nothing arrived)", () => {
    expect(contractDays([{day: 0, rows: 3, check_id: "few_big", unexpected: 0}], specs, 2)[1]).toEqual({day: 1, rows: 0, status: "fail", failing: ["has_rows"], unexpected: 0});
  });
});
