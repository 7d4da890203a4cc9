import {readFile} from "node:fs/promises";
import {tableFromIPC, type Table} from "apache-arrow";
import {sqlStringLiteral, type SqlEngine} from "../../lib/sql/index.js";
import {createNativeEngine} from "../engines/index.js";
import {InputError} from "./inputError.js";
import {tableFormat} from "./tableFormat.js";
import {oneLine} from "./writeTable.js";

/**
 * Reads a CSV, Parquet or Arrow IPC file (by extension) into an Arrow table. Parquet
 * and CSV go through native DuckDB (`engine` if given, else a fresh one, closed after).
 * CSV: header row, types detected, an empty unquoted field is null, `""` the empty
 * string; ISO-8601 timestamps with a zone become TIMESTAMP (UTC instants).
 * Any failure is an InputError naming the file.
 *
 * @example
 * (await readTable("out/txn_stats.parquet")).numRows // 99726 for the small world
 */
export async function readTable(path: string, options: {engine?: SqlEngine} = {}): Promise<Table> {
  const format = tableFormat(path);
  try {
    if (format === "arrow") return tableFromIPC(await readFile(path));
    const engine = options.engine ?? (await createNativeEngine());
    try {
      return format === "parquet" ? await engine.query(`SELECT * FROM read_parquet(${sqlStringLiteral(path)})`) : await readCsv(engine, path);
    } finally {
      if (!options.engine) await engine.close();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${path}: ${oneLine(error)}`);
  }
}

async function readCsv(engine: SqlEngine, path: string): Promise<Table> {
  const source = `read_csv(${sqlStringLiteral(path)}, header = true, allow_quoted_nulls = false)`;
  const columns = await engine.query(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${source})`);
  const select = columns.toArray().map((row) => {
    const name = `"${String(row.column_name).replaceAll('"', '""')}"`;
    return row.column_type === "TIMESTAMP WITH TIME ZONE" ? `CAST(${name} AS TIMESTAMP) AS ${name}` : name;
  });
  return engine.query(`SELECT ${select.join(", ")} FROM ${source}`);
}
