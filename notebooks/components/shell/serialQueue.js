// Pure (no DOM, no DuckDB): Node tests import it (test/notebooks/components/serialQueue.test.ts).

/**
 * A queue that runs tasks one at a time, in call order, and times each one. A task's
 * `onTiming` callback gets, before the task's promise settles, {queuedAt, startedAt,
 * endedAt} in the clock's unit (milliseconds of `now`), `waitedMs` (behind earlier tasks)
 * and `ms` (its own run). A failed task does not stop the ones after it.
 *
 * @example
 * const queue = serialQueue(() => 0);
 * await queue.run(async () => 42, (t) => t.ms); // 42, and the callback got {ms: 0, waitedMs: 0, …}
 */
export function serialQueue(now = () => performance.now()) {
  let last = Promise.resolve();
  return {
    run(task, onTiming) {
      const queuedAt = now();
      let startedAt;
      const time = () => {
        const endedAt = now();
        onTiming?.({queuedAt, startedAt, endedAt, waitedMs: startedAt - queuedAt, ms: endedAt - startedAt});
      };
      const run = last.then(async () => {
        startedAt = now();
        try {
          return await task();
        } finally {
          time();
        }
      });
      last = run.catch(() => {});
      return run;
    },
    /** Settles once every task queued so far has finished. */
    drained() {
      return last;
    },
  };
}
