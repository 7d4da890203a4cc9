import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {jsonRows} from "../../../lib/contracts/index.js";
import {parquetTable} from "../../../lib/contracts/parquetTable.js";
import type {SqlEngine} from "../../../lib/sql/index.js";
import {createNativeEngine, createNodeWasmEngine} from "../../../src/engines/index.js";

// Parquet written by native DuckDB, decoded with hyparquet into Arrow, loaded into
// DuckDB-WASM: the rows must equal what native DuckDB reads from the same file.
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

  it("parquetTable(bytes) loads into DuckDB-WASM with the rows native DuckDB reads (several row groups, nulls, hostile text)", async () => {
    const path = join(dir, "t.parquet");
    await native.query(`COPY (SELECT ${columns} FROM range(1, 250) r(i)) TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE 64)`);
    const progress: number[] = [];
    const bytes = readFileSync(path);
    const table = await parquetTable(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), {onProgress: (p) => progress.push(p.done)});
    expect(table.numRows).toBe(249);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    await wasm.loadArrow("t", table);
    const types = Object.fromEntries(jsonRows(await wasm.query("DESCRIBE t")).map((r) => [r.column_name, r.column_type]));
    expect(types).toMatchObject({id: "INTEGER", big: "BIGINT", amount: "DOUBLE", price: "DOUBLE", select: "VARCHAR", flag: "BOOLEAN", day: "DATE", pair: "VARCHAR"});
    expect(String(types.event_timestamp)).toMatch(/^TIMESTAMP/);
    const cols = `id, big, amount, small_float, price::DOUBLE AS price, "select", flag, event_timestamp::TIMESTAMP AS event_timestamp, day, tiny::INTEGER AS tiny`;
    const got = jsonRows(await wasm.query(`SELECT ${cols} FROM t ORDER BY id`));
    const want = jsonRows(await native.query(`SELECT ${cols} FROM read_parquet('${path}') ORDER BY id`));
    expect(got).toEqual(want);
    expect(jsonRows(await wasm.query("SELECT pair FROM t WHERE id = 3"))[0]!.pair).toBe("[3,4]");
  });

  it("parquetTable rejects bytes that are not Parquet, naming itself", async () => {
    await expect(parquetTable(new TextEncoder().encode("a,b\n1,2\n").buffer)).rejects.toThrow(/^parquetTable requires a Parquet file/);
  });

  it("parquetTable rejects ZSTD-compressed Parquet before decoding any column, naming the codec and the column", async () => {
    const path = join(dir, "zstd.parquet");
    await native.query(`COPY (SELECT i AS id, 'x' || i AS name FROM range(10) r(i)) TO '${path}' (FORMAT parquet, COMPRESSION zstd)`);
    const bytes = readFileSync(path);
    const progress: number[] = [];
    const decoding = parquetTable(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), {onProgress: (p) => progress.push(p.done)});
    await expect(decoding).rejects.toThrow('parquetTable requires UNCOMPRESSED or SNAPPY column chunks, got ZSTD (column "id")');
    expect(progress).toEqual([]);
  });
});
