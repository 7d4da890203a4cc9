import {ident, join, sql, type SqlFragment} from "../sql/index.js";
import type {Columns} from "./columns.js";

/** One table's size. */
export interface RowCount {
  table: string;
  rows: number;
}

/**
 * One row per table, in the order given: `table` (VARCHAR), `rows` (INTEGER).
 *
 * @example rowCountsSql(["a"]).params // => [0, "a"]
 */
export function rowCountsSql(tables: readonly string[]): SqlFragment {
  if (tables.length === 0) throw new RangeError("rowCountsSql requires at least one table, got none");
  const counts = tables.map((table, i) => sql`select ${i} as "order", ${table} as "table", count(*)::INTEGER as "rows" from ${ident(table)}`);
  return sql`select "table", "rows" from (${join(counts, "\nunion all ")}) order by "order"`;
}

/**
 * The reference for `rowCountsSql` over plain columns: a table's rows are the length
 * of its first column (0 for a table without columns).
 *
 * @example rowCounts({a: {x: [1, 2]}}) // => [{table: "a", rows: 2}]
 */
export function rowCounts(tables: Readonly<Record<string, Columns>>): RowCount[] {
  return Object.entries(tables).map(([table, columns]) => {
    const first = Object.values(columns)[0];
    return {table, rows: first ? first.length : 0};
  });
}
