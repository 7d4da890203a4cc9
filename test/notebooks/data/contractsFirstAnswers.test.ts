// The Contracts pages' first answers (notebooks/data/first/<page>.json.ts): each loader runs
// as Framework runs it and prints a small JSON whose key the browser test compares with the
// page's live run; the numbers are those of the faults each page opens with.
import {execFileSync} from "node:child_process";
import {describe, expect, it} from "vitest";

const root = new URL("../../../notebooks/", import.meta.url);
const tsx = new URL("../../../node_modules/.bin/tsx", import.meta.url).pathname;
const load = (page: string) => {
  const text = execFileSync(tsx, [`data/first/${page}.json.ts`], {cwd: root, maxBuffer: 1 << 24}).toString();
  return {text, json: JSON.parse(text) as {key: Record<string, unknown>} & Record<string, unknown>};
};

describe("notebooks/data/first loaders of the Contracts section", () => {
  it.each([
    ["data-contracts", {status: "fail"}],
    ["schema-contracts", {status: "fail", missing: 0}],
    ["semantic-constraints", {freshness: "pass 43200000"}],
    ["null-range-cardinality", {amount_rarely_missing: expect.stringMatching(/^pass /)}],
    ["contract-tests-ci", {code: 1}],
  ])("%s.json.ts prints a key and stays under 8 KB", (page, known) => {
    const {text, json} = load(page);
    expect(text.length).toBeLessThan(8192);
    expect(json.key).toMatchObject(known);
  }, 60_000);
  it("null-range-cardinality: each injected fault fails its own check, the missing amounts stay under the 1% tolerance", () => {
    const {json} = load("null-range-cardinality");
    const cards = json.cards as {id: string; status: string; count: number; percent: number}[];
    expect(cards.map((c) => c.status)).toEqual(["pass", "fail", "fail", "fail"]);
    expect(cards[0]!.percent).toBeLessThan(1);
    expect(cards.slice(1).every((c) => c.count > 0)).toBe(true);
  }, 60_000);
});
