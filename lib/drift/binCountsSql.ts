import {ident, join, raw, sql, type SqlFragment} from "../sql/index.js";
import type {Binning} from "./binAgainst.js";
import {sqlDouble} from "./sqlDouble.js";

/** What binCountsSql needs of a binning: numeric edges, or only the kind for categories. */
export type BinSpec = {kind: "numeric"; edges: readonly number[]} | {kind: "categorical"};

/**
 * Bin counts and null counts of every column of a table in one scan. For each column (in
 * the order given) three columns: `c<i>_bins` (bin indexes, numeric, or categories, as
 * VARCHAR[]), `c<i>_counts` (BIGINT[], aligned) and `c<i>_nulls` (nulls, and NaN for numbers);
 * numeric columns also `c<i>_infinite`; and `rows`. Numeric bins follow the edges exactly as
 * binIndex (a value on an edge goes above; ±Infinity in the outer bins); categories are the
 * column's values as text (booleans as true/false). Read the row with {@link binCountsOf}.
 *
 * @example binCountsSql("t", {x: {kind: "numeric", edges: [2.5]}}).params // => ["2.5"]
 */
export function binCountsSql(table: string, binnings: Record<string, BinSpec | Binning>): SqlFragment {
  const inner: SqlFragment[] = [], outer: SqlFragment[] = [];
  Object.entries(binnings).forEach(([column, b], i) => {
    const x = b.kind === "numeric" ? sql`${ident(column)}::DOUBLE` : sql`${ident(column)}::VARCHAR`;
    const [h, nulls, infinite] = [ident(`h${i}`), ident(`c${i}_nulls`), ident(`c${i}_infinite`)];
    inner.push(sql`histogram(${b.kind === "numeric" ? numericBin(x, b.edges) : x}) as ${h}`);
    inner.push(b.kind === "numeric" ? sql`count(*) filter (where ${x} is null or isnan(${x})) as ${nulls}` : sql`count(*) filter (where ${x} is null) as ${nulls}`);
    if (b.kind === "numeric") inner.push(sql`count(*) filter (where isinf(${x})) as ${infinite}`);
    outer.push(sql`map_keys(${h})::VARCHAR[] as ${ident(`c${i}_bins`)}`, sql`map_values(${h})::BIGINT[] as ${ident(`c${i}_counts`)}`, nulls, ...(b.kind === "numeric" ? [infinite] : []));
  });
  return sql`select ${join([...outer, sql`"rows"`])}
from (select ${join([...inner, sql`count(*) as "rows"`])}
from ${ident(table)})`;
}

/** The bin of a DOUBLE expression: null for null and NaN, else how many edges are ≤ it. */
export function numericBin(x: SqlFragment, edges: readonly number[]): SqlFragment {
  if (edges.length === 0) return sql`case when ${x} is null or isnan(${x}) then null else 0 end`;
  // Bin indexes are written out (our own whole numbers): bound, they would bind as DOUBLE.
  const whens = edges.map((e, k) => sql`when ${x} < ${sqlDouble(e)} then ${raw(String(k))}`);
  return sql`case when ${x} is null or isnan(${x}) then null ${join(whens, " ")} else ${raw(String(edges.length))} end`;
}

/** One column's counts as binCountsSql returns them. */
export interface SqlBinCounts {
  /** Numeric: counts per bin (edges.length + 1). */
  counts: number[];
  /** Categorical: count per category. */
  categories: Map<string, number>;
  nulls: number;
  infinite: number;
  rows: number;
}

/**
 * Reads binCountsSql's one row (a plain object) into counts per column.
 *
 * @example binCountsOf({x: {kind: "numeric", edges: [2.5]}}, {c0_bins: ["1"], c0_counts: [2], c0_nulls: 1, c0_infinite: 0, rows: 3}).x.counts // => [0, 2]
 */
export function binCountsOf(binnings: Record<string, BinSpec | Binning>, row: Record<string, unknown>): Record<string, SqlBinCounts> {
  const out: Record<string, SqlBinCounts> = {};
  Object.entries(binnings).forEach(([column, b], i) => {
    const keys = [...((row[`c${i}_bins`] as Iterable<string> | null) ?? [])];
    const values = [...((row[`c${i}_counts`] as Iterable<number | bigint> | null) ?? [])].map(Number);
    const categories = new Map(keys.map((k, j) => [k, values[j]!]));
    const counts = b.kind === "numeric" ? Array.from({length: b.edges.length + 1}, (_, k) => categories.get(String(k)) ?? 0) : [];
    out[column] = {counts, categories: b.kind === "numeric" ? new Map() : categories, nulls: Number(row[`c${i}_nulls`]), infinite: Number(row[`c${i}_infinite`] ?? 0), rows: Number(row.rows)};
  });
  return out;
}
