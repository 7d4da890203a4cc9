import type {ColumnKind} from "../drift/columnKind.js";
import {ident, join, raw, sql, type SqlFragment} from "../sql/index.js";
import {comparisonSql} from "./skewReportSql.js";

/** Options of {@link differingRowsSql}. */
export interface DifferingRowsOptions {
  key: string[];
  column: string;
  kind: ColumnKind;
  /** Extra training columns to show after the key (e.g. the request time). */
  context?: string[];
  rtol?: number;
  atol?: number;
  /** Rows shown (default 10). */
  limit?: number;
}

/**
 * The query a dashboard drills down with: the first rows by key whose `column` differs
 * between training and serving under the skew report's equality (its `comparisonSql`),
 * with the key, the context columns, `recomputed`, `served` and, for numbers,
 * `difference` (served − recomputed) and `ratio` (served / recomputed). Its first rows are
 * the report's examples.
 *
 * @example differingRowsSql("t", "s", {key: ["id"], column: "c", kind: "categorical"}).text.startsWith('select "t"."id"') // => true
 */
export function differingRowsSql(training: string, serving: string, options: DifferingRowsOptions): SqlFragment {
  const {key, column, kind, context = [], rtol = 1e-6, atol = 1e-9, limit = 10} = options;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`differingRowsSql requires a whole number limit ≥ 0, got ${limit}`);
  const c = comparisonSql(column, kind, {rtol, atol});
  const keys = key.map((k) => ident("t", k));
  const missing = (v: SqlFragment) => (kind === "numeric" ? sql`case when isnan(${v}) then null else ${v} end` : v);
  const numbers = kind === "numeric" ? [sql`${c.y} - ${c.x} as "difference"`, sql`case when ${c.x} <> 0 then ${c.y} / ${c.x} end as "ratio"`] : [];
  return sql`select ${join([...keys, ...context.map((k) => ident("t", k)), sql`${missing(c.x)} as "recomputed"`, sql`${missing(c.y)} as "served"`, ...numbers])}
from ${ident(training)} as "t" join ${ident(serving)} as "s" on ${join(key.map((k) => sql`${ident("t", k)} = ${ident("s", k)}`), " and ")}
where not (${c.equal})
order by ${join(keys)}
limit ${raw(String(limit))}`;
}
