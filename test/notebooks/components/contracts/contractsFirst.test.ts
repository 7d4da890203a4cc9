// The contract pages' first answers: the feed a page's live run pushes into, the generator
// that shows the build's answer, then the first live one (recorded for the browser test),
// then every later one; and the pure summaries both the loaders and the pages compute.
import {describe, expect, it} from "vitest";
// @ts-expect-error: a notebook component, plain JS
import {buildThenFollow, liveFeed} from "../../../../notebooks/components/contracts/contractsFirst.js";
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

describe("liveFeed and buildThenFollow", () => {
  it("buildThenFollow yields the build, then the first push as live, then each later push", async () => {
    const feed = liveFeed();
    const answers = buildThenFollow({n: 0, key: {n: 0}}, feed, {id: "contracts-test"});
    expect(await answers.next()).toMatchObject({value: {n: 0, source: "build"}});
    const second = answers.next();
    feed.push({n: 1, key: {n: 1}});
    expect(await second).toMatchObject({value: {n: 1, source: "live"}});
    const third = answers.next();
    feed.push({n: 2, key: {n: 2}});
    expect(await third).toMatchObject({value: {n: 2, source: "live"}});
    expect((globalThis as {__fslabFirstAnswers?: Record<string, unknown>}).__fslabFirstAnswers?.["contracts-test"]).toEqual({build: {n: 0}, live: {n: 1}, state: "live"});
  });
  it("liveFeed.next(after) skips to the newest push when several came while nobody waited", async () => {
    const feed = liveFeed();
    feed.push("a");
    feed.push("b");
    expect(await feed.next(0)).toEqual({value: "b", version: 2});
  });
});

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
