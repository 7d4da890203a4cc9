import {describe, expect, it} from "vitest";
import {leakageGap} from "../../../lib/leakage/index.js";

// 2000 examples over 100 "days"; the label depends weakly on x at leak 0. Read later
// (leak 1), x also carries the label itself: the leak.
const n = 2000;
const id = Float64Array.from({length: n}, (_, i) => i);
const eventMs = Float64Array.from(id, (i) => Math.floor(i / 20));
const label = Float64Array.from(id, (i) => ((i * 7919) % 13 < 2 ? 1 : 0));
const signal = Float64Array.from(id, (i) => (label[i]! ? 0.3 : 0) + ((i * 104729) % 101) / 101);
const twice = <T extends ArrayLike<number>>(a: T) => Float64Array.from({length: 2 * n}, (_, i) => a[i % n]!);
const set = {
  leak: Float64Array.from({length: 2 * n}, (_, i) => (i < n ? 0 : 1)),
  id: twice(id),
  eventMs: twice(eventMs),
  label: twice(label),
  holdout: Uint8Array.from({length: 2 * n}, (_, i) => ((i % n) % 3 === 0 ? 1 : 0)),
  features: {x: Float64Array.from({length: 2 * n}, (_, i) => (i < n ? signal[i]! : signal[i - n]! + 2 * label[i - n]!))},
};

describe("leakageGap", () => {
  it("leakageGap(set) scores each leak offline and honestly, leaks ascending", () => {
    const results = leakageGap(set, {trainEnd: 70});
    expect(results.map((r) => r.leak)).toEqual([0, 1]);
    const [pit, leaky] = results;
    expect(pit!.offlineAuc).toBeGreaterThan(0.6);
    expect(Math.abs(pit!.offlineAuc - pit!.honestAuc)).toBeLessThan(0.1);
    expect(leaky!.offlineAuc).toBeGreaterThan(0.99);
    expect(leaky!.offlineAuc - leaky!.honestAuc).toBeGreaterThan(0.2);
    expect(pit!.trainRows).toBe(leaky!.trainRows);
    expect(leaky!.honest.labels).toEqual(pit!.honest.labels);
    expect(pit!.offline.scores.length).toBe(pit!.offline.labels.length);
  });
  it("leakageGap requires rows at leak 0", () => {
    expect(() => leakageGap({...set, leak: set.leak.map((v) => v + 1)}, {trainEnd: 70})).toThrow(/leakageGap requires rows at leak 0 \(point in time\), got leaks 1, 2/);
  });
});
