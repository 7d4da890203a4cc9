import bindings from "@duckdb/node-bindings";
import type {Vector as RawVector} from "@duckdb/node-bindings";
import {DuckDBTypeId, type DuckDBDecimalType, type DuckDBListType, type DuckDBType} from "@duckdb/node-api";
import * as arrow from "apache-arrow";
import {decimalToDouble} from "./decimalToDouble.js";
import {ValidityBuilder} from "./validityBuilder.js";

/** Collects one result column, chunk by chunk, straight from DuckDB's vectors into Arrow buffers. */
export interface ColumnBuilder {
  readonly type: arrow.DataType;
  append(vector: RawVector, count: number): void;
  finish(): arrow.Data;
}

type Fixed = {width: number; arrow: () => arrow.DataType};
// The Arrow type for each DuckDB type is the one duckdb-wasm's Arrow export gives it.
const FIXED: Partial<Record<DuckDBTypeId, Fixed>> = {
  [DuckDBTypeId.TINYINT]: {width: 1, arrow: () => new arrow.Int8()},
  [DuckDBTypeId.SMALLINT]: {width: 2, arrow: () => new arrow.Int16()},
  [DuckDBTypeId.INTEGER]: {width: 4, arrow: () => new arrow.Int32()},
  [DuckDBTypeId.BIGINT]: {width: 8, arrow: () => new arrow.Int64()},
  [DuckDBTypeId.UTINYINT]: {width: 1, arrow: () => new arrow.Uint8()},
  [DuckDBTypeId.USMALLINT]: {width: 2, arrow: () => new arrow.Uint16()},
  [DuckDBTypeId.UINTEGER]: {width: 4, arrow: () => new arrow.Uint32()},
  [DuckDBTypeId.UBIGINT]: {width: 8, arrow: () => new arrow.Uint64()},
  [DuckDBTypeId.FLOAT]: {width: 4, arrow: () => new arrow.Float32()},
  [DuckDBTypeId.DOUBLE]: {width: 8, arrow: () => new arrow.Float64()},
  [DuckDBTypeId.DATE]: {width: 4, arrow: () => new arrow.DateDay()},
  [DuckDBTypeId.TIME]: {width: 8, arrow: () => new arrow.TimeMicrosecond()},
  [DuckDBTypeId.TIMESTAMP]: {width: 8, arrow: () => new arrow.TimestampMicrosecond()},
  [DuckDBTypeId.TIMESTAMP_S]: {width: 8, arrow: () => new arrow.TimestampSecond()},
  [DuckDBTypeId.TIMESTAMP_MS]: {width: 8, arrow: () => new arrow.TimestampMillisecond()},
  [DuckDBTypeId.TIMESTAMP_NS]: {width: 8, arrow: () => new arrow.TimestampNanosecond()},
  [DuckDBTypeId.TIMESTAMP_TZ]: {width: 8, arrow: () => new arrow.TimestampMicrosecond("UTC")},
};

/** A builder for a DuckDB result type, or null when there is no agreed Arrow type for it. */
export function columnBuilder(type: DuckDBType): ColumnBuilder | null {
  const fixed = FIXED[type.typeId];
  if (fixed) return new FixedBuilder(fixed.arrow(), fixed.width);
  switch (type.typeId) {
    case DuckDBTypeId.BOOLEAN:
      return new BoolBuilder();
    case DuckDBTypeId.VARCHAR:
      return new BytesBuilder(new arrow.Utf8());
    case DuckDBTypeId.BLOB:
      return new BytesBuilder(new arrow.Binary());
    case DuckDBTypeId.HUGEINT:
      return new DoubleBuilder(16, 0);
    case DuckDBTypeId.DECIMAL: {
      const {width, scale} = type as DuckDBDecimalType;
      return new DoubleBuilder(width <= 4 ? 2 : width <= 9 ? 4 : width <= 18 ? 8 : 16, scale);
    }
    case DuckDBTypeId.SQLNULL:
      return new NullBuilder();
    case DuckDBTypeId.LIST: {
      const child = columnBuilder((type as DuckDBListType).valueType);
      return child && new ListBuilder(child);
    }
    default:
      return null;
  }
}

