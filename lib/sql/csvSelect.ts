import {quoteIdentifier} from "./quoteIdentifier.js";
import type {SqlEngine} from "./sqlEngine.js";
import {sqlStringLiteral} from "./sqlStringLiteral.js";

/**
 * Why a CSV cannot be read, as data: `kind`, the 1-based line of the file it is on (the
 * header is line 1; null when no one line is to blame) and one line in words without the
 * file's name. A ragged line also has its field counts and its text (at most 80 characters).
 */
export interface CsvProblem {
  kind: "blank-header" | "duplicate-column" | "ragged" | "not-utf8" | "unreadable";
  line: number | null;
  message: string;
  expected?: number;
  found?: number;
  text?: string;
}

/** A CSV read: the SELECT to run and the columns it gives, or why the file cannot be read. */
export type CsvSelect = {ok: true; query: string; columns: {name: string; type: string}[]} | {ok: false; problem: CsvProblem};

/**
 * The one way fslab reads a CSV, in Node and in the browser: `file` is the name DuckDB reads
 * (a path, or a name given to registerFile) and `head` the file's first characters as text
 * (at least its header line; 64 KiB is plenty). Header row, dialect and types detected from the
 * first `sampleSize` rows (-1: the whole file), never a skipped line (skip = 0: left to
 * itself the sniffer drops leading lines that do not fit, header included, without a word),
 * an empty unquoted field null, `""` the empty string, zoned timestamps TIMESTAMP (UTC
 * instants, no ICU needed). A blank header line, a header naming a column twice (DuckDB would
 * rename one "x_1"), a line with more or fewer fields than the header (found by a strict
 * re-read that keeps rejected lines aside) or a file DuckDB cannot split is `{ok: false}`
 * with the problem, instead of a table that silently lost rows or columns.
 *
 * @example
 * await csvSelect(engine, "a.csv", "id,t\n1,2026-01-01T00:00:00Z\n")
 * // {ok: true, query: 'SELECT "id", CAST("t" AS TIMESTAMP) AS "t" FROM read_csv(\'a.csv\', header = true, skip = 0, allow_quoted_nulls = false, sample_size = 20480)', columns: [{name: "id", type: "BIGINT"}, {name: "t", type: "TIMESTAMP WITH TIME ZONE"}]}
 */
