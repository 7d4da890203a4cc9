import {Bool, DateDay, Float32, Float64, Int32, Int64, Table, TimestampMillisecond, Utf8, vectorFromArray, type DataType, type Vector} from "apache-arrow";
import {parquetMetadata, parquetRead, parquetReadObjects, parquetSchema, type SchemaTree} from "hyparquet";
import {compressors} from "hyparquet-compressors";

/** Progress of a decode: `done` of `total` columns, the last one named. */
export interface ParquetProgress {
  column: string;
  done: number;
  total: number;
  rows: number;
}

// Times as epoch milliseconds and dates as days, the values Arrow's builders take.
const parsers = {
  timestampFromMilliseconds: (v: bigint) => Number(v),
  timestampFromMicroseconds: (v: bigint) => Number(v / 1000n),
  timestampFromNanoseconds: (v: bigint) => Number(v / 1_000_000n),
  dateFromDays: (days: number) => days * 86_400_000,
};

/**
 * Decodes Parquet bytes into an Arrow table with hyparquet, one column at a time (DuckDB-WASM
 * reads Arrow but has no Parquet offline). Integers stay integers (INT64 as BigInt), times
 * become TIMESTAMP (ms, UTC), dates DATE, decimals DOUBLE, text UTF-8; nested and binary
 * values become text. Chunks may be uncompressed, SNAPPY, GZIP, BROTLI, ZSTD, LZ4 or LZ4_RAW
 * (hyparquet-compressors: JavaScript and an inlined wasm, nothing is fetched). `onProgress` is
 * awaited after each column, so a caller can yield to the page between columns. Throws one
 * line when the bytes are not Parquet, before decoding anything when a chunk uses another
 * codec (LZO), and naming the column and codec when a chunk's bytes are damaged.
 *
 * @example (await parquetTable(bytes)).numRows // => 3
 */
export async function parquetTable(bytes: ArrayBuffer, {onProgress}: {onProgress?: (p: ParquetProgress) => unknown} = {}): Promise<Table> {
  let metadata;
  try {
    metadata = parquetMetadata(bytes);
  } catch (error) {
    throw new Error(`parquetTable requires a Parquet file, got bytes it cannot read (${(error as Error).message})`);
  }
  const codec = unsupportedCodec(metadata);
  if (codec) throw new Error(`parquetTable requires column chunks compressed with ${codecNames}, got ${codec.codec} (column ${JSON.stringify(codec.column)})`);
  const rows = Number(metadata.num_rows);
  const columns = parquetSchema(metadata).children;
  const vectors: Record<string, Vector> = {};
  for (const [i, column] of columns.entries()) {
    const name = column.element.name;
    const type = arrowType(column);
    let values;
    try {
      values = await readColumn(bytes, metadata, column, type);
    } catch (error) {
      throw new Error(`parquetTable requires readable column chunks, got damaged data in column ${JSON.stringify(name)} (${chunkCodecs(metadata, name)}): ${firstLine(error)}`);
    }
    vectors[name] = vectorFromArray(values as unknown[], type as never);
    await onProgress?.({column: name, done: i + 1, total: columns.length, rows});
  }
  return new Table(vectors);
}

const codecNames = ["UNCOMPRESSED", ...Object.keys(compressors)].join(", ").replace(/, ([^,]*)$/, " or $1");

/** The first column chunk whose compression neither hyparquet nor hyparquet-compressors undoes, if any. */
function unsupportedCodec(metadata: ReturnType<typeof parquetMetadata>): {codec: string; column: string} | undefined {
  for (const group of metadata.row_groups) {
    for (const chunk of group.columns) {
      const codec = chunk.meta_data?.codec;
      if (codec && codec !== "UNCOMPRESSED" && !(codec in compressors)) return {codec, column: chunk.meta_data!.path_in_schema.join(".")};
    }
  }
  return undefined;
}

/** The codecs of a top-level column's chunks, e.g. "ZSTD", for naming them when one is damaged. */
function chunkCodecs(metadata: ReturnType<typeof parquetMetadata>, name: string): string {
  const codecs = new Set<string>();
  for (const group of metadata.row_groups) {
    for (const chunk of group.columns) if (chunk.meta_data?.path_in_schema[0] === name) codecs.add(chunk.meta_data.codec);
  }
  return [...codecs].join(", ") || "no chunks";
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split("\n")[0]!;
}

async function readColumn(bytes: ArrayBuffer, metadata: ReturnType<typeof parquetMetadata>, column: SchemaTree, type: DataType): Promise<unknown[]> {
  const name = column.element.name;
  if (column.children.length) {
    const objects = await parquetReadObjects({file: bytes, metadata, columns: [name], parsers, compressors});
    return objects.map((row) => (row[name] === null || row[name] === undefined ? null : JSON.stringify(row[name], (_, v) => (typeof v === "bigint" ? Number(v) : v))));
  }
  const chunks: {rowStart: number; data: ArrayLike<unknown>}[] = [];
  await parquetRead({file: bytes, metadata, columns: [name], parsers, compressors, onChunk: ({columnName, columnData, rowStart}) => {
    if (columnName === name) chunks.push({rowStart, data: columnData as ArrayLike<unknown>});
  }});
  chunks.sort((a, b) => a.rowStart - b.rowStart);
  const out: unknown[] = [];
  for (const {data} of chunks) for (let i = 0; i < data.length; ++i) out.push(value(data[i], type));
  return out;
}

function value(v: unknown, type: DataType): unknown {
  if (v === null || v === undefined) return null;
  if (type instanceof Int64) return typeof v === "bigint" ? v : BigInt(Math.trunc(Number(v)));
  if (type instanceof Int32 || type instanceof Float64 || type instanceof Float32) return Number(v);
  if (type instanceof Utf8) return typeof v === "string" ? v : v instanceof Uint8Array ? hex(v) : typeof v === "object" ? JSON.stringify(v) : String(v);
  return v;
}

/** The Arrow type a top-level Parquet column decodes to. */
function arrowType(column: SchemaTree): DataType {
  if (column.children.length) return new Utf8();
  const {type, converted_type: converted, logical_type: logical} = column.element;
  if (converted === "DECIMAL" || logical?.type === "DECIMAL") return new Float64();
  if (converted === "DATE" || logical?.type === "DATE") return new DateDay();
  if (converted === "TIMESTAMP_MILLIS" || converted === "TIMESTAMP_MICROS" || logical?.type === "TIMESTAMP" || type === "INT96") return new TimestampMillisecond();
  switch (type) {
    case "BOOLEAN": return new Bool();
    case "INT32": return converted === "UINT_32" ? new Int64() : converted === "TIME_MILLIS" ? new Utf8() : new Int32();
    case "INT64": return logical?.type === "TIME" || converted === "TIME_MICROS" ? new Utf8() : new Int64();
    case "FLOAT": return new Float32();
    case "DOUBLE": return new Float64();
    default: return new Utf8();
  }
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
