import {readFile} from "node:fs/promises";
import {tableFromIPC, type Table} from "apache-arrow";
import {sqlStringLiteral, type SqlEngine} from "../../lib/sql/index.js";
import {createNativeEngine} from "../engines/index.js";
import {checkInputFile} from "./checkInputFile.js";
import {csvProblem, csvSelect} from "./csvSelect.js";
import {InputError} from "./inputError.js";
import {parquetProblem} from "./parquetProblem.js";
import {tableFormat} from "./tableFormat.js";
import {oneLine} from "./writeTable.js";

/**
 * Reads a CSV, Parquet or Arrow IPC file (by extension) into an Arrow table. Parquet
 * and CSV go through native DuckDB (`engine` if given, else a fresh one, closed after).
 * CSV: see csvSelect (header row, types detected, an empty unquoted field is null, `""`
 * the empty string, zoned timestamps as TIMESTAMP, a ragged line an error).
 * Any failure is an InputError naming the file.
 *
 * @example
 * (await readTable("out/txn_stats.parquet")).numRows // 99726 for the small world
 */
export async function readTable(path: string, options: {engine?: SqlEngine} = {}): Promise<Table> {
  const format = tableFormat(path);
  await checkInputFile(path, {readByDuckDb: format !== "arrow"});
  try {
    if (format === "arrow") return readArrow(path);
    const engine = options.engine ?? (await createNativeEngine());
    try {
      return format === "parquet" ? await engine.query(`SELECT * FROM read_parquet(${sqlStringLiteral(path)})`) : await engine.query(await csvSelect(engine, path));
    } finally {
      if (!options.engine) await engine.close();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${path}: ${format === "csv" ? csvProblem(error) : parquetProblem(error)}`);
  }
}

/** An Arrow IPC file or stream; anything else is an InputError saying so (apache-arrow's own words are about metadata bytes). */
async function readArrow(path: string): Promise<Table> {
  const bytes = await readFile(path);
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch (error) {
    throw new InputError(`cannot read ${path}: not an Arrow IPC file or stream (${oneLine(error)})`);
  }
  if (table.schema.fields.length === 0) throw new InputError(`cannot read ${path}: not an Arrow IPC file or stream (no schema found)`);
  return table;
}
