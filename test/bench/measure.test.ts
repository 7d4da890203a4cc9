import {describe, expect, it} from "vitest";
import {median, timeOnce, timeRoundRobin, timeRuns} from "../../bench/measure.js";

describe("median", () => {
  it("median of an odd count is the middle value, whatever the order", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([9, 7, 1, 8, 2])).toBe(7);
    expect(median([4])).toBe(4);
  });
  it("median of an even count is the mean of the middle two", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 20])).toBe(15);
  });
  it("median sorts numerically, not as strings, and leaves its input alone", () => {
    const values = [100, 9, 20];
    expect(median(values)).toBe(20);
    expect(values).toEqual([100, 9, 20]);
  });
  it("median([]) throws naming the precondition", () => {
    expect(() => median([])).toThrow(new Error("median requires at least one value, got none"));
  });
});

describe("timeRuns", () => {
  it("timeRuns(n, work) runs work once untimed, then n timed runs whose median is ms", async () => {
    let calls = 0;
    const timing = await timeRuns(4, async () => {
      calls++;
    });
    expect(calls).toBe(5);
    expect(timing.runs).toHaveLength(4);
    expect(timing.runs.every((ms) => ms >= 0)).toBe(true);
    expect(timing.ms).toBe(median(timing.runs));
  });
  it("timeRuns waits for asynchronous work before the next run", async () => {
    const order: string[] = [];
    await timeRuns(2, async () => {
      order.push("start");
      await new Promise((resolve) => setTimeout(resolve, 1));
      order.push("end");
    });
    expect(order).toEqual(["start", "end", "start", "end", "start", "end"]);
  });
});

describe("timeOnce", () => {
  it("timeOnce(work) runs work once and gives a non-negative duration", async () => {
    let calls = 0;
    const ms = await timeOnce(() => calls++);
    expect(calls).toBe(1);
    expect(ms).toBeGreaterThanOrEqual(0);
  });
});

describe("timeRoundRobin", () => {
  it("timeRoundRobin(works, n) runs one untimed round, then n rounds of one run each, interleaved; keeps the last results", async () => {
    const calls: string[] = [];
    let a = 0;
    const {runs, results} = await timeRoundRobin<number | string>([() => { calls.push("a"); return ++a; }, async () => { calls.push("b"); return "b"; }], 2);
    expect(calls).toEqual(["a", "b", "a", "b", "a", "b"]);
    expect(results).toEqual([3, "b"]);
    expect(runs.map((r) => r.length)).toEqual([2, 2]);
    expect(runs.flat().every((ms) => ms >= 0)).toBe(true);
  });
});
