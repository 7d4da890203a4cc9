import {open} from "node:fs/promises";
import {csvProblem as csvProblemOf, csvSelect as csvRead, type SqlEngine} from "../../lib/sql/index.js";
import {InputError} from "./inputError.js";

/**
 * The query that reads CSV file `path` with native DuckDB, by lib/sql's csvSelect (the one
 * CSV reader of the CLI and the browser): header row, dialect and types detected (from the
 * first `sampleSize` rows; -1: the whole file), never a skipped line, an empty unquoted field
 * null, `""` the empty string, zoned timestamps as TIMESTAMP (UTC instants). A file it
 * refuses (a ragged line, a header naming a column twice, a blank first line, no dialect)
 * is an InputError naming the file and the line.
 *
 * @example
 * await csvSelect(engine, "a.csv") // 'SELECT "id", CAST("t" AS TIMESTAMP) AS "t" FROM read_csv(\'a.csv\', …)'
 */
export async function csvSelect(engine: SqlEngine, path: string, {sampleSize = 20_480}: {sampleSize?: number} = {}): Promise<string> {
  const read = await csvRead(engine, path, await fileHead(path), {sampleSize});
  if (!read.ok) throw new InputError(`cannot read ${path}: ${read.problem.message}`);
  return read.query;
}

/**
 * DuckDB's error for a CSV that failed mid-scan (after the sniffer's sample) as words:
 * "line 30001: Expected Number of Columns: 3 Found: 4".
 *
 * @example
 * csvProblem(new Error("Invalid Input Error: CSV Error on Line: 7\nOriginal Line: 1,2\nExpected Number of Columns: 3 Found: 2")) // "line 7: expected 3 fields, found 2"
 */
export function csvProblem(error: unknown): string {
  return csvProblemOf(error).message;
}

/** The file's first 64 KiB as UTF-8 text (where its header is). */
async function fileHead(path: string): Promise<string> {
  const handle = await open(path, "r");
  try {
    const {buffer, bytesRead} = await handle.read({buffer: Buffer.alloc(1 << 16), position: 0});
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}
