import {describe, expect, it} from "vitest";
import {placeholderOffsets} from "../../../lib/sql/index.js";

describe("placeholderOffsets(text)", () => {
  it("finds each ? outside quotes and comments", () => {
    const text = "select ?, '?', \"?\" -- ?\n, ?";
    expect(placeholderOffsets(text)).toEqual([7, text.lastIndexOf("?")]);
  });
  it("skips doubled quotes inside literals and identifiers", () => {
    expect(placeholderOffsets("select 'it''s ?', \"a\"\"?\", ?")).toHaveLength(1);
  });
  it("skips backslash escapes in E'…' strings only", () => {
    expect(placeholderOffsets("select E'\\' ?', ?")).toHaveLength(1);
    expect(placeholderOffsets("select '\\', ?")).toHaveLength(1);
  });
  it("skips nested block comments and dollar-quoted strings", () => {
    expect(placeholderOffsets("select /* ? /* ? */ ? */ ?")).toHaveLength(1);
    expect(placeholderOffsets("select $$ ? $$, $tag$ ? $tag$, ?")).toHaveLength(1);
  });
  it("treats $1 as text, not as a dollar quote", () => {
    expect(placeholderOffsets("select $1, ?")).toEqual([11]);
  });
  it("returns no offsets for a text without placeholders, or an unterminated literal", () => {
    expect(placeholderOffsets("select 1")).toEqual([]);
    expect(placeholderOffsets("select '?")).toEqual([]);
  });
});
