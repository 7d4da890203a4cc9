import type {Table} from "apache-arrow";
import {ident, join, raw, sql, type SqlFragment} from "../sql/index.js";
import {mayBeNaN, typeCategory, type Column} from "./columnTypes.js";

/** What one scan says about a column, enough to propose a contract for it. */
export interface ColumnProfile {
  name: string;
  /** The DuckDB type, e.g. "BIGINT". */
  type: string;
  rows: number;
  nulls: number;
  /** FLOAT and DOUBLE columns: how many values are NaN (a value, not a null); 0 otherwise. */
  nans: number;
  distinct: number;
  /** Numeric columns: the smallest and largest value (NaN sorts above every number); null otherwise or when all are null. */
  min: number | null;
  max: number | null;
  /** Text columns with at most `maxValues` distinct values: those values, sorted; else null. */
  values: string[] | null;
}

/**
 * ONE scan that profiles every column: non-null and distinct counts, numeric min and max,
 * NaN counts of FLOAT and DOUBLE columns, and the list of values of text columns with few distinct values. Output columns are
 * named by position (`n0`, `d0`, ...), so any column name is safe.
 *
 * @example profileQuery("t", [{name: "a", type: "INTEGER"}]).text // => 'SELECT count(*) AS "rows", count("a") AS "n0", count(DISTINCT "a") AS "d0", CAST(min("a") AS DOUBLE) AS "lo0", CAST(max("a") AS DOUBLE) AS "hi0" FROM "t"'
 */
export function profileQuery(table: string, columns: readonly Column[], maxValues = 12): SqlFragment {
  const parts: SqlFragment[] = [sql`count(*) AS ${ident("rows")}`];
  columns.forEach((c, i) => {
    const col = ident(c.name);
    parts.push(sql`count(${col}) AS ${ident(`n${i}`)}`, sql`count(DISTINCT ${col}) AS ${ident(`d${i}`)}`);
    const category = typeCategory(c.type);
    if (category === "integer" || category === "number") parts.push(sql`CAST(min(${col}) AS DOUBLE) AS ${ident(`lo${i}`)}`, sql`CAST(max(${col}) AS DOUBLE) AS ${ident(`hi${i}`)}`);
    if (mayBeNaN(undefined, c)) parts.push(sql`count_if(isnan(${col})) AS ${ident(`nan${i}`)}`);
    if (category === "string") {
      parts.push(sql`CASE WHEN count(DISTINCT ${col}) <= ${raw(String(Math.floor(maxValues)))} THEN list(DISTINCT ${col} ORDER BY ${col}) END AS ${ident(`v${i}`)}`);
    }
  });
  return sql`SELECT ${join(parts)} FROM ${ident(table)}`;
}

/**
 * Reads the one-row result of `profileQuery` back into a profile per column.
 *
 * @example columnProfiles(await engine.query(profileQuery("t", columns)), columns)[0] // => {name: "a", type: "INTEGER", rows: 3, nulls: 1, nans: 0, distinct: 2, min: 1, max: 3, values: null}
 */
export function columnProfiles(result: Table, columns: readonly Column[]): ColumnProfile[] {
  const row = result.get(0);
  if (!row) throw new Error(`columnProfiles requires the one-row result of profileQuery, got ${result.numRows} rows`);
  const get = (key: string): unknown => (row as unknown as Record<string, unknown>)[key];
  const num = (key: string) => {
    const v = get(key);
    return v === null || v === undefined ? null : Number(v);
  };
  const rows = Number(get("rows"));
  return columns.map((c, i) => {
    const list = get(`v${i}`) as {toArray(): unknown[]} | null | undefined;
    return {
      name: c.name, type: c.type, rows, nulls: rows - Number(get(`n${i}`)), nans: Number(get(`nan${i}`) ?? 0), distinct: Number(get(`d${i}`)),
      min: num(`lo${i}`), max: num(`hi${i}`), values: list ? Array.from(list.toArray(), String) : null,
    };
  });
}
