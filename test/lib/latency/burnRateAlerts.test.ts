import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {burnRateAlerts, sreBurnRateRules} from "../../../lib/latency/burnRateAlerts.js";
import {errorBudgetBurn} from "../../../lib/latency/errorBudgetBurn.js";

const HOUR = 3_600_000;

describe("burnRateAlerts", () => {
  it("burnRateAlerts fires a rule only while both its windows burn above the factor", () => {
    // One bad request in the first 5-minute step, then good ones every 5 minutes.
    const times = [0, 1, 2, 300_000, 600_000, 900_000];
    const latencies = [50, 5, 5, 5, 5, 5];
    const rule = {name: "x", severity: "page" as const, factor: 2, longMs: 600_000, shortMs: 300_000};
    const out = burnRateAlerts(times, latencies, {thresholdMs: 25, objective: 0.9, rules: [rule]});
    expect([...out.stepEnd]).toEqual([300_000, 600_000, 900_000, 1_200_000]);
    expect([...out.rules[0]!.shortBurn]).toEqual([1 / 3 / 0.09999999999999998, 0, 0, 0]);
    expect(out.rules[0]!.longBurn[1]).toBeCloseTo(2.5, 12); // 1 bad of 4 over 10 minutes
    expect([...out.rules[0]!.firing]).toEqual([1, 0, 0, 0]);
    expect(out.budgetSpent[3]).toBeCloseTo(1 / (0.1 * 6), 12);
  });
  it("burnRateAlerts' 1-hour burn at each hour's end equals errorBudgetBurn per hour", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({min: 0, max: 10 * HOUR}), fc.double({min: 0, max: 100, noNaN: true})), {minLength: 1, maxLength: 200}), (rows) => {
        // A last request just before 11 h, so that every hour's end is an evaluated step.
        const times = [...rows.map((r) => r[0]), 11 * HOUR - 1], latencies = [...rows.map((r) => r[1]), 0];
        const options = {thresholdMs: 40, objective: 0.99};
        const alerts = burnRateAlerts(times, latencies, {...options, stepMs: HOUR / 12, rules: [sreBurnRateRules[0]!]});
        for (const w of errorBudgetBurn(times, latencies, options)) {
          const s = alerts.stepEnd.indexOf(w.windowStart + HOUR);
          expect(s).toBeGreaterThanOrEqual(0);
          expect(alerts.rules[0]!.longBurn[s]).toBeCloseTo(w.burnRate, 9);
        }
        expect(alerts.budgetSpent.at(-1)).toBeCloseTo(latencies.filter((x) => x > 40).length / (0.01 * times.length), 9);
      }),
    );
  });
  it("burnRateAlerts leaves a window without requests at NaN, not firing", () => {
    const out = burnRateAlerts([0, 2 * HOUR], [99, 99], {thresholdMs: 1, objective: 0.99, rules: [sreBurnRateRules[0]!]});
    expect(out.rules[0]!.shortBurn[12]).toBeNaN();
    expect(out.rules[0]!.firing[12]).toBe(0);
    expect(out.rules[0]!.episodes).toEqual([{start: 300_000, end: 300_000}, {start: 2 * HOUR + 300_000, end: 2 * HOUR + 300_000}]);
  });
  it("burnRateAlerts refuses a window that is not a multiple of the step", () => {
    expect(() => burnRateAlerts([0], [1], {thresholdMs: 1, objective: 0.9, stepMs: 7 * 60_000})).toThrow(/multiples of stepMs \(420000\), got 3600000 in rule "2% of the budget in 1 h"/);
  });
});
