import {describe, expect, it} from "vitest";
// @ts-expect-error a plain JavaScript module of the site, without types
import {serialQueue} from "../../../../notebooks/components/shell/serialQueue.js";

type Timing = {queuedAt: number; startedAt: number; endedAt: number; waitedMs: number; ms: number};

/** A promise and the function that resolves it, to hold a task open until the test says so. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return {promise, resolve};
}

describe("serialQueue", () => {
  it("run(task) resolves to the task's value and times it", async () => {
    let clock = 5;
    const queue = serialQueue(() => clock);
    let timing: Timing | undefined;
    const value = await queue.run(async () => {
      clock = 12;
      return 42;
    }, (t: Timing) => (timing = t));
    expect(value).toBe(42);
    expect(timing).toEqual({queuedAt: 5, startedAt: 5, endedAt: 12, waitedMs: 0, ms: 7});
  });

  it("a task queued behind a slow one starts when it ends, and its wait is reported apart from its run", async () => {
    let clock = 0;
    const queue = serialQueue(() => clock);
    const slow = deferred<string>();
    const events: string[] = [];
    const timings: Record<string, Timing> = {};
    const first = queue.run(async () => {
      events.push("first starts");
      const value = await slow.promise;
      events.push("first ends");
      return value;
    }, (t: Timing) => (timings.first = t));
    const second = queue.run(async () => {
      events.push("second starts");
      clock += 3; // the second query's own run
      return "second";
    }, (t: Timing) => (timings.second = t));
    await new Promise((r) => setTimeout(r, 0));
    expect(events).toEqual(["first starts"]); // the second is held while the first runs
    clock = 1000;
    slow.resolve("first");
    expect(await Promise.all([first, second])).toEqual(["first", "second"]);
    expect(events).toEqual(["first starts", "first ends", "second starts"]);
    expect(timings.second!.startedAt).toBeGreaterThanOrEqual(timings.first!.endedAt);
    expect(timings.first).toMatchObject({waitedMs: 0, ms: 1000});
    expect(timings.second).toMatchObject({queuedAt: 0, startedAt: 1000, waitedMs: 1000, ms: 3});
  });

  it("a failed task is timed, rejects with its error and does not stop the next", async () => {
    let clock = 0;
    const queue = serialQueue(() => clock);
    let failedTiming: Timing | undefined;
    const failed = queue.run(async () => {
      clock = 4;
      throw new Error("boom");
    }, (t: Timing) => (failedTiming = t));
    const next = queue.run(async () => "next");
    await expect(failed).rejects.toThrow("boom");
    expect(failedTiming).toMatchObject({ms: 4, waitedMs: 0});
    expect(await next).toBe("next");
  });

  it("onTiming is called before the task's promise settles", async () => {
    const queue = serialQueue(() => 0);
    let timed = false;
    const seen = await queue.run(async () => "x", () => (timed = true)).then(() => timed);
    expect(seen).toBe(true);
  });

  it("drained() settles only after every task queued so far", async () => {
    const queue = serialQueue(() => 0);
    const hold = deferred<void>();
    let done = false;
    void queue.run(async () => {
      await hold.promise;
      done = true;
    });
    const drained = queue.drained().then(() => done);
    hold.resolve();
    expect(await drained).toBe(true);
  });
});