/** A growable byte buffer. */
class Bytes {
  bytes = new Uint8Array(1024);
  length = 0;
  reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }
  push(chunk: Uint8Array): void {
    this.reserve(chunk.length);
    this.bytes.set(chunk, this.length);
    this.length += chunk.length;
  }
  // Copies, so the result owns an aligned buffer of its own.
  view<T>(ctor: {new (buffer: ArrayBuffer): T}): T {
    return new ctor(this.bytes.slice(0, this.length).buffer);
  }
}

class FixedBuilder implements ColumnBuilder {
  private readonly data = new Bytes();
  private readonly validity = new ValidityBuilder();
  constructor(readonly type: arrow.DataType, private readonly width: number) {}
  append(vector: RawVector, count: number): void {
    this.data.push(bindings.vector_get_data(vector, count * this.width));
    this.validity.append(vector, count);
  }
  finish(): arrow.Data {
    const ctor = (this.type as arrow.DataType & {ArrayType: {new (b: ArrayBuffer): ArrayBufferView}}).ArrayType;
    return arrow.makeData({type: this.type, length: this.validity.length, data: this.data.view(ctor) as never, ...this.validity.finish()} as never);
  }
}

class BoolBuilder implements ColumnBuilder {
  readonly type = new arrow.Bool();
  private readonly bits = new ValidityBuilder();
  private readonly validity = new ValidityBuilder();
  append(vector: RawVector, count: number): void {
    this.bits.appendBytes(bindings.vector_get_data(vector, count), count);
    this.validity.append(vector, count);
  }
  finish(): arrow.Data {
    const length = this.validity.length;
    return arrow.makeData({type: this.type, length, data: this.bits.bitmap(), ...this.validity.finish()});
  }
}

// HUGEINT and DECIMAL as Float64, bit for bit as duckdb-wasm's castDecimalToDouble returns
// them: it converts through Arrow C++'s Decimal128 → double, which multiplies by the double
// 1e-scale (522044 at scale 2 gives 5220.4400000000005, where DuckDB's own cast gives 5220.44).
class DoubleBuilder implements ColumnBuilder {
  readonly type = new arrow.Float64();
  private values = new Float64Array(1024);
  private length = 0;
  private readonly validity = new ValidityBuilder();
  constructor(private readonly width: number, private readonly scale: number) {}
  append(vector: RawVector, count: number): void {
    const raw = bindings.vector_get_data(vector, count * this.width);
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    if (this.length + count > this.values.length) {
      const next = new Float64Array(Math.max(this.values.length * 2, this.length + count));
      next.set(this.values.subarray(0, this.length));
      this.values = next;
    }
    for (let i = 0; i < count; i++) this.values[this.length + i] = decimalToDouble(readInteger(view, i * this.width, this.width), this.scale);
    this.length += count;
    this.validity.append(vector, count);
  }
  finish(): arrow.Data {
    return arrow.makeData({type: this.type, length: this.length, data: this.values.slice(0, this.length), ...this.validity.finish()});
  }
}

/** `offsets` with its first `used` entries, grown (doubling) when `more` entries do not fit. */
function withRoom(offsets: Int32Array<ArrayBuffer>, used: number, more: number): Int32Array<ArrayBuffer> {
  if (used + more <= offsets.length) return offsets;
  const next = new Int32Array(Math.max(offsets.length * 2, used + more));
  next.set(offsets.subarray(0, used));
  return next;
}

function readInteger(view: DataView, offset: number, width: number): number | bigint {
  switch (width) {
    case 2:
      return view.getInt16(offset, true);
    case 4:
      return view.getInt32(offset, true);
    case 8:
      return view.getBigInt64(offset, true);
    default:
      return (view.getBigInt64(offset + 8, true) << 64n) | view.getBigUint64(offset, true);
  }
}

