import {readFile} from "node:fs/promises";
import {describe, expect, it} from "vitest";
import {parseContract, runContract, type Contract} from "../../../lib/contracts/index.js";
import {engineFactories, useEngine} from "./engines.js";

async function fixture(name: string): Promise<Contract> {
  const parsed = parseContract(await readFile(`test/fixtures/contracts/${name}`, "utf8"), name);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.text).join("\n"));
  return parsed.contract;
}

// Four visits: rows 1 and 2 keep every option of logical-types.odcs.yaml, rows 3 and 4 break one or more each.
const visits = `CREATE OR REPLACE TABLE visits AS SELECT * FROM (VALUES
  (1, 10.05, DATE '2024-05-01', TIMESTAMP '2025-06-01 10:00:00', TIME '08:30:00', 'ann@example.org', '10.0.0.1', true, ['x', 'y'], [1, 2], {'name': 'Ann', 'age': 30, 'address': {'postcode': '12345'}}),
  (2, 20.00, DATE '2026-12-31', TIMESTAMP '2024-12-31 14:00:00', TIME '12:00:00', 'bo@example.org', '192.168.1.20', false, ['z'], [], {'name': 'Bo', 'age': NULL, 'address': NULL}),
  (3, 10.07, DATE '2020-01-01', TIMESTAMP '2024-12-31 13:59:59', TIME '00:00:00', 'not-an-email', '8.8.8.8', NULL, [], [3], {'name': NULL, 'age': 5, 'address': {'postcode': '54321'}}),
  (40000, 0.00, DATE '2025-01-01', TIMESTAMP '2026-12-31 23:59:59', TIME '13:00:00', 'cy@example.org', '300.1.1.1', true, ['a', 'a'], [4], {'name': 'Cy', 'age': -1, 'address': {'postcode': 'ABCDE'}})
) AS v(visit_id, fee, day, arrived, opens, email, host_ip, paid, tags, scores, guest)`;

