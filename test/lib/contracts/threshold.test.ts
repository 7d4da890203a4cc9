import {describe, expect, it} from "vitest";
import {describeThreshold, displaySql, meetsThreshold, sqlStringLiteral} from "../../../lib/contracts/index.js";
import {sql, ident} from "../../../lib/sql/index.js";

describe("meetsThreshold(value, threshold)", () => {
  it("applies each ODCS operator", () => {
    expect(meetsThreshold(0, {mustBe: 0})).toBe(true);
    expect(meetsThreshold(1, {mustBe: 0})).toBe(false);
    expect(meetsThreshold(1, {mustNotBe: 0})).toBe(true);
    expect(meetsThreshold(5, {mustBeGreaterThan: 5})).toBe(false);
    expect(meetsThreshold(5, {mustBeGreaterOrEqualTo: 5})).toBe(true);
    expect(meetsThreshold(5, {mustBeLessThan: 5})).toBe(false);
    expect(meetsThreshold(5, {mustBeLessOrEqualTo: 5})).toBe(true);
  });
  it("reads mustBeBetween inclusively and mustNotBeBetween as its complement", () => {
    expect([0, 1, 5, 6].map((v) => meetsThreshold(v, {mustBeBetween: [1, 5]}))).toEqual([false, true, true, false]);
    expect([0, 1, 5, 6].map((v) => meetsThreshold(v, {mustNotBeBetween: [1, 5]}))).toEqual([true, false, false, true]);
  });
  it("requires every stated operator to hold", () => {
    expect(meetsThreshold(3, {mustBeGreaterThan: 1, mustBeLessThan: 3})).toBe(false);
  });
});

describe("describeThreshold(threshold, format)", () => {
  it("says the bounds in words and symbols", () => {
    expect(describeThreshold({mustBeBetween: [1, 5]})).toBe("between 1 and 5");
    expect(describeThreshold({mustBeLessThan: 5}, (n) => `${n}%`)).toBe("< 5%");
    expect(describeThreshold({mustBeGreaterThan: 0, mustBeLessOrEqualTo: 9})).toBe("> 0 and ≤ 9");
  });
});

describe("displaySql(query)", () => {
  it("writes parameters in place as literals, leaving ? inside quoted names and strings alone", () => {
    const q = sql`SELECT ${ident('a?"b')}, '?' FROM t WHERE x = ${"it's"} AND y < ${3} AND z IS ${null}`;
    expect(displaySql(q)).toBe(`SELECT "a?""b", '?' FROM t WHERE x = 'it''s' AND y < 3 AND z IS NULL`);
  });
  it("displaySql leaves a ? inside a comment alone, as the engines bind it", () => {
    expect(displaySql({text: "SELECT ? -- why?\n, ?", params: [1, "a"]})).toBe("SELECT 1 -- why?\n, 'a'");
  });
});

describe("sqlStringLiteral(text)", () => {
  it("doubles single quotes and keeps backslashes", () => {
    expect(sqlStringLiteral("^a'b\\d$")).toBe("'^a''b\\d$'");
  });
  it("throws on a NUL character", () => {
    expect(() => sqlStringLiteral("a\u0000")).toThrow(/sqlStringLiteral requires a string without NUL/);
  });
});
