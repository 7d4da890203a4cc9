import {readFile} from "node:fs/promises";
import {describe, expect, it} from "vitest";
import {contractChecks, parseContract} from "../../../lib/contracts/index.js";

const head = "apiVersion: v3.0.2\nkind: DataContract\nid: txn\nversion: 1.0.0\nstatus: active\n";

function issues(text: string): string[] {
  const parsed = parseContract(text, "txn.v1.yaml");
  return parsed.ok ? [] : parsed.issues.map((i) => i.text);
}

describe("parseContract(text, source)", () => {
  it("reads properties, options, rules and freshness", () => {
    const parsed = parseContract(`${head}schema:
  - name: transactions
    properties:
      - name: txn_id
        logicalType: integer
        primaryKey: true
      - name: amount
        logicalType: number
        logicalTypeOptions: {minimum: 0, maximum: 10000}
        quality:
          - metric: nullValues
            mustBeLessThan: 5
            unit: percent
            severity: warning
      - name: event_timestamp
        logicalType: timestamp
    quality:
      - metric: rowCount
        mustBeBetween: [1, 100]
      - id: created_after_event
        type: custom
        engine: fslab
        implementation: created_timestamp >= event_timestamp
slaProperties:
  - property: latency
    value: 2
    unit: h
    element: transactions.event_timestamp
`);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [object] = parsed.contract.schema;
    expect(object!.properties.map((p) => p.name)).toEqual(["txn_id", "amount", "event_timestamp"]);
    expect(object!.properties[1]!.options).toEqual({minimum: 0, maximum: 10000});
    expect(object!.properties[1]!.quality[0]).toMatchObject({
      id: "transactions.amount.nullValues", metric: "nullValues", threshold: {mustBeLessThan: 5}, unit: "percent", severity: "warning",
    });
    expect(object!.quality.map((q) => [q.id, q.metric])).toEqual([["transactions.rowCount", "rowCount"], ["created_after_event", "expression"]]);
    expect(object!.quality[1]!.threshold).toEqual({mustBe: 0});
    expect(parsed.contract.freshness).toEqual([{object: "transactions", property: "event_timestamp", maxAgeMs: 7_200_000, text: "2 h"}]);
  });

  it("points at the line and field of a bad logicalType and lists the choices", () => {
    const text = `${head}schema:\n  - name: t\n    properties:\n      - name: a\n        logicalType: string\n      - name: b\n        logicalType: integr\n`;
    expect(issues(text)).toEqual([
      'txn.v1.yaml:12: schema[0].properties[1].logicalType: "integr" is not one of string, integer, number, boolean, date, timestamp, time, object, array, map',
    ]);
  });

  it("reports YAML syntax errors as one located issue, not an exception", () => {
    const found = issues(`${head}schema: [\n  {name: t\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^txn\.v1\.yaml:\d+: not valid YAML: /);
  });

  it("requires kind DataContract, an ODCS v3 apiVersion, id, version, status and schema", () => {
    expect(issues("apiVersion: v2.2.0\nkind: Table\n")).toEqual([
      'txn.v1.yaml:1: apiVersion: "v2.2.0" is not an ODCS v3 version such as v3.0.2',
      'txn.v1.yaml:2: kind: "Table" is not DataContract',
      'txn.v1.yaml:1: "id" is required (the contract has no "id" field)',
      'txn.v1.yaml:1: "version" is required (the contract has no "version" field)',
      'txn.v1.yaml:1: "status" is required (the contract has no "status" field)',
      "txn.v1.yaml:1: nothing to check: the contract declares no schema objects (it has nothing else)",
    ]);
  });

  it("names the missing field and what lacks it: an object, a property, a rule, an SLA property", () => {
    const text = `${head}schema:\n  - properties:\n      - logicalType: integer\n      - name: a\n        quality:\n          - mustBe: 0\n    quality:\n      - {type: custom, engine: fslab}\nslaProperties:\n  - {value: 1}\n`;
    expect(issues(text)).toEqual([
      'txn.v1.yaml:7: schema[0]: "name" is required (the object has no "name" field)',
      'txn.v1.yaml:8: schema[0].properties[0]: "name" is required (the property has no "name" field)',
      "txn.v1.yaml:11: schema[0].properties[1].quality[0]: needs a metric (one of nullValues, missingValues, invalidValues, duplicateValues, rowCount)",
      'txn.v1.yaml:13: schema[0].quality[0]: "implementation" is required (the rule has no "implementation" field)',
      'txn.v1.yaml:15: slaProperties[0]: "property" is required (the SLA property has no "property" field)',
    ]);
  });

  it("says an empty file is empty and a list is not a contract", () => {
    expect(issues("")).toEqual(["txn.v1.yaml:1: a contract is a YAML mapping of apiVersion, kind, id, version, status and schema; the file is empty"]);
    expect(issues("- a\n")).toEqual(['txn.v1.yaml:1: a contract is a YAML mapping of apiVersion, kind, id, version, status and schema; got a list, ["a"]']);
  });

  it("rejects an unknown metric, a rule without operator and a malformed mustBeBetween", () => {
    const text = `${head}schema:\n  - name: t\n    properties:\n      - name: a\n        quality:\n          - metric: nulls\n            mustBe: 0\n          - metric: nullValues\n          - metric: nullValues\n            mustBeBetween: [5, 1]\n`;
    expect(issues(text)).toEqual([
      'txn.v1.yaml:11: schema[0].properties[0].quality[0].metric: "nulls" is not one of nullValues, missingValues, invalidValues, duplicateValues, rowCount',
      "txn.v1.yaml:13: schema[0].properties[0].quality[1]: needs an operator (one of mustBe, mustNotBe, mustBeGreaterThan, mustBeGreaterOrEqualTo, mustBeLessThan, mustBeLessOrEqualTo, mustBeBetween, mustNotBeBetween)",
      "txn.v1.yaml:15: schema[0].properties[0].quality[2].mustBeBetween: low must not exceed high, got [5,1]",
    ]);
  });

  it("rejects invalidValues without arguments and a pattern that does not compile", () => {
    const text = `${head}schema:\n  - name: t\n    properties:\n      - name: a\n        logicalTypeOptions: {pattern: "([a-z"}\n        quality:\n          - metric: invalidValues\n            mustBe: 0\n`;
    expect(issues(text)).toEqual([
      expect.stringMatching(/^txn\.v1\.yaml:10: schema\[0\]\.properties\[0\]\.logicalTypeOptions\.pattern: "\(\[a-z" is not a valid regular expression/),
      "txn.v1.yaml:12: schema[0].properties[0].quality[0]: invalidValues needs arguments.validValues or arguments.pattern",
    ]);
  });

  it("keeps a freshness element that names no declared property or object as a note, not a refusal", () => {
    const text = `${head}schema:\n  - name: t\n    properties:\n      - name: a\nslaProperties:\n  - property: latency\n    value: 1\n    element: t.b\n  - {property: latency, value: 2, unit: h, element: "u.a, t.a"}\n  - {property: latency, value: 3}\n`;
    const parsed = parseContract(text, "txn.v1.yaml");
    expect(parsed.ok && parsed.contract.notes).toEqual([
      {object: "t", path: "slaProperties[0].element", message: 'SLA element "t.b" names property "b", which object "t" does not declare, so the latency SLA of 1 d was not checked'},
      {object: null, path: "slaProperties[1].element", message: 'SLA element "u.a" names object "u", which the schema does not declare, so the latency SLA of 2 h was not checked'},
      {object: null, path: "slaProperties[2].element", message: "the latency SLA of 3 d names no element (object.property), so it was not checked"},
    ]);
    expect(parsed.ok && parsed.contract.freshness).toEqual([{object: "t", property: "a", maxAgeMs: 7_200_000, text: "2 h"}]);
  });

  it("reads an ODCS v3.1 contract with servers, roles, team, support, price, stakeholders, definitions, custom properties and tags silently", async () => {
    const parsed = parseContract(await readFile("test/fixtures/contracts/lenient.odcs.yaml", "utf8"), "lenient.odcs.yaml");
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.text)).toEqual([]);
    if (!parsed.ok) return;
    expect(parsed.contract.schema[0]!.properties.map((p) => p.name)).toEqual(["order_id", "placed_at", "total"]);
    expect(parsed.contract.schema[0]!.properties[2]!.quality.map((q) => q.metric)).toEqual(["nullValues"]); // text and soda rules are read, not run
    expect(parsed.contract.freshness).toEqual([{object: "orders", property: "placed_at", maxAgeMs: 86_400_000, text: "1 d"}]);
    expect(parsed.contract.notes.map((n) => n.message)).toEqual(['SLA element "shipments.shipped_at" names object "shipments", which the schema does not declare, so the latency SLA of 2 h was not checked']);
  });

  it("takes the deprecated slaDefaultElement when an SLA names no element", () => {
    const parsed = parseContract(`${head}slaDefaultElement: t.at\nslaProperties:\n  - {property: latency, value: 5, unit: m}\nschema:\n  - name: t\n    properties:\n      - {name: at, logicalType: timestamp}\n`);
    expect(parsed.ok && parsed.contract.freshness).toEqual([{object: "t", property: "at", maxAgeMs: 300_000, text: "5 m"}]);
  });

  it("refuses a contract with nothing to check in one line naming what it has", async () => {
    expect(issues(await readFile("test/fixtures/contracts/no-schema.odcs.yaml", "utf8"))).toEqual([
      "txn.v1.yaml:1: nothing to check: the contract declares no schema objects (it has servers, team)",
    ]);
    expect(issues(await readFile("test/fixtures/contracts/no-properties.odcs.yaml", "utf8"))).toEqual([
      'txn.v1.yaml:7: schema: nothing to check: no schema object declares a property or a quality rule fslab runs (object "customers" has description, tags; the contract has support)',
    ]);
    expect(issues(`${head}schema: []\n`)).toEqual(["txn.v1.yaml:6: schema: nothing to check: the contract declares no schema objects (it has nothing else)"]);
  });

  it("accepts an object without properties beside one with them", () => {
    const parsed = parseContract(`${head}schema:\n  - name: notes\n    description: prose only\n  - name: t\n    properties:\n      - name: a\n`);
    expect(parsed.ok && parsed.contract.schema.map((o) => [o.name, o.properties.length])).toEqual([["notes", 0], ["t", 1]]);
  });

  it("reads time, date and timestamp bounds as ODCS writes them (00:00:00 is a time), normalised to UTC", () => {
    const parsed = parseContract(`${head}schema:\n  - name: t\n    properties:\n      - {name: a, logicalType: time, logicalTypeOptions: {minimum: "00:00:00", maximum: "23:59:59", format: "HH:mm:ss", timezone: false}}\n      - {name: b, logicalType: timestamp, logicalTypeOptions: {minimum: "2020-01-01 00:00:00+10:00", exclusiveMaximum: 2021-01-01T00:00:00Z, defaultTimezone: Australia/Sydney}}\n      - {name: c, logicalType: date, logicalTypeOptions: {exclusiveMinimum: "2020-01-01", format: yyyy-MM-dd}}\n`);
    expect(parsed.ok ? parsed.contract.schema[0]!.properties.map((p) => p.options) : parsed.issues).toEqual([
      {minimum: "00:00:00", maximum: "23:59:59", format: "HH:mm:ss"},
      {minimum: "2019-12-31 14:00:00", exclusiveMaximum: "2021-01-01 00:00:00"},
      {exclusiveMinimum: "2020-01-01", format: "yyyy-MM-dd"},
    ]);
  });

  it("names the expected form of a temporal bound that is not one", () => {
    expect(issues(`${head}schema:\n  - name: t\n    properties:\n      - {name: a, logicalType: time, logicalTypeOptions: {minimum: "25:00"}}\n      - {name: b, logicalType: date, logicalTypeOptions: {maximum: "2024-02-30"}}\n`)).toEqual([
      'txn.v1.yaml:9: schema[0].properties[0].logicalTypeOptions.minimum: must be an ISO-8601 time such as 08:30:00, got "25:00"',
      'txn.v1.yaml:10: schema[0].properties[1].logicalTypeOptions.maximum: must be an ISO-8601 date such as 2024-01-31, got "2024-02-30"',
    ]);
  });

  it("reads items of arrays, properties of objects (nested) and the options of each logical type", () => {
    const parsed = parseContract(`${head}schema:\n  - name: t\n    properties:\n      - name: tags\n        logicalType: array\n        logicalTypeOptions: {minItems: 1, maxItems: 3, uniqueItems: true}\n        items: {logicalType: string, logicalTypeOptions: {maxLength: 5}}\n      - name: who\n        logicalType: object\n        logicalTypeOptions: {required: [name], maxProperties: 4}\n        properties:\n          - {name: name, physicalName: nm, logicalType: string}\n          - {name: age, logicalType: integer, logicalTypeOptions: {multipleOf: 1, format: u8}}\n`);
    if (!parsed.ok) throw new Error(parsed.issues[0]!.text);
    const [tags, who] = parsed.contract.schema[0]!.properties;
    expect(tags!.options).toEqual({minItems: 1, maxItems: 3, uniqueItems: true});
    expect(tags!.items).toMatchObject({name: "tags[]", logicalType: "string", options: {maxLength: 5}});
    expect(who!.options).toEqual({maxProperties: 4, requiredProperties: ["name"]});
    expect(who!.properties!.map((p) => [p.name, p.physicalName, p.options])).toEqual([["name", "nm", {}], ["age", undefined, {multipleOf: 1, format: "u8"}]]);
  });

  it("says that the fields of objects inside an array are read, not checked (a warning)", () => {
    const parsed = parseContract(`${head}schema:\n  - name: t\n    properties:\n      - name: lines\n        logicalType: array\n        items:\n          logicalType: object\n          properties:\n            - {name: sku, logicalType: string}\n            - {name: qty, logicalType: integer}\n`);
    if (!parsed.ok) throw new Error(parsed.issues[0]!.text);
    const note = contractChecks(parsed.contract).find((c) => c.id === "t.lines.itemFields")!;
    expect([note.onViolation, note.measure]).toEqual(["warn", {kind: "note", message: "the fields of lines's items (sku, qty) are read, not checked: fslab checks the fields of objects, not of objects inside lists"}]);
  });

  it("reads v3.0's free-text rule: a metric name or duplicateCount runs, another name is a note; v3.1's metric must be one of the metrics", () => {
    const parsed = parseContract(`${head}schema:\n  - name: t\n    properties:\n      - name: a\n        quality:\n          - {rule: duplicateCount, mustBe: 0}\n          - {rule: nullCheck, mustBe: 0}\n          - {rule: nullValues, mustBe: 0}\n`);
    expect(parsed.ok && parsed.contract.schema[0]!.properties[0]!.quality.map((q) => q.metric)).toEqual(["duplicateValues", "nullValues"]);
    expect(parsed.ok && parsed.contract.notes).toEqual([{object: "t", path: "schema[0].properties[0].quality[1].rule", message: 'rule "nullCheck" is not a metric fslab runs (nullValues, missingValues, invalidValues, duplicateValues, rowCount), so it was not checked'}]);
    expect(issues(`${head}schema:\n  - name: t\n    properties:\n      - name: a\n        quality:\n          - {metric: nullCheck, mustBe: 0}\n`)).toEqual([
      'txn.v1.yaml:11: schema[0].properties[0].quality[0].metric: "nullCheck" is not one of nullValues, missingValues, invalidValues, duplicateValues, rowCount',
    ]);
  });

  it("keeps hostile names and values verbatim", () => {
    const parsed = parseContract(`${head}schema:\n  - name: 'drop table"; --'\n    properties:\n      - name: "sel\\"ect <b>é</b>"\n        quality:\n          - metric: invalidValues\n            arguments: {validValues: ["a'b", "<script>"]}\n            mustBe: 0\n`);
    expect(parsed.ok && parsed.contract.schema[0]!.name).toBe('drop table"; --');
    expect(parsed.ok && parsed.contract.schema[0]!.properties[0]!.name).toBe('sel"ect <b>é</b>');
    expect(parsed.ok && parsed.contract.schema[0]!.properties[0]!.quality[0]!.validValues).toEqual(["a'b", "<script>"]);
  });

  it("throws only on misuse (text that is not a string)", () => {
    expect(() => parseContract(42 as unknown as string)).toThrow(/parseContract requires YAML text/);
  });
});
