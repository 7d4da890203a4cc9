import {DataType, Float64, Utf8, makeData, makeVector, vectorFromArray, type Vector} from "apache-arrow";
import {numericValues, textValues} from "../drift/columnKind.js";
import type {InputKind} from "./preprocessSpec.js";

/** A column while a spec runs: numbers and times as doubles (NaN = null), text as strings or null. */
export type PreprocessColumn = {kind: "numeric" | "timestamp"; values: Float64Array} | {kind: "text"; values: (string | null)[]};

/**
 * What a transform can read from an Arrow type: ints and floats are numeric, utf8,
 * dictionaries of utf8 and booleans text, timestamps and dates timestamp; else null.
 *
 * @example inputKind(new Utf8()) // => "text"
 */
export function inputKind(type: DataType): InputKind | null {
  if (DataType.isInt(type) || DataType.isFloat(type)) return "numeric";
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type) || DataType.isBool(type)) return "text";
  if (DataType.isDictionary(type)) return DataType.isUtf8(type.dictionary) ? "text" : null;
  if (DataType.isTimestamp(type) || DataType.isDate(type)) return "timestamp";
  return null;
}

/**
 * An Arrow column read as `kind`: numbers with nulls as NaN, times as epoch milliseconds.
 *
 * @example readPreprocessColumn(vectorFromArray([1, null]), "numeric").values // => Float64Array [1, NaN]
 */
export function readPreprocessColumn(vector: Vector, kind: InputKind): PreprocessColumn {
  if (kind === "text") return {kind, values: DataType.isUtf8(vector.type) ? utf8Values(vector) : textValues(vector)};
  if (kind === "numeric") return {kind, values: numericValues(vector)};
  const values = new Float64Array(vector.length);
  for (let i = 0; i < vector.length; i++) {
    const v = vector.get(i) as unknown;
    values[i] = v === null || v === undefined ? NaN : v instanceof Date ? v.getTime() : Number(v);
  }
  return {kind, values};
}

/**
 * A column as an Arrow vector: Float64 with NaN as null, or Utf8.
 *
 * @example [...preprocessVector({kind: "numeric", values: Float64Array.of(1, NaN)})] // => [1, null]
 */
export function preprocessVector(column: PreprocessColumn): Vector {
  if (column.kind === "text") return vectorFromArray(column.values, new Utf8());
  const values = column.values, n = values.length;
  const bitmap = new Uint8Array((n + 7) >> 3);
  let nulls = 0;
  for (let i = 0; i < n; i++) {
    if (values[i] === values[i]) bitmap[i >> 3]! |= 1 << (i & 7);
    else nulls++;
  }
  return makeVector(makeData({type: new Float64(), length: n, nullCount: nulls, nullBitmap: nulls ? bitmap : null, data: values}));
}

const decoder = new TextDecoder();

/**
 * A Utf8 column as strings, each distinct value decoded once (rows are matched by an FNV-1a
 * hash of their bytes, then compared byte for byte): categories repeat, and decoding every
 * row was most of the serving path's time on text.
 *
 * @example utf8Values(vectorFromArray(["b", null, "b"], new Utf8())) // => ["b", null, "b"]
 */
export function utf8Values(vector: Vector): (string | null)[] {
  const out = new Array<string | null>(vector.length);
  let row = 0;
  for (const data of vector.data) {
    const offsets = data.valueOffsets as Int32Array, bytes = data.values as Uint8Array;
    const seen = new Map<number, {start: number; end: number; text: string}[]>();
    for (let i = 0; i < data.length; i++, row++) {
      if (!data.getValid(i)) {
        out[row] = null;
        continue;
      }
      const start = offsets[i]!, end = offsets[i + 1]!;
      let h = 0x811c9dc5;
      for (let k = start; k < end; k++) h = Math.imul(h ^ bytes[k]!, 0x01000193);
      let bucket = seen.get(h);
      if (!bucket) seen.set(h, (bucket = []));
      let text: string | undefined;
      for (const e of bucket) if (sameBytes(bytes, e.start, e.end, start, end)) text = e.text;
      if (text === undefined) bucket.push({start, end, text: (text = decoder.decode(bytes.subarray(start, end)))});
      out[row] = text;
    }
  }
  return out;
}

function sameBytes(bytes: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let k = 0; k < aEnd - a; k++) if (bytes[a + k] !== bytes[b + k]) return false;
  return true;
}
