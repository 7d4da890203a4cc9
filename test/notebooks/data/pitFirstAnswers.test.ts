// The Point-in-time pages' first answers (notebooks/data/first/<page>.json.ts): each loader
// runs as Framework runs it and prints a small JSON with the key the browser test compares
// with the live answer.
import {execFileSync} from "node:child_process";
import {describe, expect, it} from "vitest";

const root = new URL("../../../notebooks/", import.meta.url);
const tsx = new URL("../../../node_modules/.bin/tsx", import.meta.url).pathname;
const load = (page: string) => {
  const text = execFileSync(tsx, [`data/first/${page}.json.ts`], {cwd: root, maxBuffer: 1 << 24}).toString();
  return {text, json: JSON.parse(text) as {key: Record<string, unknown>} & Record<string, unknown>};
};

describe("notebooks/data/first loaders of the Point-in-time section", () => {
  it.each([
    ["point-in-time-joins", {rows: 99726}],
    ["time-travel-leakage", {splitDay: 60}],
    ["delayed-labels", {}],
    ["materialization-backfill", {runs: 90}],
    ["online-offline-stores", {keys: 999}],
    ["feature-freshness", {customers: 999}],
  ])("%s.json.ts prints a key and stays under 8 KB", (page, known) => {
    const {text, json} = load(page);
    expect(text.length).toBeLessThan(8192);
    expect(Object.keys(json.key).length).toBeGreaterThan(0);
    expect(json.key).toMatchObject(known);
  }, 60_000);
  it("point-in-time-joins: every fraud row counted is among the spine rows, and the naive join leaks some", () => {
    const {json} = load("point-in-time-joins");
    expect(json.fraudRows as number).toBeLessThan(json.rows as number);
    expect(json.leaks as number).toBeGreaterThan(0);
  }, 60_000);
});
