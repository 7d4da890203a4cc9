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
 * Builds the index in O(n) plus one native numeric sort per unsorted key group: a counting
 * sort by key keeps row order and copies the timestamps next to their rows, then a group's
 * (timestamp, position) pairs are packed into one float so that `Float64Array#sort` orders
 * them stably. Rows with key -1 or a NaN timestamp are left out. Only ties read `created`.
 *
 * @example featureRowIndex(Int32Array.of(0, 1, 0), 2, Float64Array.of(5, 1, 3)) // => {start: Int32Array [0, 2, 3], ts: Float64Array [3, 5, 1], row: Int32Array [2, 0, 1]}
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
  const row = new Int32Array(m);
  const sortedTs = new Float64Array(m);
  const fill = start.slice(0, size);
  for (let i = 0; i < n; i++) {
    const c = key[i]!;
    const t = ts[i]!;
    if (c < 0 || t !== t) continue;
    const p = fill[c]!++;
    row[p] = i;
    sortedTs[p] = t;
  }
  const slots = 2 ** Math.ceil(Math.log2(Math.max(largest, 1)));
  const packable = integral && (maxTs - minTs + 1) * slots <= Number.MAX_SAFE_INTEGER;
  const scratch = new Int32Array(largest);
  for (let c = 0; c < size; c++) {
    const s = start[c]!;
    const e = start[c + 1]!;
    if (!isSorted(sortedTs, s, e)) (packable ? sortPacked : sortCompared)(row, sortedTs, s, e, scratch, minTs, slots);
  }
  return dedupe(start, row, sortedTs, created);
}

function isSorted(ts: Float64Array, s: number, e: number): boolean {
  for (let p = s + 1; p < e; p++) if (ts[p]! < ts[p - 1]!) return false;
  return true;
}

/** Sorts one group by (timestamp, position) with a native sort of packed floats. */
function sortPacked(row: Int32Array, ts: Float64Array, s: number, e: number, scratch: Int32Array, minTs: number, slots: number): void {
  const packed = ts.subarray(s, e);
  scratch.set(row.subarray(s, e));
  for (let p = 0; p < packed.length; p++) packed[p] = (packed[p]! - minTs) * slots + p;
  packed.sort();
  for (let p = 0; p < packed.length; p++) {
    const local = packed[p]! % slots;
    row[s + p] = scratch[local]!;
    packed[p] = (packed[p]! - local) / slots + minTs;
  }
}

/** The same order for timestamps that do not pack (fractions, huge spans). */
function sortCompared(row: Int32Array, ts: Float64Array, s: number, e: number): void {
  const positions = Array.from({length: e - s}, (_, p) => s + p).sort((a, b) => ts[a]! - ts[b]! || a - b);
  const rows = positions.map((p) => row[p]!);
  const stamps = positions.map((p) => ts[p]!);
  row.set(rows, s);
  ts.set(stamps, s);
}

/** Keeps one row per (key, timestamp), compacting the arrays in place. */
function dedupe(start: Int32Array, row: Int32Array, ts: Float64Array, created?: Float64Array): FeatureRowIndex {
  const size = start.length - 1;
  let q = 0;
  let s = 0;
  for (let c = 0; c < size; c++) {
    const e = start[c + 1]!;
    start[c] = q;
    for (let p = s; p < e; ) {
      const t = ts[p]!;
      let best = row[p]!;
      if (p + 1 < e && ts[p + 1] === t) {
        let bestCreated = created ? orLowest(created[best]!) : 0;
        for (p++; p < e && ts[p] === t; p++) {
          const candidate = created ? orLowest(created[row[p]!]!) : 0;
          if (candidate >= bestCreated) {
            best = row[p]!;
            bestCreated = candidate;
          }
        }
      } else p++;
      ts[q] = t;
      row[q++] = best;
    }
    s = e;
  }
  start[size] = q;
  return {start, ts: ts.subarray(0, q), row: row.subarray(0, q)};
}

function orLowest(value: number): number {
  return value === value ? value : -Infinity;
}
