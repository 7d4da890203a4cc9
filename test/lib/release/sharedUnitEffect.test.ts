import {describe, expect, it} from "vitest";
import {comparisonsOverTime, pairedComparison, sharedUnitEffect, unpairedComparison} from "../../../lib/release/index.js";

const baseline = Array.from({length: 60}, (_, i) => 0.87 + 0.004 * ((((i * 7919) % 101) / 101) - 0.5));
const candidate = baseline.map((b, i) => b + 0.01 + 0.004 * ((((i * 104729) % 97) / 97) - 0.5));

describe("sharedUnitEffect", () => {
  it("sharedUnitEffect leaves the paired comparison as it was and widens the unpaired one", () => {
    const shocked = sharedUnitEffect(baseline, candidate, {sd: 0.02, seed: 7});
    const before = pairedComparison(baseline, candidate), after = pairedComparison(shocked.baseline, shocked.candidate);
    expect(Math.abs(after.meanDelta - before.meanDelta)).toBeLessThan(1e-12);
    expect(Math.abs(after.se - before.se)).toBeLessThan(1e-12);
    expect(unpairedComparison(shocked.baseline, shocked.candidate).se).toBeGreaterThan(5 * unpairedComparison(baseline, candidate).se);
    expect(shocked.effect.every((e, i) => Math.abs(shocked.baseline[i]! - baseline[i]! - e) < 1e-15)).toBe(true);
  });

  it("sharedUnitEffect keeps nulls, is seeded and checks its options", () => {
    const a = sharedUnitEffect([1, null], [null, 2], {sd: 1, seed: 3});
    expect([a.baseline[1], a.candidate[0]]).toEqual([null, null]);
    expect(sharedUnitEffect([1, null], [null, 2], {sd: 1, seed: 3})).toEqual(a);
    expect(() => sharedUnitEffect([1], [1], {sd: -1, seed: 1})).toThrow("sharedUnitEffect requires a finite sd ≥ 0, got -1");
  });
});

describe("comparisonsOverTime", () => {
  it("comparisonsOverTime(b, c)[k] is pairedComparison over the first units, from the second complete pair on", () => {
    const b = [1, null, 2, 3, 4], c = [2, 5, 4, 5, 5];
    const over = comparisonsOverTime(b, c, {confidence: 0.9});
    expect(over.map((o) => o.units)).toEqual([3, 4, 5]);
    expect(over[1]).toEqual({units: 4, ...pairedComparison(b.slice(0, 4), c.slice(0, 4), {confidence: 0.9})});
    expect(over.at(-1)!.dropped).toBe(1);
  });

  it("comparisonsOverTime's interval narrows as days accumulate on steady data", () => {
    const over = comparisonsOverTime(baseline, candidate);
    const width = (k: number) => over[k]!.ci[1] - over[k]!.ci[0];
    expect(width(over.length - 1)).toBeLessThan(width(10));
    expect(width(10)).toBeLessThan(width(0));
  });
});
