import {describe, expect, it} from "vitest";
import {ident, join, raw, sql, SqlFragment} from "../../../lib/sql/index.js";

describe("sql`…`", () => {
  it("turns interpolated values into ? parameters, in order", () => {
    const q = sql`select * from t where a = ${1} and b = ${"x"} and c = ${null}`;
    expect(q.text).toBe("select * from t where a = ? and b = ? and c = ?");
    expect(q.params).toEqual([1, "x", null]);
  });
  it("binds Dates, bigints and booleans as parameters, never as text", () => {
    const date = new Date(Date.UTC(2026, 0, 1));
    const q = sql`select ${date}, ${5n}, ${true}`;
    expect(q.text).toBe("select ?, ?, ?");
    expect(q.params).toEqual([date, 5n, true]);
  });
  it("keeps a hostile string value out of the text", () => {
    const q = sql`select ${"'; drop table t; --"}`;
    expect(q.text).toBe("select ?");
    expect(q.params).toEqual(["'; drop table t; --"]);
  });
  it("splices nested fragments with their parameters in place", () => {
    const where = sql`${ident("amount")} > ${10}`;
    const q = sql`select ${ident("id")} from ${ident("t")} where ${where} and ${ident("x")} < ${20}`;
    expect(q.text).toBe('select "id" from "t" where "amount" > ? and "x" < ?');
    expect(q.params).toEqual([10, 20]);
  });
  it("returns a SqlFragment that nests again", () => {
    const inner = sql`select ${1} as one`;
    expect(inner).toBeInstanceOf(SqlFragment);
    expect(sql`with a as (${inner}) select * from a where one = ${1}`.params).toEqual([1, 1]);
  });
});

describe("ident(...parts)", () => {
  it("quotes each part and joins them with dots", () => {
    expect(ident("main", "my table").text).toBe('"main"."my table"');
  });
  it("quotes hostile names: quotes, keywords, unicode, HTML", () => {
    expect(ident('a"b').text).toBe('"a""b"');
    expect(ident("from").text).toBe('"from"');
    expect(ident("ünïcødé 🦆").text).toBe('"ünïcødé 🦆"');
    expect(ident("<b>x</b>").text).toBe('"<b>x</b>"');
  });
  it("throws naming quoteIdentifier on an empty name", () => {
    expect(() => ident("")).toThrow(/quoteIdentifier requires a non-empty string/);
  });
});

describe("join(items, separator)", () => {
  it("joins fragments and values; values become parameters", () => {
    const q = join([ident("a"), 1, raw("now()"), "x"]);
    expect(q.text).toBe('"a", ?, now(), ?');
    expect(q.params).toEqual([1, "x"]);
  });
  it("uses the separator given", () => {
    expect(join([ident("a"), ident("b")], " and ").text).toBe('"a" and "b"');
  });
  it("joins nothing into an empty fragment", () => {
    expect(join([])).toEqual(new SqlFragment(""));
  });
});

describe("raw(text)", () => {
  it("splices trusted text verbatim, with no parameters", () => {
    expect(sql`select ${raw("count(*)")} from t`.text).toBe("select count(*) from t");
  });
});
