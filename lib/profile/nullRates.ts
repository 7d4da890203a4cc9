import {ident, join, sql, type SqlFragment} from "../sql/index.js";
import type {Columns} from "./columns.js";

/** How many values of one column are missing. */
export interface NullRate {
  column: string;
  rows: number;
  nulls: number;
  /** nulls / rows, in [0, 1]; 0 for an empty table. */
  nullShare: number;
}

/**
 * One row per column, in the order given: `column`, `rows`, `nulls` (INTEGER) and
 * `null_share` (DOUBLE, 0 for an empty table). NaN is a value, not a null.
 *
 * @example nullRatesSql("t", ["amount"]).params // => [0, "amount"]
 */
export function nullRatesSql(table: string, columns: readonly string[]): SqlFragment {
  if (columns.length === 0) throw new RangeError(`nullRatesSql requires at least one column of ${table}, got none`);
  const counts = columns.map((column, i) => sql`select ${i} as "order", ${column} as "column", count(*)::INTEGER as "rows", (count(*) - count(${ident(column)}))::INTEGER as "nulls" from ${ident(table)}`);
  return sql`select "column", "rows", "nulls", case when "rows" = 0 then 0 else "nulls" / "rows" end as "null_share"
from (${join(counts, "\nunion all ")})
order by "order"`;
}

/**
 * The reference for `nullRatesSql` over plain columns: null and undefined are missing.
 *
 * @example nullRates({amount: [1, null, 3, null]}) // => [{column: "amount", rows: 4, nulls: 2, nullShare: 0.5}]
 */
export function nullRates(columns: Columns): NullRate[] {
  return Object.entries(columns).map(([column, values]) => {
    let nulls = 0;
    for (let i = 0; i < values.length; i++) if (values[i] == null) nulls++;
    const rows = values.length;
    return {column, rows, nulls, nullShare: rows === 0 ? 0 : nulls / rows};
  });
}
