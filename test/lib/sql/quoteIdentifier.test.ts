import {describe, expect, it} from "vitest";
import {quoteIdentifier} from "../../../lib/sql/index.js";

describe("quoteIdentifier(name)", () => {
  it("wraps a plain name in double quotes", () => {
    expect(quoteIdentifier("amount")).toBe('"amount"');
  });
  it("doubles embedded double quotes", () => {
    expect(quoteIdentifier('amount "usd"')).toBe('"amount ""usd"""');
    expect(quoteIdentifier('"')).toBe('""""');
  });
  it("keeps keywords, unicode, HTML and single quotes verbatim inside the quotes", () => {
    expect(quoteIdentifier("select")).toBe('"select"');
    expect(quoteIdentifier("naïve 数据 🦆")).toBe('"naïve 数据 🦆"');
    expect(quoteIdentifier("<script>alert(1)</script>")).toBe('"<script>alert(1)</script>"');
    expect(quoteIdentifier("o'brien; drop table x; --")).toBe(`"o'brien; drop table x; --"`);
  });
  it("throws naming the function on an empty name, a non-string or a NUL character", () => {
    expect(() => quoteIdentifier("")).toThrow(/quoteIdentifier requires a non-empty string/);
    expect(() => quoteIdentifier(undefined as unknown as string)).toThrow(/quoteIdentifier/);
    expect(() => quoteIdentifier("a\u0000b")).toThrow(/quoteIdentifier requires a name without NUL/);
  });
});
