import {describe, expect, it} from "vitest";
import {dailyScoreDrift, rowsByDay} from "../../../lib/guardrails/index.js";
import {binCounts, numericBinning, psi} from "../../../lib/drift/index.js";

const DAY = 86_400_000;

describe("rowsByDay(eventMs)", () => {
  it("groups row indices by UTC day, days ascending, rows in input order", () => {
    expect(rowsByDay([86_400_001, 5, 7])).toEqual([{day: 0, rows: [1, 2]}, {day: DAY, rows: [0]}]);
  });
  it("leaves rows without a time (NaN) out", () => {
    expect(rowsByDay([NaN, 3])).toEqual([{day: 0, rows: [1]}]);
  });
});

describe("dailyScoreDrift(reference, scores, eventMs, {bins})", () => {
  const reference = Array.from({length: 1000}, (_, i) => i / 1000);
  it("is 0 for a day drawn exactly like the reference, and grows for a day that moved", () => {
    const same = Array.from({length: 100}, (_, i) => i / 100 + 0.005);
    const moved = same.map((s) => Math.min(0.999, s + 0.3));
    const d = dailyScoreDrift(reference, [...same, ...moved], [...same.map(() => 0), ...moved.map(() => DAY)], {bins: 10});
    expect(Array.from(d.day)).toEqual([0, DAY]);
    expect(d.psi[0]).toBeCloseTo(0, 12);
    expect(d.psi[1]).toBeGreaterThan(0.25);
  });
  it("is lib/drift's psi over the reference's quantile bins, day by day", () => {
    const scores = [0.05, 0.2, 0.21, 0.9, 0.5, 0.55];
    const eventMs = [0, 0, 0, DAY, DAY, 2 * DAY + 1];
    const d = dailyScoreDrift(reference, scores, eventMs, {bins: 4});
    const b = numericBinning(reference, 4);
    expect(Array.from(d.psi)).toEqual([psi(b.counts, binCounts(b.edges, [0.05, 0.2, 0.21])), psi(b.counts, binCounts(b.edges, [0.9, 0.5])), psi(b.counts, binCounts(b.edges, [0.55]))]);
    expect(Array.from(d.n)).toEqual([3, 2, 1]);
  });
  it("a day of NaN scores only has no PSI", () => {
    expect(Number.isNaN(dailyScoreDrift(reference, [NaN], [0]).psi[0])).toBe(true);
  });
});
