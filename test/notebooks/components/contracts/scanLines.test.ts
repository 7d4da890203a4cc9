import {describe, expect, it} from "vitest";
import {compileChecks, contractChecks, parseContract} from "../../../../lib/contracts/index.js";
// @ts-expect-error a plain JavaScript module of the site, without types
import {scanLines} from "../../../../notebooks/components/contracts/scanLines.js";

const yaml = `apiVersion: v3.0.2
kind: DataContract
id: t
version: 1.0.0
status: active
schema:
  - name: payments
    properties:
      - name: amount
        logicalType: number
        required: true
        logicalTypeOptions: {minimum: 0}
    quality:
      - metric: rowCount
        mustBeGreaterThan: 0
`;

describe("scanLines", () => {
  it("scanLines(compiled, object) names the check and rule of every count column of the aggregate, object dropped from ids", () => {
    const parsed = parseContract(yaml, "t.yaml");
    if (!parsed.ok) throw new Error(parsed.issues[0]?.text);
    const compiled = compileChecks(contractChecks(parsed.contract), "payments", [{name: "amount", type: "DOUBLE"}]);
    const {legend} = scanLines(compiled, "payments");
    const aliases = [...compiled.aggregate.text.matchAll(/AS "(\w+)"/g)].map((m) => m[1]);
    expect(Object.keys(legend).sort()).toEqual([...aliases].sort());
    const counted = compiled.checks.filter((c) => c.alias && c.alias !== "rows");
    for (const c of counted) expect(legend[c.alias!]).toEqual({check: c.spec.id.replace(/^payments\./, ""), rule: c.spec.rule});
    expect(legend.rows.check).toBe("rowCount");
  });

  it("scanLines shows the scan one line per count, the counts with rows first", () => {
    const options = scanLines({checks: []}, "t");
    expect(options).toMatchObject({transpose: true, sort: "value", reverse: true});
  });
});
