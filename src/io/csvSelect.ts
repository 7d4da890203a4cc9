import {open} from "node:fs/promises";
import {ident, sqlStringLiteral, type SqlEngine} from "../../lib/sql/index.js";
import {InputError} from "./inputError.js";

/**
 * The query that reads CSV file `path` with native DuckDB: header row, dialect and types
 * detected (from the first `sampleSize` rows; -1: the whole file), never a skipped line, an
 * empty unquoted field null, `""` the empty string, zoned timestamps as TIMESTAMP (UTC
 * instants). A file DuckDB cannot split into one field per column on every line, or whose
 * header names a column twice, is an InputError naming the line, instead of a table that
 * silently lost rows or columns.
 *
 * @example
 * await csvSelect(engine, "a.csv") // 'SELECT "id", CAST("t" AS TIMESTAMP) AS "t" FROM read_csv(\'a.csv\', …)'
 */
export async function csvSelect(engine: SqlEngine, path: string, {sampleSize = 20_480}: {sampleSize?: number} = {}): Promise<string> {
  // skip = 0: left to itself the sniffer skips leading lines that do not fit (a ragged row near the top) without a word.
  const source = `read_csv(${sqlStringLiteral(path)}, header = true, skip = 0, allow_quoted_nulls = false, sample_size = ${sampleSize})`;
  const header = await headerFields(path);
  if (header.fields.length === 1 && header.fields[0]!.trim() === "") throw new InputError(`cannot read ${path}: the first line is blank; a CSV starts with its header row`);
  let columns: {name: string; type: string}[];
  try {
    columns = (await engine.query(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${source})`)).toArray()
      .map((row) => ({name: String(row.column_name), type: String(row.column_type)}));
  } catch (error) {
    const ragged = await raggedLine(engine, path, header.delimiter);
    throw new InputError(`cannot read ${path}: ${ragged ?? csvProblem(error)}`);
  }
  // One line with more or fewer fields can leave no delimiter that fits every line: the file reads as ONE column named after the header.
  const delimiter = columns.length === 1 ? delimiters.find((d) => columns[0]!.name.includes(d)) : undefined;
  const ragged = delimiter && (await raggedLine(engine, path, delimiter));
  if (ragged) throw new InputError(`cannot read ${path}: ${ragged}`);
  if (columns.length === header.fields.length) checkHeader(path, header.fields);
  const select = columns.map(({name, type}) => {
    const column = ident(name).text;
    return type === "TIMESTAMP WITH TIME ZONE" ? `CAST(${column} AS TIMESTAMP) AS ${column}` : column;
  });
  return `SELECT ${select.join(", ")} FROM ${source}`;
}

/**
 * DuckDB's error for a CSV that failed mid-scan (after the sniffer's sample) as words:
 * "line 30001: Expected Number of Columns: 3 Found: 4".
 *
 * @example
 * csvProblem(new Error("Invalid Input Error: CSV Error on Line: 7\nOriginal Line: 1,2\nExpected Number of Columns: 3 Found: 2")) // "line 7: expected 3 fields, found 2"
 */
export function csvProblem(error: unknown): string {
  const text = String(error instanceof Error ? error.message : error);
  if (/not possible to automatically detect the CSV parsing dialect/i.test(text)) {
    return "not a CSV DuckDB can read: no delimiter and quoting split every line into the same number of fields";
  }
  const line = /CSV Error on Line: (\d+)/.exec(text)?.[1];
  const counts = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(text);
  const what = counts ? `expected ${counts[1]} fields, found ${counts[2]}`
    : (/Invalid unicode[^.\n]*|Value with unterminated quote[^.\n]*|Could not convert[^\n]*/i.exec(text)?.[0] ?? text.split("\n")[0]!.replace(/^[A-Za-z ]*Error: /, "")).trim();
  return line ? `line ${line}: ${what}` : what;
}

const delimiters = [",", ";", "\t", "|"];

/** The header line's fields, split by the delimiter it uses most (RFC 4180 quotes; the header is in the first 64 KiB). */
async function headerFields(path: string): Promise<{delimiter: string | undefined; fields: string[]}> {
  const handle = await open(path, "r");
  let head: string;
  try {
    const {buffer, bytesRead} = await handle.read({buffer: Buffer.alloc(1 << 16), position: 0});
    head = buffer.subarray(0, bytesRead).toString("utf8").replace(/^\uFEFF/, "");
  } finally {
    await handle.close();
  }
  const line = firstRecord(head);
  const counts = delimiters.map((d) => line.split(d).length - 1);
  const most = Math.max(...counts);
  const delimiter = most > 0 ? delimiters[counts.indexOf(most)] : undefined;
  return {delimiter, fields: delimiter ? splitRecord(line, delimiter) : [line]};
}

/** The text up to the first line break outside double quotes. */
function firstRecord(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; ++i) {
    if (text[i] === '"') quoted = !quoted;
    else if (!quoted && (text[i] === "\n" || text[i] === "\r")) return text.slice(0, i);
  }
  return text;
}

/** One CSV record's fields, quotes removed and doubled quotes undone. */
function splitRecord(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = "", quoted = false;
  for (let i = 0; i < line.length; ++i) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (field += '"'), ++i;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) fields.push(field), (field = "");
    else field += c;
  }
  fields.push(field);
  return fields;
}

/** Re-reads with `delimiter`, keeping rejected lines aside, and describes the first: 'line 3 has 2 fields where the header has 3: "1,2"'; null if none. */
async function raggedLine(engine: SqlEngine, path: string, delimiter: string | undefined): Promise<string | null> {
  if (!delimiter) return null;
  const [table, rejects, scans] = ["fslab_ragged", "fslab_rejects", "fslab_reject_scans"];
  try {
    await engine.query(`CREATE OR REPLACE TEMP TABLE ${table} AS SELECT * FROM read_csv(${sqlStringLiteral(path)}, header = true, skip = 0, delim = ${sqlStringLiteral(delimiter)}, all_varchar = true, store_rejects = true, rejects_table = '${rejects}', rejects_scan = '${scans}')`);
    const found = (await engine.query(`SELECT CAST(line AS INTEGER) AS line, csv_line, error_message FROM ${rejects} ORDER BY line LIMIT 1`)).toArray();
    if (!found.length) return null;
    const {line, csv_line: text, error_message: message} = found[0]!;
    if (/not utf-8/i.test(String(message))) return `line ${line} is not UTF-8 text; save the file as UTF-8`;
    const counts = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(String(message));
    const shown = String(text ?? "").length > 60 ? `${String(text).slice(0, 60)}…` : String(text ?? "");
    return `line ${line} ${counts ? `has ${counts[2]} field${counts[2] === "1" ? "" : "s"} where the header has ${counts[1]}` : `does not fit the header (${String(message).split("\n")[0]})`}: ${JSON.stringify(shown)}`;
  } catch {
    return null; // the strict re-read failed too: keep DuckDB's own words
  } finally {
    for (const t of [table, rejects, scans]) await engine.query(`DROP TABLE IF EXISTS ${t}`).catch(() => {});
  }
}

/** DuckDB renames a repeated header name ("dup", "dup_1"): refuse instead, so that a contract or join never reads the wrong one of two. */
function checkHeader(path: string, fields: string[]): void {
  const seen = new Map<string, number>();
  for (const [c, name] of fields.entries()) {
    if (name === "") continue; // DuckDB names it column<N>, as pandas' unnamed index column needs
    if (seen.has(name)) throw new InputError(`cannot read ${path}: the header names column ${JSON.stringify(name)} twice (columns ${seen.get(name)! + 1} and ${c + 1}); rename one`);
    seen.set(name, c);
  }
}
