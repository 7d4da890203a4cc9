import {DataType, type Table} from "apache-arrow";

export type JsonValue = string | number | boolean | null;

/**
 * The rows of an Arrow table as plain JSON-safe objects: timestamps and dates as ISO
 * strings (UTC), 64-bit integers as numbers when exact and as strings otherwise.
 *
 * @example jsonRows(tableFromArrays({a: [1]})) // => [{a: 1}]
 */
export function jsonRows(table: Table): Record<string, JsonValue>[] {
  const fields = table.schema.fields;
  const rows: Record<string, JsonValue>[] = [];
  for (let i = 0; i < table.numRows; ++i) {
    const row: Record<string, JsonValue> = {};
    for (const [j, field] of fields.entries()) row[field.name] = jsonValue(table.getChildAt(j)?.get(i), field.type);
    rows.push(row);
  }
  return rows;
}

function jsonValue(value: unknown, type: DataType): JsonValue {
  if (value === null || value === undefined) return null;
  if (DataType.isTimestamp(type) || DataType.isDate(type)) {
    const ms = value instanceof Date ? value.getTime() : Number(value);
    return Number.isFinite(ms) ? new Date(ms).toISOString() : String(value);
  }
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}
