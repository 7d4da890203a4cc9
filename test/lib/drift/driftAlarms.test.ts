import {describe, expect, it} from "vitest";
import {categoricalBinning} from "../../../lib/drift/categoricalBinning.js";
import {driftAlarms} from "../../../lib/drift/driftAlarms.js";
import type {DriftWindowRow} from "../../../lib/drift/driftOverTime.js";
import {chiSquareApproximation} from "../../../lib/drift/psiNullBand.js";

const DAY = 86_400_000;
const binnings = {x: categoricalBinning(Array.from({length: 1000}, (_, i) => (i % 4 === 0 ? "a" : i % 4 === 1 ? "b" : i % 4 === 2 ? "c" : "d")))};
const day = (k: number, psi: number, n = 1000): DriftWindowRow => ({window_start: k * DAY, column: "x", psi, js: psi / 8, n, null_share: 0});
// Days 0–6 are the reference, 7–9 quiet, the incident on day 10: PSI creeps above the floor (≈0.0157 at 1,000 rows and 4 bins), then crosses warn on day 14.
const rows = [...Array.from({length: 10}, (_, k) => day(k, 0.002)), day(10, 0.012), day(11, 0.02), day(12, 0.03), day(13, 0.05), day(14, 0.12), day(15, 0.3)];

describe("driftAlarms", () => {
  const alarms = driftAlarms(rows, {binnings, referenceEnd: 7 * DAY, start: 10 * DAY});

  it("driftAlarms gives each window its band and its noise floor, the chi-square p95 for its rows and the reference's", () => {
    expect(alarms.days.map((d) => d.status)).toEqual([...Array(14).fill("ok"), "warn", "drift"]);
    expect(alarms.days[0]!.floor).toBe(chiSquareApproximation(4, 1000, 1000).approxP95);
  });

  it("driftAlarms finds the first window out of ok and the first run of three above the floor, in days after the start", () => {
    const [x] = alarms.columns;
    expect(x!.firstAlert!.window_start).toBe(14 * DAY);
    expect(x!.alertDelayDays).toBe(4);
    expect(x!.firstAboveFloor!.window_start).toBe(11 * DAY);
    expect(x!.floorDelayDays).toBe(1);
  });

  it("driftAlarms counts the windows between the reference and the start, their false alarms and those above the floor", () => {
    expect(alarms.before).toEqual({windows: 3, alerts: 0, aboveFloor: 0});
    const noisy = driftAlarms([...rows.slice(0, 8), day(8, 0.15), day(9, 0.02)], {binnings, referenceEnd: 7 * DAY, start: 10 * DAY});
    expect(noisy.before).toEqual({windows: 3, alerts: 1, aboveFloor: 2});
    expect(noisy.columns[0]!.firstAlert).toBeNull();
    // No incident: start at infinity, every window after the reference is "before".
    expect(driftAlarms(rows, {binnings, referenceEnd: 7 * DAY, start: Infinity}).before).toEqual({windows: 9, alerts: 2, aboveFloor: 5});
  });

  it("driftAlarms honours the bands and the run length it is given", () => {
    const strict = driftAlarms(rows, {binnings, referenceEnd: 7 * DAY, start: 10 * DAY, warn: 0.04, threshold: 0.1, run: 1});
    expect(strict.columns[0]!.alertDelayDays).toBe(3);
    expect(strict.columns[0]!.floorDelayDays).toBe(1);
  });

  it("driftAlarms names a missing binning and a start before the reference's end", () => {
    expect(() => driftAlarms([{...day(8, 0.1), column: "y"}], {binnings, referenceEnd: 0})).toThrow(/driftAlarms requires a binning for every column of the timeline, got none for "y"/);
    expect(() => driftAlarms(rows, {binnings, referenceEnd: 7 * DAY, start: DAY})).toThrow(/driftAlarms requires start ≥ referenceEnd/);
  });
});
