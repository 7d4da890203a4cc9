import {readFileSync} from "node:fs";
import {tableFromIPC} from "apache-arrow";
import {ident, raw, sql, sqlStringLiteral, type SqlEngine} from "../lib/sql/index.js";
import {createNativeEngine, createNodeWasmEngine} from "../src/engines/index.js";

/** The engine paths that read a benchmark's input files offline: native DuckDB over Parquet, DuckDB-WASM over Arrow IPC. */
export type InputEngine = "native-parquet" | "duckdb-wasm-arrow";

/**
 * An engine with `table` over a benchmark's input: a view on the Parquet file (native
 * DuckDB), or the Arrow IPC file loaded with `loadArrow` (DuckDB-WASM, which has no Parquet
 * offline), only `columns` when given. Null for any other name.
 */
export async function openTableInput(name: string, table: string, files: {parquet: string; arrow: string}, columns?: string[]): Promise<SqlEngine | null> {
  if (name === "native-parquet") {
    const engine = await createNativeEngine();
    await engine.query(sql`CREATE VIEW ${ident(table)} AS SELECT * FROM read_parquet(${raw(sqlStringLiteral(files.parquet))})`);
    return engine;
  }
  if (name === "duckdb-wasm-arrow") {
    const engine = await createNodeWasmEngine();
    const arrow = tableFromIPC(readFileSync(files.arrow));
    await engine.loadArrow(table, columns ? arrow.select(columns) : arrow);
    return engine;
  }
  return null;
}
