import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {parquetMetadata} from "hyparquet";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {jsonRows} from "../../../lib/contracts/index.js";
import {parquetTable} from "../../../lib/contracts/parquetTable.js";
import type {SqlEngine} from "../../../lib/sql/index.js";
import {createNativeEngine, createNodeWasmEngine} from "../../../src/engines/index.js";

// Parquet written by native DuckDB with each codec it writes, decoded with hyparquet into
// Arrow, loaded into DuckDB-WASM: the rows must equal what native DuckDB reads from the same file.
const columns = `
  i::INTEGER AS id,
  (i * 3000000000)::BIGINT AS big,
  CASE WHEN i % 4 = 0 THEN NULL ELSE i / 8 END::DOUBLE AS amount,
  (i / 3)::FLOAT AS small_float,
  (i * 1.25)::DECIMAL(10, 2) AS price,
  CASE WHEN i % 5 = 0 THEN NULL ELSE ['web', 'pos', 'it''s "quoted"', '<b>html</b>', 'café ☕'][i % 5] END AS "select",
  i % 2 = 0 AS flag,
  TIMESTAMP '2026-01-01 00:00:00' + to_milliseconds(i * 61001) AS event_timestamp,
  DATE '2026-01-01' + i::INTEGER AS day,
  [i, i + 1] AS pair,
  i::UTINYINT AS tiny`;

describe("parquetTable", () => {
  let dir: string;
  let native: SqlEngine;
  let wasm: SqlEngine;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "fslab-parquet-"));
    native = await createNativeEngine();
    wasm = await createNodeWasmEngine();
  });
  afterAll(async () => {
    await native?.close();
    await wasm?.close();
    rmSync(dir, {recursive: true, force: true});
  });

  function arrayBuffer(path: string): ArrayBuffer {
    const bytes = readFileSync(path);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }

  /** Writes the test columns with `compression` and returns the file's path. */
  async function write(name: string, compression: string, rows = 250): Promise<string> {
    const path = join(dir, `${name}.parquet`);
    await native.query(`COPY (SELECT ${columns} FROM range(1, ${rows}) r(i)) TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE 64, COMPRESSION ${compression})`);
    return path;
  }

  /** Loads `table` into DuckDB-WASM and expects the rows and types native DuckDB reads from `path`. */
  async function expectSameRows(name: string, table: Awaited<ReturnType<typeof parquetTable>>, path: string) {
    await wasm.loadArrow(name, table);
    const types = Object.fromEntries(jsonRows(await wasm.query(`DESCRIBE ${name}`)).map((r) => [r.column_name, r.column_type]));
    expect(types).toMatchObject({id: "INTEGER", big: "BIGINT", amount: "DOUBLE", price: "DOUBLE", select: "VARCHAR", flag: "BOOLEAN", day: "DATE", pair: "VARCHAR"});
    expect(String(types.event_timestamp)).toMatch(/^TIMESTAMP/);
    const cols = `id, big, amount, small_float, price::DOUBLE AS price, "select", flag, event_timestamp::TIMESTAMP AS event_timestamp, day, tiny::INTEGER AS tiny`;
    const got = jsonRows(await wasm.query(`SELECT ${cols} FROM ${name} ORDER BY id`));
    const want = jsonRows(await native.query(`SELECT ${cols} FROM read_parquet('${path}') ORDER BY id`));
    expect(got).toEqual(want);
    expect(got.filter((r) => r.amount === null)).toHaveLength(62);
    expect(got.filter((r) => r.select === null)).toHaveLength(49);
    expect(jsonRows(await wasm.query(`SELECT pair FROM ${name} WHERE id = 3`))[0]!.pair).toBe("[3,4]");
  }

  // DuckDB's "lz4" writes LZ4_RAW chunks; the legacy LZ4 codec is covered below by relabelling.
  for (const [compression, codec] of [["uncompressed", "UNCOMPRESSED"], ["snappy", "SNAPPY"], ["gzip", "GZIP"], ["zstd", "ZSTD"], ["brotli", "BROTLI"], ["lz4_raw", "LZ4_RAW"]] as const) {
    it(`parquetTable(${codec} bytes) loads into DuckDB-WASM with the rows native DuckDB reads (row groups, nulls, timestamps, hostile text)`, async () => {
      const path = await write(compression, compression);
      const bytes = arrayBuffer(path);
      expect(codecs(bytes)).toEqual([codec]);
      const progress: number[] = [];
      const table = await parquetTable(bytes, {onProgress: (p) => progress.push(p.done)});
      expect(table.numRows).toBe(249);
      expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      await expectSameRows(`t_${compression}`, table, path);
    });
  }

  it("parquetTable decodes chunks labelled LZ4 (the legacy codec) that hold raw LZ4 blocks", async () => {
    const path = await write("lz4_legacy", "lz4_raw");
    const bytes = relabel(arrayBuffer(path), "LZ4_RAW", "LZ4");
    expect(codecs(bytes)).toEqual(["LZ4"]);
    await expectSameRows("t_lz4_legacy", await parquetTable(bytes), path);
  });

  it("parquetTable rejects bytes that are not Parquet, naming itself", async () => {
    await expect(parquetTable(new TextEncoder().encode("a,b\n1,2\n").buffer)).rejects.toThrow(/^parquetTable requires a Parquet file/);
  });

  it("parquetTable rejects a truncated ZSTD file in one line: not a Parquet file it can read", async () => {
    const path = await write("truncated", "zstd");
    const bytes = arrayBuffer(path);
    const cut = join(dir, "cut.parquet");
    writeFileSync(cut, new Uint8Array(bytes, 0, bytes.byteLength - 100));
    const error = await parquetTable(arrayBuffer(cut)).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^parquetTable requires a Parquet file, got bytes it cannot read \(.*PAR1.*\)$/);
    expect((error as Error).message).not.toContain("\n");
  });

  it("parquetTable rejects a ZSTD file whose column data is damaged in one line naming the column and the codec", async () => {
    const path = await write("damaged", "zstd");
    const bytes = arrayBuffer(path);
    // Overwrite the first data page of the "price" column past its header: the footer still parses.
    const chunk = parquetMetadata(bytes).row_groups[0]!.columns[4]!.meta_data!;
    expect(chunk.path_in_schema).toEqual(["price"]);
    new Uint8Array(bytes, Number(chunk.data_page_offset) + 16, 24).fill(0xa5);
    const progress: string[] = [];
    const error = await parquetTable(bytes, {onProgress: (p) => progress.push(p.column)}).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^parquetTable requires readable column chunks, got damaged data in column "price" \(ZSTD\): \S/);
    expect((error as Error).message).not.toContain("\n");
    expect(progress).toEqual(["id", "big", "amount", "small_float"]);
  });

  it("parquetTable rejects LZO-compressed Parquet before decoding any column, naming the codecs it reads, the codec and the column", async () => {
    const bytes = relabel(arrayBuffer(await write("lzo", "snappy", 10)), "SNAPPY", "LZO");
    expect(codecs(bytes)).toEqual(["LZO"]);
    const progress: number[] = [];
    const decoding = parquetTable(bytes, {onProgress: (p) => progress.push(p.done)});
    await expect(decoding).rejects.toThrow('parquetTable requires column chunks compressed with UNCOMPRESSED, SNAPPY, GZIP, BROTLI, ZSTD, LZ4 or LZ4_RAW, got LZO (column "id")');
    expect(progress).toEqual([]);
  });
});

