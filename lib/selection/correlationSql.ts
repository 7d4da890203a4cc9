import {ident, join, sql, type SqlFragment} from "../sql/index.js";

/**
 * Pearson's correlation of every pair of `features` in one DuckDB pass (`corr`, over the
 * rows where both are present: NaN becomes null first, as `correlationMatrix` leaves NaN
 * out pairwise): one row, a column `<a>~<b>` per pair a before b.
 *
 * @example correlationSql({table: "t", features: ["a", "b"]}).text // => 'WITH v AS (SELECT nullif("a"::DOUBLE, \'NaN\'::DOUBLE) AS "a", nullif("b"::DOUBLE, \'NaN\'::DOUBLE) AS "b" FROM "t")\nSELECT corr("a", "b") AS "a~b"\nFROM v'
 */
export function correlationSql({table, features}: {table: string; features: readonly string[]}): SqlFragment {
  const values = features.map((f) => sql`nullif(${ident(f)}::DOUBLE, 'NaN'::DOUBLE) AS ${ident(f)}`);
  const pairs = features.flatMap((a, i) => features.slice(i + 1).map((b) => sql`corr(${ident(a)}, ${ident(b)}) AS ${ident(`${a}~${b}`)}`));
  return sql`WITH v AS (SELECT ${join(values)} FROM ${ident(table)})
SELECT ${join(pairs)}
FROM v`;
}
