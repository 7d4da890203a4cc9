import {Bool, Float64, Int32, TimestampMillisecond, Utf8, makeData, makeVector} from "apache-arrow";
import type {Vector} from "apache-arrow";

// Column builders: typed arrays in, Arrow vectors out, no per-row objects. NaN marks a null.

/**
 * An Int32 column (ids, counts).
 *
 * @example
 * int32Column(Int32Array.of(1, 2)).get(1) // => 2
 */
export function int32Column(values: Int32Array): Vector<Int32> {
  return makeVector(values);
}

/**
 * A Float64 column; NaN entries become nulls.
 *
 * @example
 * float64Column(Float64Array.of(1.5, NaN)).nullCount // => 1
 */
export function float64Column(values: Float64Array): Vector<Float64> {
  const [nullBitmap, nullCount] = validity(values);
  return makeVector(makeData({type: new Float64(), length: values.length, data: values, nullBitmap, nullCount}));
}

/**
 * A TimestampMillisecond column (no zone: DuckDB reads TIMESTAMP, a UTC instant) from
 * epoch milliseconds; NaN entries become nulls.
 *
 * @example
 * timestampColumn(Float64Array.of(Date.UTC(2026, 0, 1))).get(0) // => 1767225600000
 */
export function timestampColumn(epochMs: Float64Array): Vector<TimestampMillisecond> {
  const [nullBitmap, nullCount] = validity(epochMs);
  const n = epochMs.length;
  const data = new BigInt64Array(n);
  const words = new Int32Array(data.buffer);
  for (let i = 0; i < n; ++i) {
    const ms = epochMs[i]!;
    if (ms !== ms) continue;
    if (littleEndian) {
      const hi = Math.floor(ms / 2 ** 32);
      words[2 * i] = (ms - hi * 2 ** 32) | 0;
      words[2 * i + 1] = hi;
    } else {
      data[i] = BigInt(ms);
    }
  }
  return makeVector(makeData({type: new TimestampMillisecond(), length: n, data, nullBitmap, nullCount}));
}

/**
 * A Utf8 column from small integer codes into `labels` (segment, category, channel…).
 *
 * @example
 * utf8Column(Uint8Array.of(1, 0), ["web", "pos"]).toArray() // => ["pos", "web"]
 */
export function utf8Column(codes: ArrayLike<number>, labels: readonly string[]): Vector<Utf8> {
  const encoder = new TextEncoder();
  const bytes = labels.map((label) => encoder.encode(label));
  const n = codes.length;
  const valueOffsets = new Int32Array(n + 1);
  for (let i = 0; i < n; ++i) valueOffsets[i + 1] = valueOffsets[i]! + bytes[codes[i]!]!.length;
  const data = new Uint8Array(valueOffsets[n]!);
  for (let i = 0; i < n; ++i) {
    const label = bytes[codes[i]!]!;
    for (let b = 0, at = valueOffsets[i]!; b < label.length; ++b) data[at + b] = label[b]!;
  }
  return makeVector(makeData({type: new Utf8(), length: n, valueOffsets, data}));
}

/**
 * A Bool column from 0/1 bytes.
 *
 * @example
 * boolColumn(Uint8Array.of(0, 1)).get(1) // => true
 */
export function boolColumn(flags: Uint8Array): Vector<Bool> {
  const n = flags.length;
  const data = new Uint8Array((n + 7) >> 3);
  for (let i = 0; i < n; ++i) if (flags[i]) data[i >> 3]! |= 1 << (i & 7);
  return makeVector(makeData({type: new Bool(), length: n, data}));
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Arrow's validity bitmap for NaN-as-null values; no bitmap when nothing is null. */
function validity(values: Float64Array): [Uint8Array | undefined, number] {
  const n = values.length;
  let nulls = 0;
  for (let i = 0; i < n; ++i) if (values[i] !== values[i]) ++nulls;
  if (nulls === 0) return [undefined, 0];
  const bitmap = new Uint8Array((n + 7) >> 3);
  for (let i = 0; i < n; ++i) if (values[i] === values[i]) bitmap[i >> 3]! |= 1 << (i & 7);
  return [bitmap, nulls];
}
