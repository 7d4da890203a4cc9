import {DateUnit, makeData, makeVector, Null, TimeUnit, Type, type Data, type DataType, type Vector} from "apache-arrow";
import {fmix64, fnvByte, fnvBytes, fnvReset, fnvWord, mul64, type Hash64} from "./hash64.js";
import {feedBigInt, feedInt64, feedNumber, tag} from "./hashNumber.js";

/** Writes the 64-bit hash of row `index` of one Arrow chunk into `out`. */
export type ValueHasher = (index: number, out: Hash64) => void;

const encoder = new TextEncoder();

/** Microseconds per unit of a 64-bit timestamp, by TimeUnit (nanoseconds are handled apart). */
const microsPerUnit = [1_000_000, 1_000, 1];

/**
 * The value hasher of one Arrow chunk: null → tag null; numbers canonical (see
 * feedNumber); timestamps and dates → epoch microseconds as int64 (sub-µs nanos appended
 * only when non-zero), whatever their unit or zone; strings → their UTF-8 bytes, read
 * from the buffer without decoding; dictionaries → their values; anything else → JSON.
 * Each value's bytes go through FNV-1a-64, then fmix64.
 *
 * @example
 * const out = {hi: 0, lo: 0};
 * valueHasher(vectorFromArray([3, null], new Int32()).data[0])(0, out);
 * hex64(out) // => "3c5ee0380470492a"
 */
export function valueHasher(data: Data): ValueHasher {
  if (data.typeId === Type.Dictionary) return dictionaryHasher(data);
  const feed = valueFeeder(data);
  const isNull = nullTest(data);
  return (index, out) => {
    fnvReset(out);
    if (isNull(index)) fnvByte(out, tag.null);
    else feed(index, out);
    fmix64(out);
  };
}

/** Reads the validity bitmap directly: Data.getValid re-checks the type on every call. */
function nullTest(data: Data): (index: number) => boolean {
  if (data.typeId === Type.Null) return () => true;
  const bitmap = data.nullBitmap;
  if (data.nullCount === 0 || !bitmap || bitmap.length === 0) return () => false;
  const offset = data.offset;
  return (i) => ((bitmap[(offset + i) >> 3]! >> ((offset + i) & 7)) & 1) === 0;
}

type Feeder = (index: number, h: Hash64) => void;

function words(values: BigInt64Array | BigUint64Array | Int32Array): Uint32Array {
  return new Uint32Array(values.buffer, values.byteOffset, values.byteLength / 4);
}

function valueFeeder(data: Data): Feeder {
  const type: DataType = data.type;
  const id = type.typeId as Type;
  const values = data.values as any;
  if (id === Type.Null) return () => {};
  if (id === Type.Int || id === Type.Float) {
    if (type.ArrayType === BigInt64Array) {
      const w = words(values);
      return (i, h) => feedInt64(h, w[2 * i]!, w[2 * i + 1]!);
    }
    if (type.ArrayType === BigUint64Array) return (i, h) => feedBigInt(h, values[i] as bigint);
    if ((type as any).precision === 0) return (i, h) => feedNumber(h, makeVector(data).get(i) as number);
    return (i, h) => feedNumber(h, values[i] as number);
  }
  if (id === Type.Timestamp || id === Type.Date) return timeFeeder(data);
  if (id === Type.Utf8 || id === Type.LargeUtf8) {
    const offsets = data.valueOffsets as Int32Array | BigInt64Array;
    return (i, h) => {
      fnvByte(h, tag.string);
      fnvBytes(h, values, Number(offsets[i]), Number(offsets[i + 1]));
    };
  }
  if (id === Type.Bool) {
    return (i, h) => {
      const bit = data.offset + i;
      fnvByte(h, tag.bool);
      fnvByte(h, (values[bit >> 3] >> (bit & 7)) & 1);
    };
  }
  if (id === Type.Decimal) {
    const scale = 10 ** (type as any).scale;
    const vector = makeVector(data);
    return (i, h) => feedNumber(h, Number(BigInt(String(vector.get(i)))) / scale);
  }
  if (id === Type.Binary || id === Type.LargeBinary || id === Type.FixedSizeBinary) {
    const vector = makeVector(data);
    return (i, h) => {
      fnvByte(h, tag.bytes);
      fnvBytes(h, vector.get(i) as Uint8Array);
    };
  }
  const vector = makeVector(data);
  return (i, h) => {
    fnvByte(h, tag.other);
    fnvBytes(h, encoder.encode(JSON.stringify(vector.get(i), (_k, v) => (typeof v === "bigint" ? String(v) : v))));
  };
}

function timeFeeder(data: Data): Feeder {
  const type = data.type as any;
  const values = data.values as any;
  const scratch: Hash64 = {hi: 0, lo: 0};
  const emit = (h: Hash64, lo: number, hi: number) => {
    fnvByte(h, tag.timestamp);
    fnvWord(h, lo);
    fnvWord(h, hi);
  };
  if (type.typeId === Type.Date && type.unit === DateUnit.DAY) {
    return (i, h) => {
      const days = values[i] as number;
      scratch.lo = days >>> 0;
      scratch.hi = days < 0 ? 0xffffffff : 0;
      mul64(scratch, 0x14, 0x1dd76000); // 86_400_000_000 µs per day
      emit(h, scratch.lo, scratch.hi);
    };
  }
  if (type.typeId === Type.Timestamp && type.unit === TimeUnit.NANOSECOND) {
    return (i, h) => {
      const ns = values[i] as bigint;
      let micros = ns / 1000n;
      if (ns < micros * 1000n) micros -= 1n; // floor for instants before 1970
      const rest = Number(ns - micros * 1000n);
      emit(h, Number(micros & 0xffffffffn), Number((micros >> 32n) & 0xffffffffn));
      if (rest !== 0) fnvWord(h, rest);
    };
  }
  const factor = type.typeId === Type.Date ? 1_000 : microsPerUnit[type.unit];
  if (factor === undefined) throw new Error(`valueHasher requires a date, time or timestamp type with a known unit, got ${data.type}`);
  const w = words(values);
  return (i, h) => {
    scratch.lo = w[2 * i]!;
    scratch.hi = w[2 * i + 1]!;
    mul64(scratch, 0, factor);
    emit(h, scratch.lo, scratch.hi);
  };
}

/** A dictionary's values are hashed once each; a row then copies its entry's hash. */
function dictionaryHasher(data: Data): ValueHasher {
  const dictionary = data.dictionary as Vector;
  const his = new Uint32Array(dictionary.length);
  const los = new Uint32Array(dictionary.length);
  const out: Hash64 = {hi: 0, lo: 0};
  let at = 0;
  for (const chunk of dictionary.data) {
    const hash = valueHasher(chunk);
    for (let j = 0; j < chunk.length; ++j, ++at) {
      hash(j, out);
      his[at] = out.hi;
      los[at] = out.lo;
    }
  }
  const indices = data.values as ArrayLike<number | bigint>;
  const nullHash = valueHasher(makeData({type: new Null(), length: 1}));
  const isNull = nullTest(data);
  return (i, h) => {
    if (isNull(i)) return nullHash(0, h);
    const k = Number(indices[i]);
    h.hi = his[k]!;
    h.lo = los[k]!;
  };
}
