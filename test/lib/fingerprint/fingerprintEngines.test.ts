import {mkdtemp, rm} from "node:fs/promises";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {Float64, Int32, Table, TimestampMillisecond, Utf8, vectorFromArray} from "apache-arrow";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {fingerprintTable} from "../../../lib/fingerprint/index.js";
import type {SqlEngine} from "../../../lib/sql/index.js";
import {createNativeEngine, createNodeWasmEngine} from "../../../src/engines/index.js";

// The same rows through DuckDB (native and WASM), CSV and Parquet: one fingerprint.
const n = 200;
const table = new Table({
  customer_id: vectorFromArray(Array.from({length: n}, (_, i) => i % 17), new Int32()),
  amount: vectorFromArray(Array.from({length: n}, (_, i) => (i % 11 === 0 ? null : i % 7 === 0 ? -0 : i * 0.1 + 1 / 3)), new Float64()),
  channel: vectorFromArray(Array.from({length: n}, (_, i) => (i % 13 === 0 ? null : ["web", "pos", "app, \"quoted\"", "é日本"][i % 4]!)), new Utf8()),
  event_timestamp: vectorFromArray(Array.from({length: n}, (_, i) => Date.UTC(2026, 0, 1) + i * 3_600_123), new TimestampMillisecond()),
});
const expected = fingerprintTable(table);

describe("fingerprintTable across engines and formats", () => {
  let native: SqlEngine;
  let wasm: SqlEngine;
  let dir: string;
  beforeAll(async () => {
    [native, wasm] = await Promise.all([createNativeEngine({threads: 1}), createNodeWasmEngine()]);
    dir = await mkdtemp(join(tmpdir(), "fingerprint-"));
    await native.loadArrow("t", table);
    await wasm.loadArrow("t", table);
  });
  afterAll(async () => {
    await native?.close();
    await wasm?.close();
    if (dir) await rm(dir, {recursive: true, force: true});
  });

  it("fingerprintTable(t) is the same for the table back from native DuckDB and DuckDB-WASM, in another order", async () => {
    expect(fingerprintTable(await native.query("SELECT * FROM t ORDER BY amount DESC NULLS FIRST"))).toEqual(expected);
    expect(fingerprintTable(await wasm.query("SELECT * FROM t ORDER BY channel, customer_id DESC"))).toEqual(expected);
  });

  it("fingerprintTable(t) is the same for the table written to CSV and to Parquet and read back", async () => {
    const csv = join(dir, "t.csv").replaceAll("'", "''");
    const parquet = join(dir, "t.parquet").replaceAll("'", "''");
    await native.query(`COPY t TO '${csv}' (HEADER)`);
    await native.query(`COPY t TO '${parquet}' (FORMAT parquet)`);
    const fromCsv = await native.query(`SELECT * FROM read_csv('${csv}')`);
    const fromParquet = await native.query(`SELECT * FROM read_parquet('${parquet}')`);
    expect(fingerprintTable(fromParquet)).toEqual(expected);
    expect(fingerprintTable(fromCsv)).toEqual(expected);
  });

  it("fingerprintTable(t, {ordered: true}) notices DuckDB's reordering", async () => {
    const reordered = await native.query("SELECT * FROM t ORDER BY amount DESC NULLS FIRST");
    expect(fingerprintTable(reordered, {ordered: true}).fingerprint).not.toBe(fingerprintTable(table, {ordered: true}).fingerprint);
  });
});
