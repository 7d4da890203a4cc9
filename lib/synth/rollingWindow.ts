/** Per-event aggregates of a trailing time window. */
export interface RollingWindow {
  /** Events in the window, the event itself included. */
  count: Int32Array;
  /** Sum of the non-NaN values in the window (0 when there are none). */
  sum: Float64Array;
  /** How many values in the window are not NaN. */
  valid: Int32Array;
}

/**
 * Trailing-window aggregates per key at each event's own time: for event i with time t
 * the window holds the same key's events with time in (t − windowMs, t], equal times
 * included. Events must be sorted by time within each key (any key order). O(n): a
 * counting sort by key, then two pointers per key. Sums are exact when the values are
 * whole numbers (e.g. cents).
 *
 * @example
 * rollingWindow(Int32Array.of(1, 1, 1), Float64Array.of(0, 5, 10), Float64Array.of(1, 2, 4), 6).sum
 * // => Float64Array [1, 3, 6]
 */
export function rollingWindow(keys: Int32Array, times: Float64Array, values: Float64Array, windowMs: number): RollingWindow {
  const n = keys.length;
  if (times.length !== n || values.length !== n) throw new RangeError(`rollingWindow requires keys, times and values of one length; got ${n}, ${times.length}, ${values.length}`);
  const {order, offsets} = groupByKey(keys);
  const count = new Int32Array(n), sum = new Float64Array(n), valid = new Int32Array(n);
  for (let g = 0; g + 1 < offsets.length; ++g) {
    const end = offsets[g + 1]!;
    let lo = offsets[g]!, hi = lo, s = 0, v = 0;
    for (let p = offsets[g]!; p < end; ++p) {
      const t = times[order[p]!]!;
      for (; hi < end && times[order[hi]!]! <= t; ++hi) {
        const x = values[order[hi]!]!;
        if (x === x) (s += x), ++v;
      }
      for (; times[order[lo]!]! <= t - windowMs; ++lo) {
        const x = values[order[lo]!]!;
        if (x === x) (s -= x), --v;
      }
      const i = order[p]!;
      count[i] = hi - lo;
      sum[i] = s;
      valid[i] = v;
    }
  }
  return {count, sum, valid};
}

/** A stable counting sort of event indices by key: group g is order[offsets[g]..offsets[g+1]). */
function groupByKey(keys: Int32Array): {order: Int32Array; offsets: Int32Array} {
  let min = Infinity, max = -Infinity;
  for (const k of keys) (min = Math.min(min, k)), (max = Math.max(max, k));
  const span = keys.length ? max - min + 1 : 0;
  const offsets = new Int32Array(span + 1);
  for (const k of keys) ++offsets[k - min + 1]!;
  for (let g = 0; g < span; ++g) offsets[g + 1]! += offsets[g]!;
  const next = offsets.slice(0, span);
  const order = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; ++i) order[next[keys[i]! - min]!++] = i;
  return {order, offsets};
}