export async function csvSelect(engine: SqlEngine, file: string, head: string, {sampleSize = 20_480}: {sampleSize?: number} = {}): Promise<CsvSelect> {
  if (typeof head !== "string") throw new TypeError(`csvSelect requires head, the file's first characters as a string, got ${typeof head}`);
  if (!Number.isInteger(sampleSize) || (sampleSize < 1 && sampleSize !== -1)) throw new TypeError(`csvSelect requires sampleSize a positive integer or -1, got ${sampleSize}`);
  const header = csvHeader(head);
  if (header.fields.length === 1 && header.fields[0]!.trim() === "") {
    return fail({kind: "blank-header", line: 1, message: "the first line is blank; a CSV starts with its header row"});
  }
  const source = `read_csv(${sqlStringLiteral(file)}, header = true, skip = 0, allow_quoted_nulls = false, sample_size = ${sampleSize})`;
  let columns: {name: string; type: string}[];
  try {
    columns = (await engine.query(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${source})`)).toArray()
      .map((row) => ({name: String(row.column_name), type: String(row.column_type)}));
  } catch (error) {
    return fail(await csvFailure(engine, file, head, error));
  }
  // One line with more or fewer fields can leave no delimiter that fits every line: the file reads as ONE column named after the header.
  if (columns.length === 1) {
    const ragged = await raggedLine(engine, file, csvDelimiters.find((d) => columns[0]!.name.includes(d)));
    if (ragged) return fail(ragged);
  }
  if (columns.length === header.fields.length) {
    const twice = repeatedName(header.fields);
    if (twice) return fail(twice);
  }
  const select = columns.map(({name, type}) => {
    const column = quoteIdentifier(name);
    return type === "TIMESTAMP WITH TIME ZONE" ? `CAST(${column} AS TIMESTAMP) AS ${column}` : column;
  });
  return {ok: true, query: `SELECT ${select.join(", ")} FROM ${source}`, columns};
}

/**
 * Why reading CSV `file` failed with `error` (in DESCRIBE or mid-scan, after the sniffer's
 * sample): the first line a strict re-read with the header's delimiter rejects, or else
 * DuckDB's error in words (csvProblem).
 *
 * @example
 * await csvFailure(engine, "a.csv", "a,b\n1,2\n3,4,5\n", new Error("… CSV Error on Line: 3 …"))
 * // {kind: "ragged", line: 3, expected: 2, found: 3, text: "3,4,5", message: 'line 3 has 3 fields where the header has 2: "3,4,5"'}
 */
export async function csvFailure(engine: SqlEngine, file: string, head: string, error: unknown): Promise<CsvProblem> {
  return (await raggedLine(engine, file, csvHeader(head).delimiter)) ?? csvProblem(error);
}

/**
 * DuckDB's error for a CSV it could not read, as a problem in words: the sniffer's list of
 * tried dialects becomes one sentence, a mid-scan error its line and field counts.
 *
 * @example
 * csvProblem(new Error("Invalid Input Error: CSV Error on Line: 7\nOriginal Line: 1,2\nExpected Number of Columns: 3 Found: 2"))
 * // {kind: "unreadable", line: 7, expected: 3, found: 2, message: "line 7: expected 3 fields, found 2"}
 */
export function csvProblem(error: unknown): CsvProblem {
  const text = String(error instanceof Error ? error.message : error);
  if (/not possible to automatically detect the CSV parsing dialect/i.test(text)) {
    return {kind: "unreadable", line: null, message: "not a CSV DuckDB can read: no delimiter and quoting split every line into the same number of fields"};
  }
  const match = /CSV Error on Line: (\d+)/.exec(text);
  const line = match ? Number(match[1]) : null;
  const counts = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(text);
  const what = counts ? `expected ${counts[1]} fields, found ${counts[2]}`
    : (/Invalid unicode[^.\n]*|Value with unterminated quote[^.\n]*|Could not convert[^\n]*/i.exec(text)?.[0] ?? text.split("\n")[0]!.replace(/^[A-Za-z ]*Error: /, "")).trim();
  return {kind: "unreadable", line, ...(counts ? {expected: Number(counts[1]), found: Number(counts[2])} : {}), message: line === null ? what : `line ${line}: ${what}`};
}

/**
 * The header line of a CSV's first characters `head` (a byte order mark dropped), split by
 * the delimiter it uses most of `, ; \t |` (RFC 4180 quotes, doubled quotes undone); the
 * delimiter is undefined when it has none.
 *
 * @example
 * csvHeader('\uFEFFid;"a;b"\n1;2\n') // {delimiter: ";", fields: ["id", "a;b"]}
 */
export function csvHeader(head: string): {delimiter: string | undefined; fields: string[]} {
  const line = firstRecord(head.replace(/^\uFEFF/, ""));
  const counts = csvDelimiters.map((d) => line.split(d).length - 1);
  const most = Math.max(...counts);
  const delimiter = most > 0 ? csvDelimiters[counts.indexOf(most)] : undefined;
  return {delimiter, fields: delimiter ? splitRecord(line, delimiter) : [line]};
}

const csvDelimiters = [",", ";", "\t", "|"];

function fail(problem: CsvProblem): CsvSelect {
  return {ok: false, problem};
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

/** DuckDB renames a repeated header name ("dup", "dup_1"): refuse instead, so that a contract or join never reads the wrong one of two. */
function repeatedName(fields: string[]): CsvProblem | null {
  const seen = new Map<string, number>();
  for (const [c, name] of fields.entries()) {
    if (name === "") continue; // DuckDB names it column<N>, as pandas' unnamed index column needs
    if (seen.has(name)) {
      return {kind: "duplicate-column", line: 1, message: `the header names column ${JSON.stringify(name)} twice (columns ${seen.get(name)! + 1} and ${c + 1}); rename one`};
    }
    seen.set(name, c);
  }
  return null;
}

/** Re-reads `file` as text with `delimiter`, keeping rejected lines aside, and describes the first; null if none (or the re-read fails too). */
async function raggedLine(engine: SqlEngine, file: string, delimiter: string | undefined): Promise<CsvProblem | null> {
  if (!delimiter) return null;
  const [table, rejects, scans] = ["fslab_csv_ragged", "fslab_csv_rejects", "fslab_csv_reject_scans"];
  try {
    await engine.query(`CREATE OR REPLACE TEMP TABLE ${table} AS SELECT * FROM read_csv(${sqlStringLiteral(file)}, header = true, skip = 0, delim = ${sqlStringLiteral(delimiter)}, all_varchar = true, store_rejects = true, rejects_table = '${rejects}', rejects_scan = '${scans}')`);
    const found = (await engine.query(`SELECT CAST(line AS INTEGER) AS line, csv_line, error_message FROM ${rejects} ORDER BY line LIMIT 1`)).toArray();
    if (!found.length) return null;
    const line = Number(found[0]!.line);
    const message = String(found[0]!.error_message);
    if (/not utf-8/i.test(message)) return {kind: "not-utf8", line, message: `line ${line} is not UTF-8 text; save the file as UTF-8`};
    const whole = String(found[0]!.csv_line ?? "");
    const text = whole.length > 80 ? `${whole.slice(0, 80)}…` : whole;
    const counts = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
    if (!counts) return {kind: "ragged", line, text, message: `line ${line} does not fit the header (${message.split("\n")[0]}): ${JSON.stringify(text)}`};
    const [expected, fields] = [Number(counts[1]), Number(counts[2])];
    return {kind: "ragged", line, expected, found: fields, text, message: `line ${line} has ${fields} field${fields === 1 ? "" : "s"} where the header has ${expected}: ${JSON.stringify(text)}`};
  } catch {
    return null; // the strict re-read failed too: keep DuckDB's own words
  } finally {
    for (const t of [table, rejects, scans]) await engine.query(`DROP TABLE IF EXISTS ${t}`).catch(() => {});
  }
}
