// The contract pages' first answers: the pure summaries both the loaders and the pages
// compute (the feed itself, shell/firstAnswer.js's firstAnswerFeed, is tested beside it).
import {describe, expect, it} from "vitest";
// @ts-expect-error: a notebook component, plain JS
import {cardsKey, checkCards, exitCode, runSummary, schemaSummary} from "../../../../notebooks/components/contracts/checkCards.js";

const run = {
  status: "fail",
  rows: 100,
  checks: [
    {id: "t.a.present", rule: "present", status: "pass", value: 1, unexpected_count: null, unexpected_percent: null},
    {id: "t.a.pattern", rule: "pattern ^[a-z]+$", status: "fail", value: 3, unexpected_count: 3, unexpected_percent: 3},
    {id: "fresh", rule: "freshness 1 d", status: "warn", value: 43_200_000.04, unexpected_count: null, unexpected_percent: null},
  ],
};

describe("checkCards and the summaries", () => {
  it("checkCards finds checks by id or by the start of their rule, and throws naming the ids it has", () => {
    expect(checkCards(run, [{id: "pattern", what: "p"}, {id: "fresh", what: "f"}])).toEqual([
      {id: "pattern", what: "p", percent: 3, count: 3, value: 3, status: "fail"},
      {id: "fresh", what: "f", percent: null, count: null, value: 43_200_000.04, status: "warn"},
    ]);
    expect(() => checkCards(run, [{id: "nope", what: "x"}])).toThrow(/checkCards requires a check "nope".*t\.a\.present/);
  });
  it("cardsKey is each check's status and count, or its value to 0.1", () => {
    expect(cardsKey(checkCards(run, [{id: "pattern", what: "p"}, {id: "fresh", what: "f"}]))).toEqual({pattern: "fail 3", fresh: "warn 43200000"});
  });
  it("runSummary counts failed (with errors) and warned checks; schemaSummary adds the columns", () => {
    expect(runSummary(run)).toEqual({status: "fail", rows: 100, checks: 3, failed: 1, warned: 1});
    expect(schemaSummary(run, [{name: "a", type: "VARCHAR"}, {name: "b", type: "INTEGER"}], [{name: "a"}, {name: "c"}])).toMatchObject({columns: 2, extra: ["b"], missing: 1, properties: 2});
  });
  it("exitCode is fslab check's: 2 when the contract does not parse, 0 for pass or warn, 1 for fail or error", () => {
    expect([exitCode(false, null), exitCode(true, {status: "pass"}), exitCode(true, {status: "warn"}), exitCode(true, {status: "fail"}), exitCode(true, {status: "error"})]).toEqual([2, 0, 0, 1, 1]);
  });
});
