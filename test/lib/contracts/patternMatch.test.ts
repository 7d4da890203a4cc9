import {describe, expect, it} from "vitest";
import {contractChecks, referenceCounts, runContract} from "../../../lib/contracts/index.js";
import {anchoredInner, patternMatch} from "../../../lib/contracts/patternMatch.js";
import {raw} from "../../../lib/sql/index.js";
import {arrowTable, contractOf, engineFactories, useEngine} from "./engines.js";

describe("anchoredInner(pattern)", () => {
  it("returns what lies between ^ and $ when the whole pattern is anchored", () => {
    expect(["^[a-z]+$", "^(ab|cd)$", "^[|]$", "^$", "^a\\\\$", "^[]|]x$", "^[[:alpha:]|]+$"].map(anchoredInner))
      .toEqual(["[a-z]+", "(ab|cd)", "[|]", "", "a\\\\", "[]|]x", "[[:alpha:]|]+"]);
  });
  it("refuses top-level alternation, an escaped final $, \\Q quoting, multi-line flags and a quantified ^", () => {
    expect(["^ab|cd$", "^a\\$", "^\\Qa$", "^(?m)a$", "^*a$", "^(a$", "^a)$", "^[a$", "[a-z]+", "^[a-z]+", "[a-z]+$", "^"].map(anchoredInner))
      .toEqual(Array(12).fill(undefined));
  });
});

describe("patternMatch(text, pattern)", () => {
  it("is regexp_full_match of the inner pattern when anchored, else regexp_matches, both as escaped literals", () => {
    expect(patternMatch(raw('"c"'), "^it's$").text).toBe(`regexp_full_match("c", 'it''s')`);
    expect(patternMatch(raw('"c"'), "^a|b$").text).toBe(`regexp_matches("c", '^a|b$')`);
    expect(patternMatch(raw('"c"'), "^a|b$").params).toEqual([]);
  });
  it("tests known values once per query, each against the pattern itself", () => {
    expect(patternMatch(raw('"c"'), "^[a-z]+$", ["ab", "it's"]).text).toBe(
      `CASE WHEN list_contains(list_filter(['ab', 'it''s'], lambda known_value: regexp_full_match(known_value, '[a-z]+')), "c") THEN true ELSE regexp_full_match("c", '[a-z]+') END`,
    );
  });
});

const patterns: Record<string, string> = {
  lower: "^[a-z]+$", // anchored: a trailing newline does not match; its enum lists values that do not match
  either: "^ab|cd$", // starts with ab or ends with cd
  group: "^(ab|cd)$",
  some: "b|c",
  letters: "^\\p{L}+$",
  two: "^.{2}$", // code points
  dollar: "^a\\$", // starts with "a$"
  bar: "^[|]$",
};
const values = {
  lower: ["abc", "ABC", "", null, "ab\n", "zürich", "a b"],
  either: ["abX", "Xcd", "XabX", "cdX", null, "ab", "abcd"],
  group: ["ab", "cd", "abcd", "ab\n", null, "", "AB"],
  some: ["abc", "xyz", "c", null, "", "B", "ac"],
  letters: ["名前", "zürich", "🚀", "a1", null, "Ωmega", ""],
  two: ["🚀x", "名前", "abc", "a", null, "é\u0301", "\n\n"],
  dollar: ["a$", "a$b", "a", "ba$", null, "$", "a$$"],
  bar: ["|", "a", "||", "", null, "a|b", "|"],
  listed: ["abc", "ABC", "zürich", "ab\n", null, "it's", "xyz"],
};
const contract = contractOf(`schema:
  - name: t
    properties:
${Object.entries(patterns).map(([name, p]) => `      - name: ${name}\n        logicalType: string\n        logicalTypeOptions: {pattern: ${JSON.stringify(p)}}`).join("\n")}
        enum: ["|", "a|b", "it's"]
      - name: listed
        logicalType: string
        logicalTypeOptions: {pattern: "^[a-z]+$"}
        enum: [abc, ABC, zürich, "it's", "ab\\n"]
`);

describe.each(engineFactories)("patterns on %s", (_, create) => {
  const engine = useEngine(create);
  it("count what JavaScript's RegExp counts: anchors, alternation, unicode, newlines, NULLs, enum values that fail the pattern", async () => {
    await engine().loadArrow("t", arrowTable(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, ["text", v]]))));
    const result = await runContract(engine(), contract, "t");
    const reference = referenceCounts(contractChecks(contract), values);
    const counted = Object.fromEntries(result.checks.filter((c) => reference.has(c.id)).map((c) => [c.id, c.unexpected_count]));
    expect(counted).toEqual(Object.fromEntries(reference));
    expect(result.checks.find((c) => c.id === "t.listed.pattern")!.sql).toContain("list_filter(");
    expect(counted).toEqual({
      "t.lower.pattern": 5, "t.listed.pattern": 4, "t.either.pattern": 2, "t.group.pattern": 4, "t.some.pattern": 3,
      "t.letters.pattern": 3, "t.two.pattern": 3, "t.dollar.pattern": 3, "t.bar.pattern": 4, "t.bar.enum": 3, "t.listed.enum": 1,
    });
  });
});
