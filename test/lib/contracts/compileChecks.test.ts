import {describe, expect, it} from "vitest";
import {compileChecks, contractChecks, duplicateSampleQuery, referenceCounts, sampleQuery} from "../../../lib/contracts/index.js";
import {sql} from "../../../lib/sql/index.js";
import {contractOf} from "./engines.js";

const contract = contractOf(`schema:
  - name: t
    properties:
      - name: id
        logicalType: integer
        primaryKey: true
      - name: amount
        logicalType: number
        logicalTypeOptions: {minimum: 0}
      - name: code
        logicalType: string
        logicalTypeOptions: {pattern: "^[A-Z]+$"}
    quality:
      - metric: rowCount
        mustBeGreaterThan: 0
`);

describe("contractChecks(contract)", () => {
  it("lists presence, type, key and option checks per property, then object rules", () => {
    expect(contractChecks(contract).map((c) => c.id)).toEqual([
      "t.id.present", "t.id.type", "t.id.required", "t.id.unique",
      "t.amount.present", "t.amount.type", "t.amount.minimum",
      "t.code.present", "t.code.type", "t.code.pattern",
      "t.rowCount",
    ]);
  });
  it("throws when the object is not the contract's", () => {
    expect(() => contractChecks(contract, "nope")).toThrow(/contractChecks requires the name of one of the contract's objects \(t\), got "nope"/);
  });
});

describe("compileChecks(specs, table, columns)", () => {
  const columns = [{name: "id", type: "INTEGER"}, {name: "amount", type: "VARCHAR"}, {name: "code", type: "VARCHAR"}];
  const compiled = compileChecks(contractChecks(contract), "my table", columns);

  it("puts every row-level rule into one aggregate query with bound values", () => {
    expect(compiled.aggregate.text).toBe(
      'SELECT count(*) AS "rows", count_if(false) AS "c1", count_if("id" IS NULL) AS "c2", '
      + 'count_if(("amount" IS NOT NULL AND TRY_CAST("amount" AS DOUBLE) IS NULL)) AS "c5", '
      + 'count_if((TRY_CAST("amount" AS DOUBLE) < ? OR isnan(TRY_CAST("amount" AS DOUBLE)))) AS "c6", count_if(false) AS "c8", '
      + 'count_if(("code" IS NOT NULL AND NOT (regexp_full_match("code", \'[A-Z]+\')))) AS "c9" FROM "my table"',
    );
    expect(compiled.aggregate.params).toEqual([0]);
  });

  it("gives uniqueness a grouped query of its own", () => {
    const unique = compiled.checks.find((c) => c.spec.id === "t.id.unique")!;
    expect(unique.query!.text).toBe('SELECT coalesce(sum("occurrences") - count(*), 0) AS "extra_rows", count(*) AS "keys" FROM (SELECT "id", count(*) AS "occurrences" FROM "my table" WHERE "id" IS NOT NULL GROUP BY "id" HAVING count(*) > 1)');
  });

  it("does not run checks on a missing column and says why", () => {
    const partial = compileChecks(contractChecks(contract), "t", [{name: "id", type: "INTEGER"}]);
    expect(partial.checks.filter((c) => c.problem).map((c) => [c.spec.id, c.problem])).toEqual([
      ["t.amount.type", 'column "amount" is missing'], ["t.amount.minimum", 'column "amount" is missing'],
      ["t.code.type", 'column "code" is missing'], ["t.code.pattern", 'column "code" is missing'],
    ]);
    expect(partial.aggregate.text).not.toContain("amount");
  });
});

describe("sampleQuery(predicate, table, limit, columns) and duplicateSampleQuery(keys, table, limit, columns)", () => {
  const columns = [
    {name: "id", type: "BIGINT"}, {name: "meta", type: "STRUCT(a BIGINT, b VARCHAR)"}, {name: "tags", type: "BIGINT[]"}, {name: "gap", type: "INTERVAL"},
    {name: "u", type: "UUID"}, {name: "big", type: "UHUGEINT"}, {name: "at", type: "TIMESTAMP WITH TIME ZONE"}, {name: "t", type: "TIME"}, {name: "v", type: "DOUBLE"},
  ];

  it("sampleQuery selects plain scalars as they are and every other column as text, in the table's order", () => {
    const query = sampleQuery(sql`"v" IS NULL`, "my table", 5, columns);
    expect(query.text).toBe(
      'SELECT "id", CAST("meta" AS VARCHAR) AS "meta", CAST("tags" AS VARCHAR) AS "tags", CAST("gap" AS VARCHAR) AS "gap", CAST("u" AS VARCHAR) AS "u", '
      + 'CAST("big" AS VARCHAR) AS "big", "at", CAST("t" AS VARCHAR) AS "t", "v" FROM "my table" WHERE "v" IS NULL LIMIT 5',
    );
  });

  it("duplicateSampleQuery groups and orders by the key's values and shows a UUID key as text", () => {
    expect(duplicateSampleQuery(["u", "id"], "t", 2.7, columns).text).toBe(
      'SELECT CAST("u" AS VARCHAR) AS "u", "id", "occurrences" FROM (SELECT "u", "id", count(*) AS "occurrences" FROM "t" WHERE "u" IS NOT NULL AND "id" IS NOT NULL GROUP BY "u", "id" HAVING count(*) > 1) AS "g" '
      + 'ORDER BY "g"."occurrences" DESC, "g"."u", "g"."id" LIMIT 2',
    );
  });

  it("both throw when they are not given the columns they show", () => {
    expect(() => sampleQuery(sql`true`, "t", 5, [])).toThrow("sampleQuery requires the table's columns, got none");
    expect(() => duplicateSampleQuery(["k"], "t", 5, columns)).toThrow('duplicateSampleQuery requires a column for every key, got none for "k"');
  });
});

describe("referenceCounts(specs, columns)", () => {
  it("counts violations with plain loops", () => {
    const counts = referenceCounts(contractChecks(contract), {id: [1, 1, null, 2, 2, 2], amount: [1, -1, null, 0, -0.5, 3], code: ["AB", "ab", null, "A1", "Z", ""]});
    expect(Object.fromEntries(counts)).toEqual({"t.id.required": 1, "t.id.unique": 3, "t.amount.minimum": 2, "t.code.pattern": 3, "t.rowCount": 6});
  });
});
