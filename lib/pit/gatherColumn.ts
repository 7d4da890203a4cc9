import {DataType, makeData, makeVector, vectorFromArray, type Data, type Vector} from "apache-arrow";
import {isValid} from "./readColumn.js";

/**
 * Takes rows of an Arrow column by index (-1 gives null), keeping its type: fixed-width
 * values, strings and dictionary indices are copied buffer to buffer from any number of
 * chunks; other types go through a builder.
 *
 * @example gatherColumn(vectorFromArray(["a", "b"]), Int32Array.of(1, -1, 0)).toArray() // => ["b", null, "a"]
 */
export function gatherColumn(vector: Vector, rows: Int32Array): Vector {
  const chunks = vector.data;
  const type = vector.type;
  const sameDictionary = chunks.every((chunk) => chunk.dictionary === chunks[0]?.dictionary);
  if (chunks.length === 0) return vectorFromArray(Array.from(rows, () => null), type);
  if (isFixedWidth(type) || (DataType.isDictionary(type) && sameDictionary && chunks[0]?.dictionary)) {
    return makeVector(gatherFixed(chunks, locateRows(chunks, rows)));
  }
  if (DataType.isUtf8(type)) return makeVector(gatherUtf8(chunks, locateRows(chunks, rows)));
  return vectorFromArray(Array.from(rows, (row) => (row < 0 ? null : vector.get(row))), type);
}

function isFixedWidth(type: DataType): boolean {
  return DataType.isInt(type) || DataType.isFloat(type) || DataType.isTimestamp(type) || DataType.isDate(type)
    || DataType.isTime(type) || DataType.isDecimal(type) || DataType.isDuration(type);
}

/** Where each wanted row lives: its chunk (-1 for a null) and its index in that chunk. */
interface Located {
  chunk: Int32Array;
  local: Int32Array;
}

function gatherFixed(chunks: readonly Data[], {chunk, local}: Located): Data {
  const n = chunk.length;
  const first = chunks[0]!;
  const stride = first.stride;
  const values = new (first.values.constructor as Int32ArrayConstructor)(n * stride);
  const nullBitmap = new Uint8Array((n + 7) >> 3);
  let nullCount = 0;
  for (let i = 0; i < n; i++) {
    const c = chunk[i]!;
    const row = local[i]!;
    if (c < 0 || !isValid(chunks[c]!, row)) { nullCount++; continue; }
    nullBitmap[i >> 3]! |= 1 << (i & 7);
    const source = chunks[c]!.values as Int32Array;
    if (stride === 1) values[i] = source[row]!;
    else for (let k = 0; k < stride; k++) values[i * stride + k] = source[row * stride + k]!;
  }
  return makeData({type: first.type, length: n, nullCount, nullBitmap, data: values, dictionary: first.dictionary} as never);
}

function gatherUtf8(chunks: readonly Data[], {chunk, local}: Located): Data {
  const n = chunk.length;
  const valueOffsets = new Int32Array(n + 1);
  const nullBitmap = new Uint8Array((n + 7) >> 3);
  let nullCount = 0;
  for (let i = 0; i < n; i++) {
    const c = chunk[i]!;
    const present = c >= 0 && isValid(chunks[c]!, local[i]!);
    let length = 0;
    if (present) {
      const offsets = chunks[c]!.valueOffsets as Int32Array;
      length = offsets[local[i]! + 1]! - offsets[local[i]!]!;
      nullBitmap[i >> 3]! |= 1 << (i & 7);
    } else nullCount++;
    valueOffsets[i + 1] = valueOffsets[i]! + length;
  }
  const values = new Uint8Array(valueOffsets[n]!);
  for (let i = 0; i < n; i++) {
    if (valueOffsets[i + 1] === valueOffsets[i]) continue;
    const {valueOffsets: offsets, values: bytes} = chunks[chunk[i]!]! as {valueOffsets: Int32Array; values: Uint8Array};
    values.set(bytes.subarray(offsets[local[i]!]!, offsets[local[i]! + 1]!), valueOffsets[i]!);
  }
  return makeData({type: chunks[0]!.type, length: n, nullCount, nullBitmap, valueOffsets, data: values} as never);
}

function locateRows(chunks: readonly Data[], rows: Int32Array): Located {
  const chunk = new Int32Array(rows.length);
  if (chunks.length === 1) {
    for (let i = 0; i < rows.length; i++) chunk[i] = rows[i]! < 0 ? -1 : 0;
    return {chunk, local: rows};
  }
  const ends: number[] = [];
  chunks.reduce((end, data) => (ends.push(end + data.length), end + data.length), 0);
  const local = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row < 0) { chunk[i] = -1; continue; }
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! > row) hi = mid;
      else lo = mid + 1;
    }
    chunk[i] = lo;
    local[i] = row - (lo === 0 ? 0 : ends[lo - 1]!);
  }
  return {chunk, local};
}
