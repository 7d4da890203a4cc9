import type {Table} from "apache-arrow";
import {InputError, readTable} from "../io/index.js";
import {LoaderError} from "./loaderError.js";

/**
 * Your CSV, Parquet or Arrow file as an Arrow table for a page, read with native DuckDB by
 * src/io's readTable (a CSV's types detected, an empty unquoted field null). A missing,
 * empty or malformed file, or one without rows, is a LoaderError in one line naming the
 * file, so that the loader fails the build instead of shipping an empty page.
 *
 * @example
 * (await tableFromFile("data/yours/card_payments.parquet")).numRows // => 5021
 */
export async function tableFromFile(path: string): Promise<Table> {
  let table: Table;
  try {
    table = await readTable(path);
  } catch (error) {
    if (error instanceof InputError) throw new LoaderError(error.message);
    throw error;
  }
  if (table.numRows === 0) throw new LoaderError(`cannot use ${path}: it has no rows (columns: ${table.schema.fields.map((f) => f.name).join(", ") || "none"})`);
  return table;
}
