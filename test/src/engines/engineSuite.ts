import * as arrow from "apache-arrow";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {ident, join, sql, SqlError, tableColumns, tableRows, type SqlEngine} from "../../../lib/sql/index.js";

const HOSTILE = ['a"b', "select", "from", "naïve 数据 🦆", "<b>x</b>&amp;", "o'brien; drop table t; --", " spaced ", "__proto__"];
const JAN_1 = Date.UTC(2026, 0, 1);

function fieldTypes(table: arrow.Table): Record<string, string> {
  return Object.fromEntries(table.schema.fields.map((f) => [f.name, String(f.type)]));
}

function sampleTable(rows: number): arrow.Table {
  const at = (i: number) => i % 7 !== 3; // null pattern not aligned to bytes or chunks
  return new arrow.Table({
    id: arrow.vectorFromArray(Array.from({length: rows}, (_, i) => i), new arrow.Int32()),
    amount: arrow.vectorFromArray(Array.from({length: rows}, (_, i) => (at(i) ? i * 1.25 : null)), new arrow.Float64()),
    label: arrow.vectorFromArray(Array.from({length: rows}, (_, i) => (i % 5 === 0 ? null : i % 2 ? `ü-${i}` : `a somewhat longer label ${i}`)), new arrow.Utf8()),
    flag: arrow.vectorFromArray(Array.from({length: rows}, (_, i) => (i % 11 === 0 ? null : i % 3 === 0)), new arrow.Bool()),
    ts: arrow.vectorFromArray(Array.from({length: rows}, (_, i) => (i % 13 === 0 ? null : JAN_1 + i * 1001)), new arrow.TimestampMillisecond()),
    day: arrow.vectorFromArray(Array.from({length: rows}, (_, i) => JAN_1 + (i % 40) * 86_400_000), new arrow.DateDay()),
  });
}

/** What an engine offers beyond core DuckDB. */
export interface EngineTraits {
  /** "none": duckdb-wasm, where Parquet/JSON/ICU would be downloaded; "builtin": native DuckDB. */
  extensions: "none" | "builtin";
}

/**
 * The behaviour every SqlEngine must have, registered once per engine with one engine per
 * file (a duckdb-wasm engine takes seconds to start); the last test closes it.
 */
