import {mkdtemp, rm, writeFile} from "node:fs/promises";
import {tmpdir} from "node:os";
import {basename, join} from "node:path";
import {DuckDBInstance, DuckDBTimestampValue, type DuckDBPreparedStatement} from "@duckdb/node-api";
import type {Table} from "apache-arrow";
import {paramType, SqlError, sqlStringLiteral} from "../../lib/sql/index.js";
import type {SqlEngine, SqlQuery, SqlValue} from "../../lib/sql/index.js";
import {appendArrowTable} from "./appendArrowTable.js";
import {resultToArrow} from "./resultToArrow.js";
import {toSqlQuery} from "./toSqlQuery.js";

/** Options of the native engine. */
export interface NativeEngineOptions {
  /** DuckDB worker threads; default: DuckDB's (all cores). */
  threads?: number;
}

/**
 * Native DuckDB (@duckdb/node-api): multi-threaded, with Parquet built in, for the CLI,
 * loaders and large files. Returns the same Arrow schemas as the WASM engines. TimeZone is
 * UTC; extension autoinstall and autoload are off, so nothing is fetched from the network.
 */
export async function createNativeEngine({threads}: NativeEngineOptions = {}): Promise<SqlEngine> {
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) {
    throw new RangeError(`createNativeEngine requires threads to be a positive integer, got ${threads}`);
  }
  const instance = await DuckDBInstance.create(":memory:", threads ? {threads: String(threads)} : {});
  const connection = await instance.connect();
  for (const statement of ["SET TimeZone = 'UTC'", "SET autoinstall_known_extensions = false", "SET autoload_known_extensions = false"]) {
    await connection.run(statement);
  }
  let files: string | null = null;
  let closed = false;

  async function guard<T>(label: string, work: () => Promise<T>): Promise<T> {
    if (closed) throw new SqlError("Connection Error: the engine is closed", label);
    try {
      return await work();
    } catch (error) {
      if (error instanceof TypeError || error instanceof RangeError) throw error;
      throw SqlError.from(error, label);
    }
  }

  async function run(query: SqlQuery): Promise<Table> {
    return guard(query.text, async () => {
      if (query.params.length === 0) return resultToArrow(await connection.run(query.text));
      const statement = await connection.prepare(query.text);
      try {
        query.params.forEach((value, i) => bind(statement, i + 1, value));
        return resultToArrow(await statement.run());
      } finally {
        statement.destroySync();
      }
    });
  }

  return {
    kind: "duckdb-native",
    query: async (query: string | SqlQuery, params?: readonly SqlValue[]) => run(toSqlQuery(query, params)),
    loadArrow: (name: string, table: Table) => guard(`loadArrow(${JSON.stringify(name)})`, () => appendArrowTable(connection, name, table)),
    async registerFile(name: string, bytes: Uint8Array) {
      if (name === "" || basename(name) !== name || name === "." || name === "..") {
        throw new TypeError(`registerFile requires a plain file name (no directories), got ${JSON.stringify(name)}`);
      }
      await guard(`registerFile(${JSON.stringify(name)})`, async () => {
        if (!files) {
          files = await mkdtemp(join(tmpdir(), "fslab-duckdb-"));
          // Relative paths in SQL (read_csv('name')) resolve against this folder, as registered names do in duckdb-wasm.
          await connection.run(`SET file_search_path = ${sqlStringLiteral(files)}`);
        }
        await writeFile(join(files, name), bytes);
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      connection.closeSync();
      instance.closeSync();
      if (files) await rm(files, {recursive: true, force: true});
    },
  };
}

function bind(statement: DuckDBPreparedStatement, index: number, value: SqlValue): void {
  switch (paramType(value)) {
    case "NULL":
      return statement.bindNull(index);
    case "DOUBLE":
      return statement.bindDouble(index, value as number);
    case "BIGINT":
      return statement.bindBigInt(index, value as bigint);
    case "VARCHAR":
      return statement.bindVarchar(index, value as string);
    case "BOOLEAN":
      return statement.bindBoolean(index, value as boolean);
    case "TIMESTAMP":
      return statement.bindTimestamp(index, new DuckDBTimestampValue(BigInt((value as Date).getTime()) * 1000n));
  }
}