// VARCHAR and BLOB: DuckDB's 16-byte string_t holds the length, then the bytes inline
// (up to 12) or a 4-byte prefix and a pointer to them. Bytes are copied as they are,
// nothing is decoded. Out-of-line strings of a chunk mostly sit back to back in DuckDB's
// string heap, so each run of adjacent strings is copied with one call.
class BytesBuilder implements ColumnBuilder {
  private readonly data = new Bytes();
  private offsets = new Int32Array(1025);
  private count = 0;
  private readonly validity = new ValidityBuilder();
  constructor(readonly type: arrow.Utf8 | arrow.Binary) {}
  append(vector: RawVector, count: number): void {
    const raw = bindings.vector_get_data(vector, count * 16);
    const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    const valid = bindings.vector_get_validity(vector, Math.ceil(count / 64) * 8);
    this.offsets = withRoom(this.offsets, this.count + 1, count);
    const data = this.data;
    let total = data.length;
    let runRow = -1; // first row of the pending run of adjacent out-of-line strings
    let runBytes = 0;
    let runEnd = 0; // address just past the run
    const flush = () => {
      if (runRow < 0) return;
      data.push(bindings.get_data_from_pointer(raw.buffer as ArrayBuffer, raw.byteOffset + runRow * 16 + 8, runBytes));
      runRow = -1;
    };
    for (let i = 0; i < count; i++) {
      if (!valid || (valid[i >> 3]! >> (i & 7)) & 1) {
        const at = i * 16;
        const length = view.getUint32(at, true);
        if (length <= 12) {
          flush();
          data.reserve(length);
          for (let k = 0; k < length; k++) data.bytes[data.length + k] = raw[at + 4 + k]!;
          data.length += length;
        } else {
          const address = view.getUint32(at + 8, true) + view.getUint32(at + 12, true) * 4294967296;
          if (runRow >= 0 && address === runEnd) runBytes += length;
          else {
            flush();
            [runRow, runBytes] = [i, length];
          }
          runEnd = address + length;
        }
        total += length;
      }
      this.offsets[this.count + i + 1] = total;
    }
    flush();
    this.count += count;
    this.validity.append(vector, count);
  }
  finish(): arrow.Data {
    const data = this.data.bytes.slice(0, this.data.length);
    return arrow.makeData({type: this.type, length: this.count, valueOffsets: this.offsets.slice(0, this.count + 1), data, ...this.validity.finish()} as never);
  }
}

// `select null` has DuckDB type NULL; duckdb-wasm returns it as an all-null Int32 column.
class NullBuilder implements ColumnBuilder {
  readonly type = new arrow.Int32();
  private length = 0;
  append(_vector: RawVector, count: number): void {
    this.length += count;
  }
  finish(): arrow.Data {
    return arrow.makeData({type: this.type, length: this.length, nullCount: this.length, nullBitmap: new Uint8Array(Math.ceil(this.length / 8))});
  }
}

// DuckDB lists: a list_entry_t {offset, length: uint64} per row over one child vector,
// which the C API hands over flat and in row order. The child field is named "l", as in
// duckdb-wasm's results.
class ListBuilder implements ColumnBuilder {
  readonly type: arrow.List;
  private offsets = new Int32Array(1025);
  private count = 0;
  private childLength = 0;
  private readonly validity = new ValidityBuilder();
  constructor(private readonly child: ColumnBuilder) {
    this.type = new arrow.List(new arrow.Field("l", child.type, true));
  }
  append(vector: RawVector, count: number): void {
    const entries = new BigUint64Array(bindings.vector_get_data(vector, count * 16).slice().buffer);
    const valid = bindings.vector_get_validity(vector, Math.ceil(count / 64) * 8);
    const childCount = bindings.list_vector_get_size(vector);
    this.offsets = withRoom(this.offsets, this.count + 1, count);
    let running = 0;
    for (let i = 0; i < count; i++) {
      if (!valid || (valid[i >> 3]! >> (i & 7)) & 1) {
        if (Number(entries[2 * i]) !== running) throw new Error("Not implemented Error: a LIST whose entries are out of order");
        running += Number(entries[2 * i + 1]);
      }
      this.offsets[this.count + i + 1] = this.childLength + running;
    }
    if (running !== childCount) throw new Error("Not implemented Error: a LIST with unused child values");
    this.child.append(bindings.list_vector_get_child(vector), childCount);
    this.childLength += childCount;
    this.count += count;
    this.validity.append(vector, count);
  }
  finish(): arrow.Data {
    const child = this.child.finish();
    return arrow.makeData({type: this.type, length: this.count, valueOffsets: this.offsets.slice(0, this.count + 1), child, ...this.validity.finish()} as never);
  }
}