export function engineSuite(name: string, factory: () => Promise<SqlEngine>, traits: EngineTraits): void {
  describe(name, () => {
    let engine: SqlEngine;
    beforeAll(async () => {
      engine = await factory();
    });
    afterAll(async () => {
      await engine?.close();
    });
    it("query(text, params) binds string, number, bigint, boolean, null and Date with fixed types", async () => {
      const date = new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6));
      const result = await engine.query(
        "select ? s, ? n, ? i, ? b, CAST(? AS INTEGER) z, ? d, typeof(?) tn, typeof(?) ti, typeof(?) td, ? inf",
        ["x'\"; --", 1.5, 9007199254740993n, true, null, date, 1, 1n, date, -Infinity],
      );
      expect(fieldTypes(result)).toEqual({
        s: "Utf8", n: "Float64", i: "Int64", b: "Bool", z: "Int32", d: "Timestamp<MICROSECOND>",
        tn: "Utf8", ti: "Utf8", td: "Utf8", inf: "Float64",
      });
      expect(tableRows(result)).toEqual([
        {s: "x'\"; --", n: 1.5, i: 9007199254740993n, b: true, z: null, d: date.getTime(), tn: "DOUBLE", ti: "BIGINT", td: "TIMESTAMP", inf: -Infinity},
      ]);
    });

    it("query(sqlFragment) runs a nested sql tag with its parameters", async () => {
      const values = sql`select * from (values (1, 'a'), (2, 'b'), (3, 'c')) v(${ident("id")}, ${ident("name")})`;
      const result = await engine.query(sql`with v as (${values}) select name from v where id in (${join([1, 3])}) and name <> ${"z"} order by id`);
      expect(tableColumns(result)).toEqual({name: ["a", "c"]});
    });

    it("a Date parameter compares as a UTC instant with TIMESTAMP columns", async () => {
      const result = await engine.query("select count(*) n from range(10) r(i) where timestamp '2026-01-01' + to_hours(i) >= ?", [new Date(JAN_1 + 5 * 3_600_000)]);
      expect(tableColumns(result)).toEqual({n: [5n]});
    });

    it("hostile identifiers round-trip as column names", async () => {
      const result = await engine.query(sql`select ${join(HOSTILE.map((n, i) => sql`${i} as ${ident(n)}`))}`);
      expect(result.schema.fields.map((f) => f.name)).toEqual(HOSTILE);
    });

    it("loadArrow(name, table) round-trips int32, float64, utf8, bool, timestamp_ms and date with nulls", async () => {
      const table = sampleTable(5000); // crosses DuckDB's 2048-row chunks
      await engine.loadArrow("sample", table);
      const result = await engine.query("select * from sample order by id");
      expect(fieldTypes(result)).toEqual({
        id: "Int32", amount: "Float64", label: "Utf8", flag: "Bool", ts: "Timestamp<MILLISECOND>", day: "Date32<DAY>",
      });
      expect(tableColumns(result)).toEqual(tableColumns(table));
    });

    it("loadArrow(name, table) reads a sliced table from its offset", async () => {
      const table = sampleTable(300).slice(13, 290);
      await engine.loadArrow("sliced", table);
      expect(tableColumns(await engine.query("select * from sliced order by id"))).toEqual(tableColumns(table));
    });

    it("loadArrow(name, table) replaces an existing table and accepts hostile table and column names", async () => {
      const columns = Object.fromEntries(HOSTILE.map((n, i) => [n, arrow.vectorFromArray([i, i + 1], new arrow.Int32())]));
      await engine.loadArrow('t"1 <table>', new arrow.Table({x: arrow.vectorFromArray([1], new arrow.Int32())}));
      await engine.loadArrow('t"1 <table>', new arrow.Table(columns));
      const result = await engine.query(sql`select ${ident('a"b')} as v, ${ident("__proto__")} as p from ${ident('t"1 <table>')} order by 1`);
      expect(tableColumns(result)).toEqual({v: [0, 1], p: [7, 8]});
    });

    it("loadArrow(name, table) creates an empty table with the schema's types", async () => {
      await engine.loadArrow("empty", sampleTable(0));
      const result = await engine.query("select * from empty");
      expect(result.numRows).toBe(0);
      expect(fieldTypes(result)).toEqual(fieldTypes(await engine.query("select * from sample limit 0")));
    });

    it("loadArrow(name, table) maps a UTC timestamp to TIMESTAMPTZ and dictionaries to VARCHAR", async () => {
      const table = new arrow.Table({
        tz: arrow.vectorFromArray([JAN_1, null], new arrow.TimestampMillisecond("UTC")),
        cat: arrow.vectorFromArray(["web", "pos"], new arrow.Dictionary(new arrow.Utf8(), new arrow.Int32())),
      });
      await engine.loadArrow("zoned", table);
      const result = await engine.query("select tz, cat, typeof(tz) t from zoned");
      expect(fieldTypes(result)).toEqual({tz: "Timestamp<MICROSECOND, UTC>", cat: "Utf8", t: "Utf8"});
      expect(tableColumns(result)).toEqual({tz: [JAN_1, null], cat: ["web", "pos"], t: ["TIMESTAMP WITH TIME ZONE", "TIMESTAMP WITH TIME ZONE"]});
    });

    it("returns DECIMAL and HUGEINT as Float64, lists as List<…> with child 'l'", async () => {
      const result = await engine.query("select 5220.44::decimal(10,2) d, 12.5::decimal(30,1) w, sum(i) s, [1, 2, null] l, ['a'] ls from range(3) r(i)");
      expect(fieldTypes(result)).toEqual({d: "Float64", w: "Float64", s: "Float64", l: "List<Int32>", ls: "List<Utf8>"});
      // duckdb-wasm converts decimals through Arrow C++ (522044 × 1e-2), not DuckDB's own cast (5220.44)
      expect(tableRows(result)).toEqual([{d: 5220.4400000000005, w: 12.5, s: 3, l: [1, 2, null], ls: ["a"]}]);
    });

    it("registerFile(name, bytes) makes read_csv('name') work", async () => {
      const csv = "id,name,seen\n1,ünï,2026-01-01T00:00:00Z\n2,\"a,b\",2026-01-02T12:00:00Z\n";
      await engine.registerFile("people.csv", new TextEncoder().encode(csv));
      const result = await engine.query("select id::int id, name, seen::timestamp seen from read_csv('people.csv') order by id");
      expect(tableColumns(result)).toEqual({id: [1, 2], name: ["ünï", "a,b"], seen: [JAN_1, JAN_1 + 36 * 3_600_000]});
    });

    it("rejects a syntax error with a SqlError: DuckDB's message and the first line of the SQL, no stack", async () => {
      const error = await engine.query("select 1 +\nfrom nowhere").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SqlError);
      expect((error as SqlError).message).toMatch(/^Parser Error: syntax error/);
      expect((error as SqlError).message).toMatch(/\nSQL: select 1 \+$/);
      expect((error as SqlError).message).not.toMatch(/\n\s+at /);
    });

    it("rejects an unknown table with DuckDB's catalog message", async () => {
      await expect(engine.query("select * from no_such_table")).rejects.toThrow(/^Catalog Error: Table with name no_such_table does not exist/);
    });

    it("rejects a wrong number of params with a SqlError, and an unbindable param with a TypeError", async () => {
      await expect(engine.query("select ?, ?", [1])).rejects.toThrow(SqlError);
      await expect(engine.query("select ?, ?", [1])).rejects.toThrow(/the query has 2 \? placeholders, got 1 params/);
      await expect(engine.query("select ?", [{} as never])).rejects.toThrow(TypeError);
    });

    it("keeps the schema of a query that returns no rows", async () => {
      const result = await engine.query("select 1::int a, 'x' b where false");
      expect(result.numRows).toBe(0);
      expect(fieldTypes(result)).toEqual({a: "Int32", b: "Utf8"});
    });

    it("does not fetch extensions: autoinstall and autoload are off", async () => {
      const result = await engine.query("select current_setting('autoinstall_known_extensions') i, current_setting('autoload_known_extensions') l");
      expect(tableRows(result)).toEqual([{i: false, l: false}]);
    });

    if (traits.extensions === "none") {
      // With autoload on, each would download an extension (and hang in Node); the test
      // timeout, not a timed assertion, catches a regression.
      it.each([
        ["read_parquet", "select * from read_parquet('x.parquet')", "parquet"],
        ["read_json", "select * from read_json('x.json')", "json"],
        ["SET TimeZone", "SET TimeZone = 'UTC'", "icu"],
      ])("%s rejects at once with a SqlError naming the missing extension", async (_, text, extension) => {
        const error = await engine.query(text).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(SqlError);
        expect((error as SqlError).message).toContain(`exists in the ${extension} extension`);
      }, 20_000);
    } else {
      it("has Parquet built in and runs in UTC", async () => {
        const result = await engine.query("select current_setting('TimeZone') tz, (select loaded from duckdb_extensions() where extension_name = 'parquet') parquet");
        expect(tableRows(result)).toEqual([{tz: "UTC", parquet: true}]);
        await expect(engine.query("select * from read_parquet('missing.parquet')")).rejects.toThrow(/^IO Error: No files found/);
      });
    }

    it("close() twice resolves; a query after close rejects with a SqlError", async () => {
      await engine.close();
      await engine.close();
      await expect(engine.query("select 1")).rejects.toThrow(SqlError);
      await expect(engine.query("select 1")).rejects.toThrow(/engine is closed/);
    });
  });
}