/** The distinct codecs of a file's column chunks. */
function codecs(bytes: ArrayBuffer): string[] {
  return [...new Set(parquetMetadata(bytes).row_groups.flatMap((g) => g.columns.map((c) => c.meta_data!.codec)))];
}

const codecIds = {UNCOMPRESSED: 0, SNAPPY: 1, GZIP: 2, LZO: 3, BROTLI: 4, LZ4: 5, ZSTD: 6, LZ4_RAW: 7};

/**
 * A copy of `bytes` whose column chunks say `to` where they said `from`, the pages untouched:
 * in the footer's Thrift compact encoding each ColumnMetaData has its short path_in_schema list
 * (size << 4 | 8, then length and bytes of each part) followed by the codec field (0x15, zigzag varint).
 */
function relabel(bytes: ArrayBuffer, from: keyof typeof codecIds, to: keyof typeof codecIds): ArrayBuffer {
  const out = new Uint8Array(bytes.slice(0));
  const footerLength = new DataView(bytes).getUint32(bytes.byteLength - 8, true);
  const footer = out.subarray(bytes.byteLength - 8 - footerLength, bytes.byteLength - 8);
  const names = parquetMetadata(bytes).row_groups[0]!.columns.map((c) => c.meta_data!.path_in_schema);
  for (const path of names) {
    const parts = path.map((part) => new TextEncoder().encode(part));
    const pattern = [(path.length << 4) | 8, ...parts.flatMap((part) => [part.length, ...part]), 0x15, codecIds[from] * 2];
    for (let i = 0; i + pattern.length <= footer.length; ++i) {
      if (pattern.every((b, k) => footer[i + k] === b)) footer[i + pattern.length - 1] = codecIds[to] * 2;
    }
  }
  return out.buffer;
}
