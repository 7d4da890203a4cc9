import {readFileSync, writeFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import type {CaseResult} from "../../bench/caseResult.js";
import {agreement, jsonLine, rate, textReport, textTable} from "../../bench/report.js";

/** Compares a report with a reviewed file; UPDATE_GOLDEN=1 rewrites it. */
function expectGolden(text: string, name: string): void {
  const path = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, "utf8"));
}

const base = {suite: "pit", rows: 10, peakRssMb: 300, rssBeforeMb: 200, check: "fp 1a2b"};
const results: CaseResult[] = [
  {...base, case: "kernel", ms: 50, runs: [60, 50, 40], baseline: "native-1t-asof", extra: {note: "typed arrays"}},
  {...base, case: "native-1t-asof", ms: 100, runs: [100, 80, 120], baseline: "native-1t-asof", extra: {engine: "native", threads: 1}},
  {...base, case: "native-all-asof", ms: 150.4, runs: [150.4, 160], peakRssMb: 1234, baseline: "native-1t-asof", extra: {engine: "native", threads: 1}},
  {...base, case: "orphan", ms: 7, runs: [7], baseline: "missing", check: "fp ffff"},
];

describe("rate", () => {
  it("rate gives each case its median and best-run ratio to its baseline", () => {
    const rated = rate(results);
    expect(rated.map((c) => c.case)).toEqual(["kernel", "native-1t-asof", "native-all-asof", "orphan"]);
    expect(rated.map((c) => c.bestMs)).toEqual([40, 80, 150.4, 7]);
    expect(rated.map((c) => c.ratio)).toEqual([0.5, 1, 150.4 / 100, NaN]);
    expect(rated.map((c) => c.bestRatio)).toEqual([0.5, 1, 150.4 / 80, NaN]);
    expect(rated[2]!.ratio).toBeCloseTo(1.504, 12);
    expect(rated[2]!.bestRatio).toBeCloseTo(1.88, 12);
  });
  it("rate keeps every field of the cases", () => {
    expect(rate(results)[0]).toMatchObject(results[0]!);
  });
  it("rate gives NaN for the best of a case without runs", () => {
    const [c] = rate([{case: "a", ms: 1, runs: [], baseline: "a"}]);
    expect([c!.bestMs, c!.bestRatio]).toEqual([NaN, NaN]);
  });
});

describe("textTable and textReport", () => {
  it("textReport(context, rated, notes) prints the header, the table, shared extras once and the notes", () => {
    const context = {suite: "pit", scale: "small", cores: 2, memoryGb: 24, loadavgBefore: "6.1 5.0 4.2", loadavgAfter: "7.3 5.5 4.4"};
    const {text} = agreement(results);
    expectGolden(textReport(context, rate(results), ["pit orphan FAILED (exit 1: Error: boom)", `pit: ${text}`]), "textReport.txt");
  });
  it("textTable has a header and a rule as wide as its widest cell", () => {
    const lines = textTable(rate(results.slice(0, 1))).split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^-{6}  -{11}  /);
  });
});

describe("jsonLine", () => {
  it("jsonLine flattens extra and context, rounds times and writes null for a missing ratio", () => {
    const [, , third, orphan] = rate(results);
    expect(JSON.parse(jsonLine(third!, {scale: "small"}))).toEqual({
      suite: "pit", case: "native-all-asof", ms: 150.4, runs: [150.4, 160], rows: 10, peakRssMb: 1234, rssBeforeMb: 200, check: "fp 1a2b",
      baseline: "native-1t-asof", ratio: 1.504, bestMs: 150.4, bestRatio: 1.88, engine: "native", threads: 1, scale: "small",
    });
    expect(JSON.parse(jsonLine(orphan!, {}))).toMatchObject({ratio: null, bestRatio: null, bestMs: 7});
  });
});

describe("agreement", () => {
  it("agreement of cases with one check agrees and names it", () => {
    expect(agreement(results.slice(0, 3))).toEqual({agree: true, text: "all 3 paths agree: fp 1a2b"});
  });
  it("agreement of differing checks lists which cases gave what", () => {
    expect(agreement(results)).toEqual({agree: false, text: "PATHS DISAGREE:\n  kernel, native-1t-asof, native-all-asof: fp 1a2b\n  orphan: fp ffff"});
  });
});
