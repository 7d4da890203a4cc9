import {ident, sql, type SqlFragment} from "../sql/index.js";

/** Keys stated more than once: a correction re-states an earlier row under the same key. */
export interface Corrections {
  rows: number;
  /** Distinct non-null keys. */
  keys: number;
  /** Keys with more than one row. */
  correctedKeys: number;
  /** Rows beyond the first of each key: rows − keys (null keys count as rows). */
  extraRows: number;
  /** correctedKeys / keys, in [0, 1]; 0 when there are no keys. */
  correctedShare: number;
}

/**
 * One row: `rows`, `keys`, `corrected_keys`, `extra_rows` (INTEGER), `corrected_share`
 * (DOUBLE) for the key column `key` of `table` (e.g. txn_id of transactions).
 *
 * @example correctionsSql("transactions", "txn_id").params // => []
 */
export function correctionsSql(table: string, key: string): SqlFragment {
  return sql`with per_key as (
  select ${ident(key)} as key, count(*) as n from ${ident(table)} group by all
)
select coalesce(sum(n), 0)::INTEGER as rows,
  (count(*) filter (where key is not null))::INTEGER as keys,
  (count(*) filter (where key is not null and n > 1))::INTEGER as corrected_keys,
  (coalesce(sum(n), 0) - count(*) filter (where key is not null))::INTEGER as extra_rows,
  coalesce((count(*) filter (where key is not null and n > 1)) / nullif(count(*) filter (where key is not null), 0), 0) as corrected_share
from per_key`;
}

/**
 * The reference for `correctionsSql` over a plain key column.
 *
 * @example corrections([1, 2, 2, 3, 3, 3]) // => {rows: 6, keys: 3, correctedKeys: 2, extraRows: 3, correctedShare: 0.6666666666666666}
 */
export function corrections(keys: ArrayLike<unknown>): Corrections {
  const counts = new Map<unknown, number>();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key != null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let correctedKeys = 0;
  for (const n of counts.values()) if (n > 1) correctedKeys++;
  return {
    rows: keys.length,
    keys: counts.size,
    correctedKeys,
    extraRows: keys.length - counts.size,
    correctedShare: counts.size === 0 ? 0 : correctedKeys / counts.size,
  };
}
