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
 * One row per column, in the order given, from one scan of the table: `column`, `rows`, `nulls` (INTEGER) and
 * `null_share` (DOUBLE, 0 for an empty table). NaN is a value, not a null.
 *
 * @example nullRatesSql("t", ["amount"]).params // => ["amount"]
 */
export function nullRatesSql(table: string, columns: readonly string[]): SqlFragment {
  if (columns.length === 0) throw new RangeError(`nullRatesSql requires at least one column of ${table}, got none`);
  const missing = columns.map((column) => sql`count(*) - count(${ident(column)})`);
  return sql`with counts as (
  select count(*)::INTEGER as "rows", [${join(missing)}]::INTEGER[] as "nulls" from ${ident(table)}
),
per_column as (
  select unnest([${join(columns)}]) as "column", "rows", unnest("nulls") as "nulls" from counts
)
select "column", "rows", "nulls", case when "rows" = 0 then 0 else "nulls" / "rows" end as "null_share"
from per_column`;
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
