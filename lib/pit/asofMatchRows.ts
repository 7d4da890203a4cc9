/** Key codes and epoch-ms timestamps of one side of the join; NaN marks a null timestamp. */
export interface AsofSide {
  readonly key: Int32Array;
  readonly ts: Float64Array;
}

/**
 * For each spine row, the feature row a point-in-time join takes, or -1: equal key code
 * (>= 0), `t − ttl <= feature_ts <= t`, greatest feature_ts, then greatest created (NaN
 * lowest), then the later row. `size` bounds the key codes.
 *
 * The spine, the smaller side, is grouped by key and sorted by time; the features are
 * never sorted: each feature row, in row order, binary-searches its key's spine times for
 * the first spine row at or after it and keeps the best candidate there; a running best
 * along each key's spine times then answers every spine row. One pass over the features.
 * `spineRowsPerPartition` sizes the partitions (see partitionFeatures); tests set it small.
 *
 * @example asofMatchRows({key: Int32Array.of(0, 0), ts: Float64Array.of(5, 20)}, {key: Int32Array.of(0, 0, 0), ts: Float64Array.of(1, 5, 9)}, 1) // => Int32Array [1, 2]
 */
export function asofMatchRows(spine: AsofSide, features: AsofSide, size: number, ttlMs?: number, created?: Float64Array, spineRowsPerPartition = 8192): Int32Array {
  const {start, position, time} = groupSpine(spine, size);
  const q = position.length;
  const best = new Float64Array(2 * q);
  const bestRow = new Int32Array(q).fill(-1);
  const ttl = ttlMs ?? Infinity;
  const part = partitionFeatures(features, created, size, q / spineRowsPerPartition);
  for (let r = 0; r < part.key.length; r++) {
    const c = part.key[r]!;
    const f = part.ts[r]!;
    if (c < 0 || f !== f) continue;
    let lo = start[c]!;
    let hi = start[c + 1]!;
    if (lo === hi || f > time[hi - 1]!) continue;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (time[mid]! < f) lo = mid + 1;
      else hi = mid;
    }
    if (f < time[lo]! - ttl) continue;
    const cr = part.created === undefined ? 0 : part.created[r]! === part.created[r]! ? part.created[r]! : -Infinity;
    if (bestRow[lo]! < 0 || f > best[2 * lo]! || (f === best[2 * lo] && cr >= best[2 * lo + 1]!)) {
      best[2 * lo] = f;
      best[2 * lo + 1] = cr;
      bestRow[lo] = part.row === undefined ? r : part.row[r]!;
    }
  }
  const out = new Int32Array(spine.key.length).fill(-1);
  for (let c = 0; c < size; c++) {
    let row = -1;
    let rowTs = 0;
    for (let p = start[c]!; p < start[c + 1]!; p++) {
      if (bestRow[p]! >= 0) {
        row = bestRow[p]!;
        rowTs = best[2 * p]!;
      }
      if (row >= 0 && rowTs >= time[p]! - ttl) out[position[p]!] = row;
    }
  }
  return out;
}

/**
 * Valid feature rows copied into partitions of neighbouring key codes, in row order within
 * each, so that one partition's spine groups stay in cache while its rows are matched:
 * random loads from a spine of a million rows cost more than copying the features once.
 * A spine that fits in cache as a whole needs no partitions: the features are used as they are.
 */
function partitionFeatures({key, ts}: AsofSide, created: Float64Array | undefined, size: number, partitions: number): {key: Int32Array; ts: Float64Array; created?: Float64Array; row?: Int32Array} {
  const shift = Math.max(0, Math.floor(Math.log2(size / Math.max(partitions, 1))));
  const parts = (size >> shift) + 1;
  if (parts === 1) return {key, ts, ...(created ? {created} : {})};
  const fill = new Int32Array(parts + 1);
  for (let i = 0; i < key.length; i++) if (key[i]! >= 0 && ts[i] === ts[i]) fill[(key[i]! >> shift) + 1]!++;
  for (let p = 0; p < parts; p++) fill[p + 1]! += fill[p]!;
  const m = fill[parts]!;
  const out = {key: new Int32Array(m), ts: new Float64Array(m), row: new Int32Array(m), ...(created ? {created: new Float64Array(m)} : {})};
  for (let i = 0; i < key.length; i++) {
    const c = key[i]!;
    if (c < 0 || ts[i] !== ts[i]) continue;
    const r = fill[c >> shift]!++;
    out.key[r] = c;
    out.ts[r] = ts[i]!;
    out.row[r] = i;
    if (out.created) out.created[r] = created![i]!;
  }
  return out;
}

/** Spine rows with a key and a time, grouped by key code and sorted by time within a group. */
function groupSpine({key, ts}: AsofSide, size: number): {start: Int32Array; position: Int32Array; time: Float64Array} {
  const start = new Int32Array(size + 1);
  for (let i = 0; i < key.length; i++) if (key[i]! >= 0 && ts[i] === ts[i]) start[key[i]! + 1]!++;
  for (let c = 0; c < size; c++) start[c + 1]! += start[c]!;
  const position = new Int32Array(start[size]!);
  const time = new Float64Array(start[size]!);
  const fill = start.slice(0, size);
  for (let i = 0; i < key.length; i++) {
    if (key[i]! < 0 || ts[i] !== ts[i]) continue;
    const p = fill[key[i]!]!++;
    position[p] = i;
    time[p] = ts[i]!;
  }
  for (let c = 0; c < size; c++) sortByTime(position, time, start[c]!, start[c + 1]!);
  return {start, position, time};
}

function sortByTime(position: Int32Array, time: Float64Array, s: number, e: number): void {
  if (e - s <= 32) {
    for (let p = s + 1; p < e; p++) {
      const t = time[p]!;
      const i = position[p]!;
      let r = p - 1;
      for (; r >= s && time[r]! > t; r--) {
        time[r + 1] = time[r]!;
        position[r + 1] = position[r]!;
      }
      time[r + 1] = t;
      position[r + 1] = i;
    }
    return;
  }
  const order = Array.from({length: e - s}, (_, p) => s + p).sort((a, b) => time[a]! - time[b]!);
  const positions = order.map((p) => position[p]!);
  const times = order.map((p) => time[p]!);
  position.set(positions, s);
  time.set(times, s);
}
