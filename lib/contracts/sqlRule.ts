import type {Table} from "apache-arrow";
import {ident, raw, sql, type SqlFragment} from "../sql/index.js";

const objectPlaceholder = /["'`]?\$?\{(?:object|table|model)\}["'`]?/g;
const propertyPlaceholder = /["'`]?\$?\{(?:property|column|field)\}["'`]?/g;

/**
 * An ODCS `type: sql` rule's query with its placeholders resolved: `{object}` (also
 * `${object}`, `{table}`, `{model}`, quoted or not, as datacontract-cli reads them) becomes
 * the quoted table name, `{property}` (also `{column}`, `{field}`) the quoted column name
 * of a property-level rule. Trailing semicolons and blanks are dropped. Nothing else is
 * touched: the query is the contract author's SQL.
 *
 * @example resolveSqlRule("SELECT count(*) FROM {object} WHERE ${property} < 0;", "orders", "amount") // => 'SELECT count(*) FROM "orders" WHERE "amount" < 0'
 */
export function resolveSqlRule(query: string, table: string, column: string | null = null): string {
  let text = query.replace(objectPlaceholder, ident(table).text);
  if (column !== null) text = text.replace(propertyPlaceholder, ident(column).text);
  return text.replace(/[\s;]+$/, "").trim();
}

/**
 * The query that runs a resolved SQL rule: at most two rows of it, every column as DuckDB's
 * text (so a DECIMAL, a HUGEINT and a BOOLEAN read alike on every engine). The rule is the
 * body of a CTE, so only a query parses there (a CREATE, COPY or ATTACH is a syntax error,
 * and a syntax error of the rule is reported at its own first bad token); the row limit is a
 * bound parameter, so engines PREPARE it, and DuckDB prepares one statement only: a second
 * statement appended to the rule (`…; DROP TABLE t`) fails instead of running.
 *
 * @example sqlRuleQuery('SELECT max("a") FROM "t"').text // => 'WITH "fslab_sql_rule" AS (SELECT max("a") FROM "t") SELECT CAST(COLUMNS(*) AS VARCHAR) FROM "fslab_sql_rule" LIMIT ?'
 */
export function sqlRuleQuery(resolved: string): SqlFragment {
  return sql`WITH "fslab_sql_rule" AS (${raw(resolved)}) SELECT CAST(COLUMNS(*) AS VARCHAR) FROM "fslab_sql_rule" LIMIT ${2}`;
}

/**
 * The one line a failed SQL rule reports: DuckDB's message, and when the rule is not a
 * single query (a second statement, a CREATE), what a SQL rule must be.
 *
 * @example sqlRuleError(new Error('Parser Error: syntax error at or near ";"\nLINE 1: ...'), "SELECT 1; DROP TABLE t") // => 'the rule\'s SQL failed: Parser Error: syntax error at or near ";" (a SQL rule is ONE read-only query: SELECT … or WITH … SELECT …)'
 */
export function sqlRuleError(error: unknown, resolved: string): string {
  const message = String((error as Error)?.message ?? error).split("\n")[0]!.trim();
  const notAQuery = /^Parser Error/.test(message) && (/at or near ";"/.test(message) || !/^\(*\s*(SELECT|WITH|FROM|VALUES|TABLE)\b/i.test(resolved));
  const placeholder = /\$?\{(property|column|field)\}/.exec(resolved)?.[0];
  const hint = placeholder ? ` (${placeholder} stands for a column only in a property's rule; this rule is the object's)`
    : notAQuery ? " (a SQL rule is ONE read-only query: SELECT … or WITH … SELECT …)" : "";
  return `the rule's SQL failed: ${message}${hint}`;
}

/**
 * The single value a SQL rule returned (the result of sqlRuleQuery), as a number to compare:
 * numbers as written, true/false as 1/0, inf/nan as ±Infinity/NaN. Anything else (no row,
 * several rows or columns, NULL, text that is not a number) is an error message.
 *
 * @example sqlRuleValue(tableFromArrays({n: ["42"]})) // => {value: 42, text: "42"}
 */
export function sqlRuleValue(result: Table): {value: number; text: string} | {error: string} {
  const columns = result.schema.fields.length;
  if (result.numRows === 0) return {error: "the query returned no row; a SQL rule must return one value (one row, one column)"};
  if (result.numRows > 1) return {error: "the query returned several rows; a SQL rule must return one value (one row, one column)"};
  if (columns !== 1) return {error: `the query returned ${columns} columns (${result.schema.fields.map((f) => f.name).join(", ")}); a SQL rule must return one value (one row, one column)`};
  const cell = result.getChildAt(0)?.get(0) as unknown;
  if (cell === null || cell === undefined) return {error: "the query returned NULL, which cannot be compared"};
  const text = String(cell);
  const value = numberOf(text);
  return value === undefined ? {error: `the query returned ${JSON.stringify(text)}, which is not a number or a boolean`} : {value, text};
}

function numberOf(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (t === "true") return 1;
  if (t === "false") return 0;
  if (t === "inf" || t === "infinity") return Number.POSITIVE_INFINITY;
  if (t === "-inf" || t === "-infinity") return Number.NEGATIVE_INFINITY;
  if (t === "nan" || t === "-nan") return Number.NaN;
  if (t === "" || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t)) return undefined;
  return Number(t);
}
