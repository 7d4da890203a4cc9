import {DataType, DateUnit, TimeUnit, type Data, type Vector} from "apache-arrow";

const msPerUnit: Record<number, number> = {[TimeUnit.SECOND]: 1_000, [TimeUnit.MILLISECOND]: 1, [TimeUnit.MICROSECOND]: 1e-3, [TimeUnit.NANOSECOND]: 1e-6};

/**
 * Whether `readNumberColumn` reads this type without a per-row getter: ints, floats
 * (not float16), dates, timestamps.
 *
 * @example [isNumberType(new Int32()), isNumberType(new Utf8())] // => [true, false]
 */
export function isNumberType(type: DataType): boolean {
  return DataType.isInt(type) || (DataType.isFloat(type) && type.precision > 0) || DataType.isTimestamp(type) || DataType.isDate(type);
}

/**
 * A numeric Arrow column as one Float64Array, NaN for nulls. Timestamps and dates become
 * epoch milliseconds (microseconds and nanoseconds as fractions); 64-bit integers are read
 * from their two 32-bit halves, exact below 2^53.
 *
 * @example readNumberColumn(vectorFromArray([1, null], new Int32())) // => Float64Array [1, NaN]
 */
export function readNumberColumn(vector: Vector): Float64Array {
  if (!isNumberType(vector.type)) throw new TypeError(`readNumberColumn requires an int, float, date or timestamp column, got ${vector.type}`);
  const out = new Float64Array(vector.length);
  let start = 0;
  for (const data of vector.data) {
    readChunk(data, out, start);
    start += data.length;
  }
  return out;
}

function readChunk(data: Data, out: Float64Array, start: number): void {
  const {type, length} = data;
  const values = data.values as ArrayLike<number> & {buffer: ArrayBuffer; byteOffset: number};
  let scale = 1;
  if (DataType.isTimestamp(type)) scale = msPerUnit[type.unit]!;
  else if (DataType.isDate(type) && type.unit === DateUnit.DAY) scale = 86_400_000;
  if (values instanceof BigInt64Array || values instanceof BigUint64Array) {
    const halves = new Uint32Array(values.buffer, values.byteOffset, length * 2);
    const signed = values instanceof BigInt64Array;
    for (let i = 0; i < length; i++) {
      const high = halves[2 * i + 1]!;
      out[start + i] = ((signed ? high | 0 : high) * 4294967296 + halves[2 * i]!) * scale;
    }
  } else if (scale === 1) {
    out.set((values as unknown as Float64Array).subarray(0, length), start);
  } else {
    for (let i = 0; i < length; i++) out[start + i] = values[i]! * scale;
  }
  if (data.nullCount > 0) {
    const bitmap = data.nullBitmap!;
    for (let i = 0; i < length; i++) {
      const bit = data.offset + i;
      if (!((bitmap[bit >> 3]! >> (bit & 7)) & 1)) out[start + i] = NaN;
    }
  }
}

/**
 * A column of integers that fit Int32 and has no nulls, as one Int32Array (copied once);
 * undefined for anything else. The fast path for the usual join key: an Int32 id.
 *
 * @example readInt32Column(vectorFromArray([1, 2], new Int32())) // => Int32Array [1, 2]
 */
export function readInt32Column(vector: Vector): Int32Array | undefined {
  const {type} = vector;
  if (!DataType.isInt(type) || type.bitWidth > 32 || (type.bitWidth === 32 && !type.isSigned) || vector.nullCount > 0) return undefined;
  const out = new Int32Array(vector.length);
  let start = 0;
  for (const data of vector.data) {
    out.set((data.values as Int32Array).subarray(0, data.length), start);
    start += data.length;
  }
  return out;
}

/**
 * Any Arrow column as plain values (null for nulls), decoding dictionaries once per chunk.
 *
 * @example readValueColumn(vectorFromArray(["a", null, "a"], new Dictionary(new Utf8(), new Int32()))) // => ["a", null, "a"]
 */
export function readValueColumn(vector: Vector): unknown[] {
  const out: unknown[] = new Array(vector.length);
  let start = 0;
  for (const data of vector.data) {
    if (DataType.isDictionary(data.type) && data.dictionary) {
      const dictionary = data.dictionary.toArray() as unknown[];
      const indices = data.values as ArrayLike<number>;
      for (let i = 0; i < data.length; i++) out[start + i] = isValid(data, i) ? dictionary[Number(indices[i])] : null;
    } else {
      const chunk = vector.data.length === 1 ? vector : vector.slice(start, start + data.length);
      for (let i = 0; i < data.length; i++) out[start + i] = chunk.get(i) ?? null;
    }
    start += data.length;
  }
  return out;
}

/**
 * Whether row `i` of one chunk holds a value, read from its validity bitmap.
 *
 * @example isValid(vectorFromArray([1, null], new Int32()).data[0], 1) // => false
 */
export function isValid(data: Data, i: number): boolean {
  if (data.nullCount === 0 || !data.nullBitmap || data.nullBitmap.length === 0) return true;
  const bit = data.offset + i;
  return ((data.nullBitmap[bit >> 3]! >> (bit & 7)) & 1) === 1;
}
