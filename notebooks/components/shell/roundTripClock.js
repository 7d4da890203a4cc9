// Pure (no DOM, no DuckDB): Node tests import it (test/notebooks/components/roundTripClock.test.ts).

/**
 * Adds up how long a worker spent answering requests: for each request, from when it was
 * posted to when the worker sent its reply (its own clock's stamp, converted to ours),
 * not to when this thread got round to the reply. A page busy with its own JavaScript
 * reads a worker's reply late, and that delay is not the worker's. `replied` without a
 * `sentAt` (a reply nobody stamped) counts until `receivedAt`. Times in milliseconds.
 *
 * @example
 * const clock = roundTripClock();
 * clock.posted(1, 100);
 * clock.replied(1, 104, 900); // the reply was sent at 104 and read at 900
 * clock.busyMs(); // 4
 */
export function roundTripClock() {
  const postedAt = new Map();
  let busy = 0;
  return {
    posted(id, at) {
      postedAt.set(id, at);
    },
    replied(id, sentAt, receivedAt) {
      const start = postedAt.get(id);
      if (start === undefined) return; // a second reply to one request (progress): counted at the first
      postedAt.delete(id);
      // Two threads' clocks can disagree by a fraction of a millisecond: keep the reply
      // inside [posted, received].
      const end = typeof sentAt === "number" && Number.isFinite(sentAt) ? Math.min(Math.max(sentAt, start), receivedAt) : receivedAt;
      busy += Math.max(0, end - start);
    },
    /** The total so far: the difference of two readings is what happened between them. */
    busyMs() {
      return busy;
    },
  };
}
