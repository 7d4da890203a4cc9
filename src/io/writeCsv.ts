import type {FileHandle} from "node:fs/promises";
import {DataType, type Table, type Vector} from "apache-arrow";

const ROWS_PER_WRITE = 16_384;

/**
 * Writes `table` as CSV to `handle`: a header row, then one line per row ("\n"),
 * fields quoted per RFC 4180 when they hold a comma, a quote, a line break or are
 * empty strings (so that an empty unquoted field means null). Timestamps and dates are
 * ISO-8601 UTC (`2026-01-01T00:00:00.000Z`), numbers in JavaScript's shortest
 * round-trip form. Streams in blocks of rows, so 10M-row tables fit in memory.
 *
 * @example
 * await writeCsv(tableFromArrays({id: [1], note: ["a,b"]}), handle) // writes 'id,note\n1,"a,b"\n'
 */
export async function writeCsv(table: Table, handle: FileHandle): Promise<void> {
  const fields = table.schema.fields;
  const formats = fields.map((field) => formatter(field.type));
  const columns = fields.map((_, c) => table.getChildAt(c)!);
  await handle.write(fields.map((f) => quote(f.name)).join(",") + "\n");
  for (let start = 0; start < table.numRows; start += ROWS_PER_WRITE) {
    const end = Math.min(table.numRows, start + ROWS_PER_WRITE);
    const lines: string[] = [];
    for (let r = start; r < end; ++r) lines.push(columns.map((column, c) => cell(column, r, formats[c]!)).join(","));
    await handle.write(lines.join("\n") + "\n");
  }
}

function cell(column: Vector, row: number, format: (value: any) => string): string {
  const value = column.get(row);
  return value === null || value === undefined ? "" : format(value);
}

/** How a non-null value of an Arrow type is written. */
function formatter(type: DataType): (value: any) => string {
  if (DataType.isTimestamp(type) || DataType.isDate(type)) return (ms: number | Date) => new Date(typeof ms === "object" ? ms.getTime() : Number(ms)).toISOString();
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return quote;
  if (DataType.isDictionary(type)) return (value) => quote(String(value));
  if (DataType.isInt(type) || DataType.isFloat(type) || DataType.isBool(type)) return String;
  return (value) => quote(typeof value === "object" ? JSON.stringify(value, (_, v) => (typeof v === "bigint" ? v.toString() : v)) : String(value));
}

/** RFC 4180 quoting; the empty string is quoted so that it differs from null. */
function quote(text: string): string {
  return text === "" || /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
