import type {SqlQuery, SqlValue} from "../sql/index.js";

/**
 * A query as a reader should see it: parameters written in place as SQL literals
 * (strings single-quoted with quotes doubled). For display only; queries run with
 * bound parameters.
 *
 * @example displaySql({text: "SELECT ? AS a", params: ["it's"]}) // => "SELECT 'it''s' AS a"
 */
export function displaySql(query: SqlQuery): string {
  let i = 0;
  // `?` inside quoted identifiers or strings is text, not a placeholder.
  return query.text.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'|\?/g, (token) => (token === "?" ? literal(query.params[i++] ?? null) : token));
}

function literal(value: SqlValue): string {
  if (value === null) return "NULL";
  if (value instanceof Date) return `TIMESTAMP '${value.toISOString().replace("T", " ").replace("Z", "")}'`;
  if (typeof value === "string") return `'${value.replaceAll("'", "''")}'`;
  return String(value);
}
