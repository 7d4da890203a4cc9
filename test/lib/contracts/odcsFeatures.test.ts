import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {stringify} from "yaml";
import {parseContract, runContracts} from "../../../lib/contracts/index.js";
import {engineFactories, useEngine} from "./engines.js";

// Contracts generated from random ODCS v3 features, valid and broken: every one either
// checks (every check a status and a one-line message, no exception) or is refused with
// located one-line issues. The data: two tables with scalar, LIST and STRUCT columns.
/** Undefined three times in four: each feature is present now and then, so most contracts stay valid. */
const rarely = <T>(arb: fc.Arbitrary<T>) => fc.oneof({arbitrary: fc.constant(undefined), weight: 3}, {arbitrary: arb, weight: 1});
const anyValue = fc.constantFrom<unknown>(0, -1, 2.5, "00:00:00", "2024-01-31", "2024-01-31T10:00:00Z", "x", "", true, null, [1, 2], {a: 1}, "^[a-z]+$", "(", 1e300);
const logicalType = fc.constantFrom("string", "integer", "number", "boolean", "date", "timestamp", "time", "object", "array", "intgr", undefined);
const optionKey = fc.constantFrom("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern", "format", "multipleOf", "minItems", "maxItems", "uniqueItems", "required", "timezone", "unknownOption");
const column = fc.constantFrom("id", "name", "at", "tags", "who", "ghost");
const query = fc.constantFrom("SELECT count(*) FROM {object}", "SELECT max({property}) FROM {object}", "SELECT 1, 2", "SELEC 1", "SELECT 'a'", "SELECT NULL", "SELECT count(*) FROM b", "SELECT 1; DROP TABLE a");
const operator = fc.constantFrom("mustBe", "mustNotBe", "mustBeGreaterThan", "mustBeLessOrEqualTo", "mustBeBetween", "mustNotBeBetween", "mustBeAbout");
const rule = fc.record({
  type: fc.constantFrom("sql", "library", "text", "custom", undefined),
  metric: fc.constantFrom("nullValues", "rowCount", "duplicateValues", "invalidValues", "nope", undefined),
  query: rarely(query),
  operator, bound: fc.oneof(fc.integer({min: -5, max: 50}), fc.constant([0, 10]), anyValue),
}).map(({operator, bound, ...r}) => Object.fromEntries(Object.entries({...r, [operator]: bound}).filter(([, v]) => v !== undefined)));
const property = fc.record({
  name: column, physicalName: rarely(column), logicalType, physicalType: rarely(fc.constantFrom("INT", "varchar(5)", "struct", "geometry")),
  required: rarely(fc.boolean()), primaryKey: rarely(fc.boolean()),
  logicalTypeOptions: rarely(fc.dictionary(optionKey, anyValue, {maxKeys: 3})),
  items: rarely(fc.record({logicalType})),
  properties: rarely(fc.array(fc.record({name: fc.constantFrom("n", "k"), logicalType}), {maxLength: 2})),
  relationships: fc.option(fc.array(fc.record({to: fc.constantFrom("b.id", "b.nope", "x.y", "other.yaml#b.id"), from: rarely(fc.constant("a.id"))}), {maxLength: 1}), {nil: undefined}),
  quality: rarely(fc.array(rule, {maxLength: 2})),
  tags: rarely(fc.constant(["t"])),
}).map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)));
const contract = fc.record({
  apiVersion: fc.constantFrom("v3.0.2", "v3.1.0"),
  kind: fc.constant("DataContract"), id: fc.constant("gen"), version: fc.constant("1.0.0"), status: fc.constant("active"),
  servers: rarely(fc.constant([{server: "s", type: "local"}])),
  team: rarely(fc.constant({name: "t"})),
  slaProperties: rarely(fc.array(fc.record({property: fc.constantFrom("latency", "retention"), value: fc.constantFrom(1, -1, "x"), unit: fc.constantFrom("d", "h", "y"), element: fc.constantFrom("a.at", "a.nope", "zzz.at", "at")}), {maxLength: 2})),
  schema: fc.uniqueArray(fc.record({
    name: fc.constantFrom("a", "b"), physicalName: rarely(fc.constantFrom("a", "b", "tbl")),
    properties: fc.oneof({arbitrary: fc.uniqueArray(property, {minLength: 1, maxLength: 4, selector: (p) => p.name}), weight: 9}, {arbitrary: fc.constant(undefined), weight: 1}),
    quality: rarely(fc.array(rule, {maxLength: 2})),
    relationships: rarely(fc.array(fc.record({from: fc.constantFrom("a.id", ["a.id", "a.name"]), to: fc.constantFrom("b.id", ["b.id", "b.name"])}), {maxLength: 1})),
  }).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))), {minLength: 1, maxLength: 2, selector: (o) => o.name}),
}).map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)));

describe.each(engineFactories)("contracts from random ODCS features on %s", (_, create) => {
  const engine = useEngine(create);

  it("either check (a status and a one-line message per check) or are refused with located one-line issues", async () => {
    await engine().query(`CREATE TABLE a AS SELECT * FROM (VALUES (1, 'x', TIMESTAMP '2026-01-01 00:00:00', ['p'], {'n': 1, 'k': 'v'}), (2, NULL, NULL, [], NULL)) AS v(id, name, "at", tags, who)`);
    await engine().query(`CREATE TABLE b AS SELECT * FROM (VALUES (1, 'x')) AS v(id, name)`);
    let checked = 0, refused = 0;
    await fc.assert(fc.asyncProperty(contract, async (c) => {
      const parsed = parseContract(stringify(c), "gen.yaml");
      if (!parsed.ok) {
        ++refused;
        expect(parsed.issues.length).toBeGreaterThan(0);
        for (const issue of parsed.issues) expect(issue.text).toMatch(/^gen\.yaml:\d+: [^\n]+$/);
        return;
      }
      ++checked;
      const names = [...new Set(parsed.contract.schema.map((o) => o.name))];
      const result = await runContracts(engine(), parsed.contract, Object.fromEntries(names.map((n) => [n, n])), {asOf: Date.UTC(2026, 0, 2)});
      for (const check of result.checks) {
        expect(["pass", "warn", "fail", "error"]).toContain(check.status);
        expect(check.message).toMatch(/^[^\n]+$/);
      }
    }), {numRuns: 100, seed: 13});
    expect([checked > 5, refused > 5]).toEqual([true, true]);
  }, 120_000);
});
