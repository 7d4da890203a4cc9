import {describe, expect, it} from "vitest";
import {structFields, integerFormatRange, listElement, physicalFamily, physicalTypeMatch, stringFormatPattern, strptimeFormat, temporalBound, temporalMs} from "../../../lib/contracts/index.js";
import {castType, checkMessage, columnOf, contractChecks, resolveSqlRule, sqlRuleError, sqlRuleQuery, sqlRuleValue, duckdbNumber, duckdbText, duplicateSampleQuery, mayBeNaN, typedType, rowPredicate, sampleColumn, sampleQuery, typedValue, typeViolation} from "../../../lib/contracts/index.js";
import {ContractReader, formatPath, show} from "../../../lib/contracts/contractReader.js";
import {parseFreshness} from "../../../lib/contracts/parseFreshness.js";
import {parseQualityRule} from "../../../lib/contracts/parseQualityRule.js";
import {parseSchemaObject} from "../../../lib/contracts/parseSchemaObject.js";
import {isFields, missingField, readBoolean, readList, readNumber, readOneOf, readPattern, readString} from "../../../lib/contracts/readFields.js";
import {sql} from "../../../lib/sql/index.js";
import {tableFromArrays} from "apache-arrow";
import {contractOf} from "./engines.js";

// The @example lines of lib/contracts that need no engine, run as written.
describe("doc examples of lib/contracts", () => {
  it("the SQL builders give their documented text", () => {
    expect(sampleQuery(sql`"v" IS NULL`, "t", 5, [{name: "v", type: "BIGINT"}, {name: "gap", type: "INTERVAL"}]).text).toBe('SELECT "v", CAST("gap" AS VARCHAR) AS "gap" FROM "t" WHERE "v" IS NULL LIMIT 5');
    expect(duplicateSampleQuery(["id"], "t", 3, [{name: "id", type: "UUID"}]).text).toBe('SELECT CAST("id" AS VARCHAR) AS "id", "occurrences" FROM (SELECT "id", count(*) AS "occurrences" FROM "t" WHERE "id" IS NOT NULL GROUP BY "id" HAVING count(*) > 1) AS "g" ORDER BY "g"."occurrences" DESC, "g"."id" LIMIT 3');
    expect([sampleColumn({name: "a", type: "BIGINT"}).text, sampleColumn({name: "m", type: "STRUCT(a BIGINT)"}).text]).toEqual(['"a"', 'CAST("m" AS VARCHAR) AS "m"']);
    expect([typedValue("number", {name: "x", type: "DOUBLE"}).text, typedValue("integer", {name: "n", type: "VARCHAR"}).text, typedValue("date", {name: "b", type: "BOOLEAN"}).text]).toEqual(['"x"', 'TRY_CAST("n" AS BIGINT)', "CAST(NULL AS DATE)"]);
    expect(typeViolation("integer", {name: "x", type: "DOUBLE"}).text).toBe('(NOT isfinite("x") OR "x" <> trunc("x"))');
    expect(castType.integer).toBe("BIGINT");
    expect([typedType("number", {name: "x", type: "FLOAT"}), typedType("integer", {name: "x", type: "DOUBLE"}), typedType(undefined, {name: "x", type: "DATE"})]).toEqual(["FLOAT", "BIGINT", "DATE"]);
    expect([" 1 ", "1_000", "+-5", "0x10", "2.5", "5e-324", "inf", ""].map((s) => [duckdbNumber(s, "DOUBLE"), duckdbNumber(s, "BIGINT")])).toEqual([[1, 1n], [1000, 1000n], [-5, null], [null, 16n], [2.5, 3n], [5e-324, 1n], [Infinity, null], [null, null]]);
    expect([1, 1e16, 1e-5, Number.NaN, -0].map((x) => duckdbText(x, "DOUBLE"))).toEqual(["1.0", "1e+16", "1e-05", "nan", "-0.0"]);
    expect([mayBeNaN("number", {name: "x", type: "DOUBLE"}), mayBeNaN("number", {name: "x", type: "VARCHAR"}), mayBeNaN("integer", {name: "x", type: "DOUBLE"}), mayBeNaN(undefined, {name: "x", type: "DECIMAL(9,2)"})]).toEqual([true, true, false, false]);
    expect(rowPredicate({kind: "below", bound: 0, inclusive: false}, {name: "amount", type: "DOUBLE"}, "number").text).toBe('("amount" < ? OR isnan("amount"))');
    expect(resolveSqlRule("SELECT count(*) FROM {object} WHERE ${property} < 0;", "orders", "amount")).toBe('SELECT count(*) FROM "orders" WHERE "amount" < 0');
    expect(sqlRuleQuery('SELECT max("a") FROM "t"').text).toBe('WITH "fslab_sql_rule" AS (SELECT max("a") FROM "t") SELECT CAST(COLUMNS(*) AS VARCHAR) FROM "fslab_sql_rule" LIMIT ?');
    expect(sqlRuleError(new Error('Parser Error: syntax error at or near ";"\nLINE 1: ...'), "SELECT 1; DROP TABLE t")).toBe('the rule\'s SQL failed: Parser Error: syntax error at or near ";" (a SQL rule is ONE read-only query: SELECT … or WITH … SELECT …)');
    expect(sqlRuleValue(tableFromArrays({n: ["42"]}))).toEqual({value: 42, text: "42"});
    expect(columnOf({name: "amount", physicalName: "amt_eur"})).toBe("amt_eur");
    expect([temporalBound("00:00:00", "time"), temporalBound("2020-01-01 00:00:00+10:00", "timestamp"), temporalBound("2020-02-30", "date")]).toEqual(["00:00:00", "2019-12-31 14:00:00", undefined]);
    expect([temporalMs("2019-12-31 14:00:00"), temporalMs("00:01:00")]).toEqual([1577800800000, 60000]);
    expect([strptimeFormat("yyyy-MM-dd"), strptimeFormat("dd/MM/yyyy HH:mm:ss"), strptimeFormat("yyyy-MM-dd'T'HH:mm:ss.SSSXXX"), strptimeFormat("EEE, d MMM")]).toEqual(["%Y-%m-%d", "%d/%m/%Y %H:%M:%S", "%Y-%m-%dT%H:%M:%S.%g%z", undefined]);
    expect([stringFormatPattern("uuid") !== undefined, stringFormatPattern("password")]).toEqual([true, undefined]);
    expect([integerFormatRange("i8"), integerFormatRange("u64"), integerFormatRange("i64"), integerFormatRange("f32")]).toEqual([{min: -128, max: 127}, {min: 0}, {}, undefined]);
    expect([physicalFamily("varchar(18)"), physicalFamily("int"), physicalFamily("BIGINT[]"), physicalFamily("geometry")]).toEqual(["string", "integer", "list", undefined]);
    expect([physicalTypeMatch("int", "INTEGER"), physicalTypeMatch("INTEGER", "BIGINT"), physicalTypeMatch("INTEGER", "DOUBLE"), physicalTypeMatch("geometry", "BLOB")]).toEqual(["same", "family", "drift", "unknown"]);
    expect([structFields('STRUCT("a b" VARCHAR, c STRUCT(d INTEGER), e DECIMAL(9,2))'), structFields("VARCHAR")]).toEqual([["a b", "c", "e"], []]);
    expect([listElement("BIGINT[]"), listElement("STRUCT(a INTEGER)[]"), listElement("VARCHAR")]).toEqual(["BIGINT", "STRUCT(a INTEGER)", undefined]);
    expect(rowPredicate({kind: "above", bound: 9, inclusive: true}, {name: "n", type: "BIGINT"}, "integer").text).toBe('"n" >= ?');
  });

  it("checkMessage gives its documented line", () => {
    const spec = contractChecks(contractOf("schema:\n  - name: t\n    properties:\n      - {name: amount, logicalTypeOptions: {minimum: 0}}\n")).find((s) => s.id === "t.amount.minimum")!;
    expect(checkMessage(spec, {rows: 10_044_440, unexpected: 19_926})).toBe("19,926 of 10,044,440 rows (0.2%) have amount < 0; must be = 0 rows");
  });

  it("the contract readers give their documented results", () => {
    const r = new ContractReader("", "c.yaml");
    expect(formatPath(["schema", 0, "properties", 3, "logicalType"])).toBe("schema[0].properties[3].logicalType");
    expect([show("a"), show(3), show(undefined)]).toEqual(['"a"', "3", "undefined"]);
    expect(new ContractReader("id: t\nschema:\n  - name: x\n", "c.yaml").line(["schema", 0, "name"])).toBe(3);
    const schema = [{name: "t", properties: [{name: "at", required: false, unique: false, primaryKey: false, primaryKeyPosition: -1, options: {}, quality: []}], quality: []}];
    expect(parseFreshness(r, [{property: "latency", value: 1, unit: "d", element: "t.at"}], ["slaProperties"], schema, [])).toEqual([{object: "t", property: "at", maxAgeMs: 86400000, text: "1 d"}]);
    expect(parseQualityRule(r, {metric: "nullValues", mustBeLessThan: 5, unit: "percent"}, ["quality", 0], "property", "t.a.nullValues")?.threshold).toEqual({mustBeLessThan: 5});
    expect(parseSchemaObject(r, {name: "t", properties: [{name: "a", required: true}]}, ["schema", 0])?.properties.map((p) => [p.name, p.required])).toEqual([["a", true]]);
    expect([isFields({}), isFields([]), isFields(null)]).toEqual([true, false, false]);
    expect(readString(r, {version: 1.0}, "version", [])).toBe("1");
    expect(readBoolean(r, {required: true}, "required", [])).toBe(true);
    expect(readNumber(r, {value: 7}, "value", [])).toBe(7);
    expect(readOneOf(r, {unit: "d"}, "unit", [], ["s", "d"])).toBe("d");
    expect(readList(r, {}, "schema", [])).toEqual([]);
    expect(readPattern(r, "^[A-Z]+$", ["pattern"])).toBe("^[A-Z]+$");
    expect(r.issues).toEqual([]);
    expect((missingField(r, [], "id"), r.issues[0]!.text)).toBe('c.yaml:1: "id" is required (the contract has no "id" field)');
  });
});
