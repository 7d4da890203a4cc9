import bindings from "@duckdb/node-bindings";
import type {Vector as RawVector} from "@duckdb/node-bindings";
import {DuckDBDataChunk, type DuckDBConnection} from "@duckdb/node-api";
import {DataType, DateUnit, TimeUnit, type Data, type Table} from "apache-arrow";
import {duckdbType, quoteIdentifier} from "../../lib/sql/index.js";

const CHUNK = 2048; // DuckDB's vector size

/**
 * Creates (or replaces) table `name` on a native connection from an Arrow table, with the
 * column types duckdb-wasm's Arrow scan would give (`duckdbType`), through an appender fed
 * whole data chunks: fixed-width buffers and validity bitmaps are copied as they are,
 * strings as bytes.
 */
export async function appendArrowTable(connection: DuckDBConnection, name: string, table: Table): Promise<void> {
  // Before CREATE TABLE, and naming the column: writeColumn meets the type only mid-append.
  const refused = table.schema.fields.find((field) => !appendable(field.type));
  if (refused) throw new TypeError(`loadArrow requires columns of int, float, utf8, bool, date, timestamp or dictionary type, got column ${JSON.stringify(refused.name)} of type ${String(refused.type)}`);
  const columns = table.schema.fields.map((field) => `${quoteIdentifier(field.name)} ${duckdbType(field.type)}`);
  await connection.run(`CREATE OR REPLACE TABLE ${quoteIdentifier(name)} (${columns.join(", ")})`);
  if (table.numRows === 0) return;
  const appender = await connection.createAppender(name);
  const types = table.schema.fields.map((_, i) => appender.columnType(i));
  try {
    for (const batch of table.batches) {
      for (let start = 0; start < batch.numRows; start += CHUNK) {
        const count = Math.min(CHUNK, batch.numRows - start);
        const chunk = DuckDBDataChunk.create(types, count);
        batch.data.children.forEach((data, c) => writeColumn(bindings.data_chunk_get_vector(chunk.chunk, c), data, start, count));
        chunk.rowCount = count;
        appender.appendDataChunk(chunk);
      }
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

function appendable(type: DataType): boolean {
  return DataType.isUtf8(type) || DataType.isLargeUtf8(type) || DataType.isDictionary(type) || DataType.isBool(type)
    || DataType.isInt(type) || DataType.isFloat(type) || DataType.isDate(type) || DataType.isTimestamp(type);
}

// Arrow JS slices value and offset buffers (index = row) but not bitmaps (index = offset + row).
function writeColumn(vector: RawVector, data: Data, start: number, count: number): void {
  const type = data.type;
  const end = start + count;
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) writeStrings(vector, data, data, start, count, (row) => row);
  else if (DataType.isDictionary(type)) {
    const indices = data.values as ArrayLike<number | bigint>;
    writeStrings(vector, data, data.dictionary!.data[0]!, start, count, (row) => Number(indices[row]));
  } else if (DataType.isBool(type)) {
    const bytes = new Uint8Array(count);
    const first = data.offset + start;
    for (let i = 0; i < count; i++) bytes[i] = (data.values[(first + i) >> 3]! >> ((first + i) & 7)) & 1;
    copy(vector, bytes);
  } else if (DataType.isDate(type) && type.unit === DateUnit.MILLISECOND) {
    copy(vector, Int32Array.from(data.values.subarray(start, end) as BigInt64Array, (ms) => Math.floor(Number(ms) / 86_400_000)));
  } else if (DataType.isTimestamp(type) && type.timezone) {
    copy(vector, BigInt64Array.from(data.values.subarray(start, end) as BigInt64Array, (v) => toMicros(v, type.unit)));
  } else if (DataType.isInt(type) || DataType.isFloat(type) || DataType.isDate(type) || DataType.isTimestamp(type)) {
    copy(vector, data.values.subarray(start, end));
  } else {
    throw new TypeError(`loadArrow requires columns of int, float, utf8, bool, date, timestamp or dictionary type, got ${String(type)}`);
  }
  writeValidity(vector, data, data.offset + start, count);
}

function copy(vector: RawVector, values: ArrayBufferView): void {
  bindings.copy_data_to_vector(vector, 0, values.buffer as ArrayBuffer, values.byteOffset, values.byteLength);
}

// TIMESTAMPTZ is stored in microseconds whatever the Arrow unit.
function toMicros(value: bigint, unit: TimeUnit): bigint {
  if (unit === TimeUnit.SECOND) return value * 1_000_000n;
  if (unit === TimeUnit.MILLISECOND) return value * 1000n;
  if (unit === TimeUnit.NANOSECOND) return value / 1000n - (value % 1000n < 0n ? 1n : 0n);
  return value;
}

// Strings of up to 12 bytes are written straight into DuckDB's 16-byte string_t slots
// (length, then the bytes, zero-padded); longer ones need DuckDB's string heap, one call each.
function writeStrings(vector: RawVector, data: Data, strings: Data, start: number, count: number, index: (row: number) => number): void {
  const offsets = strings.valueOffsets as ArrayLike<number | bigint>;
  const bytes = strings.values as Uint8Array;
  const slots = new Uint8Array(count * 16);
  const view = new DataView(slots.buffer);
  const long: number[] = [];
  for (let i = 0; i < count; i++) {
    if (!data.getValid(start + i)) continue;
    const k = index(start + i);
    const from = Number(offsets[k]);
    const length = Number(offsets[k + 1]) - from;
    if (length > 12) {
      long.push(i);
      continue;
    }
    view.setUint32(i * 16, length, true);
    for (let b = 0; b < length; b++) slots[i * 16 + 4 + b] = bytes[from + b]!;
  }
  copy(vector, slots);
  for (const i of long) {
    const k = index(start + i);
    bindings.vector_assign_string_element_len(vector, i, bytes.subarray(Number(offsets[k]), Number(offsets[k + 1])));
  }
}

function writeValidity(vector: RawVector, data: Data, first: number, count: number): void {
  if (data.nullCount === 0 || !data.nullBitmap || data.nullBitmap.length === 0) return;
  bindings.vector_ensure_validity_writable(vector);
  let mask = data.nullBitmap;
  let offset = first >> 3;
  if (first % 8 !== 0) {
    mask = new Uint8Array(Math.ceil(count / 8));
    for (let i = 0; i < count; i++) if ((data.nullBitmap[(first + i) >> 3]! >> ((first + i) & 7)) & 1) mask[i >> 3]! |= 1 << (i & 7);
    offset = 0;
  }
  bindings.copy_data_to_vector_validity(vector, 0, mask.buffer as ArrayBuffer, mask.byteOffset + offset, Math.ceil(count / 8));
}
