import {describe, expect, it} from "vitest";
import {contractSignal, driftSignal, freshnessSignal, nullRateSignal, type NullRateDay} from "../../../lib/monitoring/index.js";

const DAY = 86_400_000, HOUR = 3_600_000;

describe("qualitySignals", () => {
  it("contractSignal maps pass to ok and values a day by its failing rules", () => {
    expect(contractSignal([{day: 0, rows: 9, status: "pass", failing: [], unexpected: 0}, {day: 1, rows: 0, status: "fail", failing: ["has_rows", "x"], unexpected: 0}]))
      .toEqual([{signal: "contract", day: 0, status: "ok", value: 0, detail: ""}, {signal: "contract", day: 1, status: "fail", value: 2, detail: "has_rows, x"}]);
  });

  it("freshnessSignal fails above the SLA, warns above half of it, values in hours", () => {
    const day = (age: number) => ({day: 0, end_ms: DAY, rows: 1, newest_event_ms: DAY - age, newest_arrival_ms: DAY - age, event_age_ms: age, arrival_age_ms: age});
    expect([day(11 * HOUR), day(13 * HOUR), day(24 * HOUR), day(25 * HOUR)].flatMap((d) => freshnessSignal([d], DAY)).map((s) => [s.status, s.value]))
      .toEqual([["ok", 11], ["warn", 13], ["warn", 24], ["fail", 25]]);
    expect(() => freshnessSignal([], 0)).toThrow(/SLA > 0 ms, got 0/);
  });

  it("nullRateSignal bands each column by its reference share and takes the day's worst column", () => {
    const rows: NullRateDay[] = [];
    for (let day = 0; day < 10; day++) {
      rows.push({day, column: "amount", rows: 1000, nulls: day === 8 ? 30 : day === 9 ? 9 : 2});
      rows.push({day, column: "channel", rows: 1000, nulls: day === 7 ? 3 : 0});
    }
    const signal = nullRateSignal(rows, {reference: [0, 5]});
    expect(signal.slice(5).map((s) => s.status)).toEqual(["ok", "ok", "fail", "fail", "warn"]);
    expect(signal[7]!.detail).toBe("channel: 0.30% null, z = 6.3"); // three nulls where there never was one
    // amount: p = 11 / 5002, so 30 nulls in 1,000 rows are (30 − 2.199…) / √(2.199… · (1 − 0.0021…)) ≈ 18.8 standard deviations out
    expect(signal[8]!.value).toBeCloseTo((30 - 1000 * (11 / 5002)) / Math.sqrt(1000 * (11 / 5002) * (1 - 11 / 5002)), 12);
    expect(signal[8]!.detail).toBe("amount: 3.00% null, z = 18.8");
  });

  it("nullRateSignal has no data on a day without rows", () => {
    expect(nullRateSignal([{day: 0, column: "a", rows: 10, nulls: 0}, {day: 1, column: "a", rows: 0, nulls: 0}], {reference: [0, 1]})[1]).toMatchObject({status: "no_data", value: null});
  });

  it("driftSignal takes each day's largest PSI in DESIGN's bands, no data without rows", () => {
    const rows = [
      {window_start: 0, column: "a", psi: 0.05, n: 10}, {window_start: 0, column: "b", psi: 0.12, n: 10},
      {window_start: DAY, column: "a", psi: 0.25, n: 10}, {window_start: 2 * DAY, column: "a", psi: Number.NaN, n: 0},
    ];
    expect(driftSignal(rows, {start: 0, days: 4}).map((s) => [s.status, s.value])).toEqual([["warn", 0.12], ["fail", 0.25], ["no_data", null], ["no_data", null]]);
  });
});
