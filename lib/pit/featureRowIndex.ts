/**
 * Feature rows grouped by join key code and sorted by feature timestamp, one row per
 * (key, timestamp): the winner of equal timestamps by greatest created timestamp (NaN
 * lowest), then the later row. Group `c` is `[start[c], start[c + 1])` of `ts` and `row`.
 */
export interface FeatureRowIndex {
  readonly start: Int32Array;
  readonly ts: Float64Array;
  readonly row: Int32Array;
}

/**
 * Builds the index in O(n) plus one native numeric sort per key group: a counting sort by
 * key keeps row order, then each group's (timestamp, position) pairs are packed into one
 * float so that `Float64Array#sort` orders them stably. Rows with key -1 or a NaN
 * timestamp are left out.
 */
export function featureRowIndex(key: Int32Array, size: number, ts: Float64Array, created?: Float64Array): FeatureRowIndex {
  const n = key.length;
  const start = new Int32Array(size + 1);
  let minTs = Infinity;
  let maxTs = -Infinity;
  let integral = true;
  for (let i = 0; i < n; i++) {
    const t = ts[i]!;
    if (key[i]! < 0 || t !== t) continue;
    start[key[i]! + 1]!++;
    if (t < minTs) minTs = t;
    if (t > maxTs) maxTs = t;
    if (integral && t !== Math.floor(t)) integral = false;
  }
  let largest = 0;
  for (let c = 0; c < size; c++) {
    largest = Math.max(largest, start[c + 1]!);
    start[c + 1]! += start[c]!;
  }
  const m = start[size]!;
  let order = new Int32Array(m);
  const fill = start.slice(0, size);
  for (let i = 0; i < n; i++) if (key[i]! >= 0 && ts[i] === ts[i]) order[fill[key[i]!]!++] = i;

  const slots = 2 ** Math.ceil(Math.log2(Math.max(largest, 1)));
  const packable = integral && (maxTs - minTs + 1) * slots <= Number.MAX_SAFE_INTEGER;
  const packed = packable ? new Float64Array(m) : undefined;
  let sorted = new Int32Array(m);
  for (let c = 0; c < size; c++) {
    const s = start[c]!;
    const e = start[c + 1]!;
    if (isSorted(order, ts, s, e)) sorted.set(order.subarray(s, e), s);
    else if (packed) {
      for (let p = s; p < e; p++) packed[p] = (ts[order[p]!]! - minTs) * slots + (p - s);
      packed.subarray(s, e).sort();
      for (let p = s; p < e; p++) sorted[p] = order[s + (packed[p]! % slots)]!;
    } else {
      const group = Array.from(order.subarray(s, e)).sort((a, b) => ts[a]! - ts[b]! || a - b);
      sorted.set(group, s);
    }
  }
  [order, sorted] = [sorted, order];
  return dedupe(start, order, ts, created);
}

function isSorted(order: Int32Array, ts: Float64Array, s: number, e: number): boolean {
  for (let p = s + 1; p < e; p++) if (ts[order[p]!]! < ts[order[p - 1]!]!) return false;
  return true;
}

/** Keeps one row per (key, timestamp); rewrites `start` for the shorter arrays. */
function dedupe(start: Int32Array, order: Int32Array, ts: Float64Array, created?: Float64Array): FeatureRowIndex {
  const size = start.length - 1;
  const outTs = new Float64Array(order.length);
  const outRow = new Int32Array(order.length);
  const outStart = new Int32Array(size + 1);
  let q = 0;
  for (let c = 0; c < size; c++) {
    outStart[c] = q;
    const e = start[c + 1]!;
    for (let p = start[c]!; p < e; ) {
      const t = ts[order[p]!]!;
      let best = order[p]!;
      let bestCreated = created ? orLowest(created[best]!) : 0;
      for (p++; p < e && ts[order[p]!] === t; p++) {
        const candidate = created ? orLowest(created[order[p]!]!) : 0;
        if (candidate >= bestCreated) {
          best = order[p]!;
          bestCreated = candidate;
        }
      }
      outTs[q] = t;
      outRow[q++] = best;
    }
  }
  outStart[size] = q;
  return {start: outStart, ts: outTs.subarray(0, q), row: outRow.subarray(0, q)};
}

function orLowest(value: number): number {
  return value === value ? value : -Infinity;
}
