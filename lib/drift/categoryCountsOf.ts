import {DataType, type Vector} from "apache-arrow";
import {categoryCounts} from "./categoricalBinning.js";
import {textValues} from "./columnKind.js";

const decoder = new TextDecoder();

/**
 * How many times each category occurs in an Arrow column, and how many nulls: the counts
 * `categoryCounts(textValues(vector))` gives, without decoding every row: a UTF-8 column is
 * counted by its bytes (FNV-1a hash, then a byte comparison) and each distinct value decoded
 * once; other kinds (dictionaries, booleans) go through textValues.
 *
 * @example categoryCountsOf(vectorFromArray(["b", "a", null, "b"])) // => {counts: Map {"b" => 2, "a" => 1}, nulls: 1}
 */
export function categoryCountsOf(vector: Vector): {counts: Map<string, number>; nulls: number} {
  if (!DataType.isUtf8(vector.type)) {
    const values = textValues(vector);
    const counts = categoryCounts(values);
    let n = 0;
    for (const c of counts.values()) n += c;
    return {counts, nulls: values.length - n};
  }
  const counts = new Map<string, number>();
  let nulls = 0;
  for (const data of vector.data) {
    const offsets = data.valueOffsets as Int32Array, bytes = data.values as Uint8Array;
    const buckets = new Map<number, {start: number; end: number; count: number}[]>();
    for (let i = 0; i < data.length; i++) {
      if (!data.getValid(i)) {
        nulls++;
        continue;
      }
      const start = offsets[i]!, end = offsets[i + 1]!;
      let h = 0x811c9dc5;
      for (let k = start; k < end; k++) h = Math.imul(h ^ bytes[k]!, 0x01000193);
      let bucket = buckets.get(h);
      if (!bucket) buckets.set(h, (bucket = []));
      const entry = bucket.find((e) => sameBytes(bytes, e.start, e.end, start, end));
      if (entry) entry.count++;
      else bucket.push({start, end, count: 1});
    }
    for (const bucket of buckets.values()) {
      for (const e of bucket) {
        const key = decoder.decode(bytes.subarray(e.start, e.end));
        counts.set(key, (counts.get(key) ?? 0) + e.count);
      }
    }
  }
  return {counts, nulls};
}

function sameBytes(bytes: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let k = 0; k < aEnd - a; k++) if (bytes[a + k] !== bytes[b + k]) return false;
  return true;
}
