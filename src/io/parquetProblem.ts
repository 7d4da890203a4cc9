import {oneLine} from "./writeTable.js";

/**
 * Native DuckDB's error for a Parquet file (or a column type the engine refuses, in a
 * result or in an Arrow table loaded into it) as words
 * for someone who cannot edit the SQL: no "Invalid Input Error:" prefix, no advice to cast.
 *
 * @example
 * parquetProblem(new Error("Invalid Input Error: No magic bytes found at end of file 'a.parquet'")) // "not a Parquet file, or cut short: it does not end with the PAR1 marker"
 */
export function parquetProblem(error: unknown): string {
  const text = oneLine(error);
  const column = /column (".*") has type (.*), which the engines do not return alike/.exec(text) ?? /^loadArrow requires .*, got column (".*") of type (.*)$/.exec(text);
  if (column) return `column ${column[1]} has type ${column[2]}, which fslab cannot read (it reads numbers, text, booleans, dates and timestamps); write the file without it or with it as text`;
  if (/No magic bytes found at end of file|too small to be a Parquet file/.test(text)) return "not a Parquet file, or cut short: it does not end with the PAR1 marker";
  return text.replace(/^[A-Za-z ]*Error: /, "");
}