describe.each(engineFactories)("runContract on every ODCS logical type on %s", (_, create) => {
  const engine = useEngine(create);

  it("checks formats, bounds per type, multipleOf, array items and STRUCT fields; physical types of the same family pass", async () => {
    await engine().query(visits);
    const result = await runContract(engine(), await fixture("logical-types.odcs.yaml"), "visits");
    const failing = result.checks.filter((c) => c.status !== "pass").map((c) => [c.id, c.status, c.unexpected_count]);
    expect(failing).toEqual([
      ["visits.visit_id.format", "fail", 1],
      ["visits.fee.multipleOf", "fail", 1],
      ["visits.day.exclusiveMinimum", "fail", 1],
      ["visits.arrived.minimum", "fail", 1],
      ["visits.opens.maximum", "fail", 1],
      ["visits.email.format", "fail", 1],
      ["visits.host_ip.format", "fail", 1],
      ["visits.tags.items", "fail", 1],
      ["visits.tags.uniqueItems", "fail", 1],
      ["visits.guest.name.required", "fail", 1],
      ["visits.guest.age.minimum", "fail", 1],
      ["visits.guest.address.zip.pattern", "fail", 1],
    ]);
    const byId = new Map(result.checks.map((c) => [c.id, c]));
    expect(byId.get("visits.visit_id.format")!.message).toBe("1 of 4 rows (25%) have visit_id outside -32768 … 32767; must be = 0 rows");
    expect(byId.get("visits.arrived.minimum")!.rule).toBe("minimum 2024-12-31 14:00:00");
    expect(byId.get("visits.opens.minimum")!.status).toBe("pass");
    expect(byId.get("visits.guest.address.zip.pattern")!.message).toMatch(/^1 of 4 rows \(25%\) have guest\.address\.zip \(column guest\.address\.postcode\) not matching/);
    expect(byId.get("visits.guest.address.zip.pattern")!.samples[0]).toMatchObject({visit_id: 40000, "guest.address.postcode": "ABCDE"});
    expect(byId.get("visits.fee.physicalType")!.message).toMatch(/^column fee is DECIMAL\(\d+,2\), of the family of the declared DECIMAL\(10,2\)$/);
    expect(byId.get("visits.paid.physicalType")!.message).toBe("column paid is BOOLEAN, as declared");
    expect(byId.get("visits.tags.itemType")!.status).toBe("pass");
    expect(byId.get("visits.scores.itemType")!.status).toBe("pass");
  });

  it("reports a physicalType of another family as schema drift (a warning), not a refusal", async () => {
    await engine().query(`CREATE OR REPLACE TABLE visits AS SELECT CAST(visit_id AS DOUBLE) AS visit_id, CAST(paid AS VARCHAR) AS paid, 7 AS tags, 'x' AS scores FROM (${visits.replace(/^CREATE OR REPLACE TABLE visits AS /, "")})`);
    const result = await runContract(engine(), await fixture("logical-types.odcs.yaml"), "visits");
    const byId = new Map(result.checks.map((c) => [c.id, c]));
    expect([byId.get("visits.visit_id.physicalType")!.status, byId.get("visits.visit_id.physicalType")!.message]).toEqual(["warn", "schema drift: column visit_id is DOUBLE, declared INT"]);
    expect([byId.get("visits.paid.physicalType")!.status, byId.get("visits.paid.physicalType")!.message]).toEqual(["warn", "schema drift: column paid is VARCHAR, declared bool"]);
    expect(byId.get("visits.visit_id.type")!.status).toBe("pass"); // 1.0, 2.0, ... are whole numbers
    expect([byId.get("visits.tags.type")!.status, byId.get("visits.tags.type")!.message]).toEqual(["fail", "4 of 4 rows (100%) have tags not a valid array (the column is INTEGER); must be = 0 rows"]);
  });

  it("says array options and nested properties are not checkable on text columns (as a CSV holds them)", async () => {
    await engine().query(`CREATE OR REPLACE TABLE visits AS SELECT visit_id, CAST(tags AS VARCHAR) AS tags, CAST(scores AS VARCHAR) AS scores, CAST(guest AS VARCHAR) AS guest FROM (${visits.replace(/^CREATE OR REPLACE TABLE visits AS /, "")})`);
    const result = await runContract(engine(), await fixture("logical-types.odcs.yaml"), "visits");
    const notChecked = result.checks.filter((c) => c.message.startsWith("not checkable")).map((c) => [c.id, c.status, c.message]);
    expect(notChecked).toEqual([
      ["visits.tags.type", "warn", "not checkable: column tags is VARCHAR, not a LIST (a CSV holds no lists), so logicalType array was not checked"],
      ["visits.tags.items", "warn", "not checkable: column tags is VARCHAR, not a LIST (a CSV holds no lists), so minItems 1, maxItems 3 was not checked"],
      ["visits.tags.uniqueItems", "warn", "not checkable: column tags is VARCHAR, not a LIST (a CSV holds no lists), so uniqueItems was not checked"],
      ["visits.tags.itemType", "warn", "not checkable: column tags is VARCHAR, not a LIST (a CSV holds no lists), so items logicalType string was not checked"],
      ["visits.scores.type", "warn", "not checkable: column scores is VARCHAR, not a LIST (a CSV holds no lists), so logicalType array was not checked"],
      ["visits.scores.itemType", "warn", "not checkable: column scores is VARCHAR, not a LIST (a CSV holds no lists), so items logicalType integer was not checked"],
      ["visits.guest.type", "warn", "not checkable: column guest is VARCHAR, not a STRUCT (a CSV holds no nested values), so logicalType object was not checked"],
      ["visits.guest.nested", "warn", "not checkable: column guest is VARCHAR, not a STRUCT (a CSV holds no nested columns), so the checks of its nested properties (guest.name, guest.age, guest.address, guest.address.zip) were not run"],
    ]);
  });

  it("counts an object's present fields against minProperties/maxProperties (STRUCT and MAP)", async () => {
    const contract = parseContract(`apiVersion: v3.1.0\nkind: DataContract\nid: f\nversion: 1.0.0\nstatus: active\nschema:\n  - name: o\n    properties:\n      - {name: s, logicalType: object, logicalTypeOptions: {minProperties: 1, maxProperties: 2}}\n      - {name: m, logicalType: object, logicalTypeOptions: {maxProperties: 1}}\n`, "f.yaml");
    if (!contract.ok) throw new Error(contract.issues[0]!.text);
    await engine().query(`CREATE OR REPLACE TABLE o AS SELECT * FROM (VALUES ({'a b': 1, 'c': NULL, 'd': NULL}, MAP {'k': 1}), ({'a b': NULL, 'c': NULL, 'd': NULL}, MAP {'k': 1, 'l': 2}), ({'a b': 1, 'c': 2, 'd': 3}, NULL), (NULL, MAP {})) AS v(s, m)`);
    const result = await runContract(engine(), contract.contract, "o");
    const byId = new Map(result.checks.map((c) => [c.id, c]));
    expect([byId.get("o.s.fieldCount")!.unexpected_count, byId.get("o.m.fieldCount")!.unexpected_count]).toEqual([2, 1]);
    expect(byId.get("o.s.fieldCount")!.message).toBe("2 of 4 rows (50%) have s with fewer than 1 or more than 2 fields present; must be = 0 rows");
  });

  it("reads dates, timestamps and times written as text with the declared format", async () => {
    const contract = parseContract(`apiVersion: v3.1.0\nkind: DataContract\nid: f\nversion: 1.0.0\nstatus: active\nschema:\n  - name: t\n    properties:\n      - {name: d, logicalType: date, logicalTypeOptions: {format: dd/MM/yyyy, minimum: "2024-01-01"}}\n      - {name: h, logicalType: time, logicalTypeOptions: {format: "HH:mm", maximum: "18:00:00"}}\n`, "f.yaml");
    if (!contract.ok) throw new Error(contract.issues[0]!.text);
    await engine().query(`CREATE OR REPLACE TABLE t AS SELECT * FROM (VALUES ('31/01/2024', '09:15'), ('2024-01-31', '19:00'), ('15/12/2023', NULL)) AS v(d, h)`);
    const result = await runContract(engine(), contract.contract, "t");
    expect(result.checks.filter((c) => c.status !== "pass").map((c) => [c.id, c.unexpected_count])).toEqual([["t.d.type", 1], ["t.d.minimum", 1], ["t.d.format", 1], ["t.h.maximum", 1]]);
  });
});
