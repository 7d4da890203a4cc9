import type {SqlValue} from "./sqlEngine.js";

/**
 * A bound parameter written as a SQL literal, for display only (queries run with bound
 * parameters): strings single-quoted with quotes doubled, dates as a UTC TIMESTAMP.
 *
 * @example sqlLiteral("it's") // => "'it''s'"
 * @example sqlLiteral(new Date(Date.UTC(2026, 0, 1))) // => "TIMESTAMP '2026-01-01 00:00:00.000'"
 */
export function sqlLiteral(value: SqlValue): string {
  if (value === null) return "NULL";
  if (value instanceof Date) return `TIMESTAMP '${value.toISOString().replace("T", " ").replace("Z", "")}'`;
  if (typeof value === "string") return `'${value.replaceAll("'", "''")}'`;
  return String(value);
}
