import {extname} from "node:path";
import {InputError} from "./inputError.js";

/** The file formats fslab reads and writes. */
export type TableFormat = "parquet" | "arrow" | "csv";

/** The formats, in the order the CLI lists them. */
export const tableFormats: readonly TableFormat[] = ["parquet", "arrow", "csv"];

/** File extension of each format (without the dot). */
export const formatExtension: Readonly<Record<TableFormat, string>> = {parquet: "parquet", arrow: "arrow", csv: "csv"};

const byExtension: Readonly<Record<string, TableFormat>> = {".parquet": "parquet", ".arrow": "arrow", ".arrows": "arrow", ".ipc": "arrow", ".feather": "arrow", ".csv": "csv"};

/**
 * The format of `path` by its extension (case-insensitive).
 *
 * @example
 * tableFormat("data/txn_stats.parquet") // "parquet"
 */
export function tableFormat(path: string): TableFormat {
  const format = byExtension[extname(path).toLowerCase()];
  if (!format) throw new InputError(`${path}: unknown file type "${extname(path)}" (expected .csv, .parquet or .arrow)`);
  return format;
}
