import type {ColumnKind} from "../drift/columnKind.js";
import {binCountsOf, binCountsSql, type BinSpec} from "../drift/binCountsSql.js";
import {driftReportSql} from "../drift/driftReportSql.js";
import {sqlDouble} from "../drift/sqlDouble.js";
import {ident, join, raw, sql, type SqlEngine, type SqlFragment} from "../sql/index.js";
import {linfDistance} from "./linfDistance.js";
import {keyValue, skewColumns, type KeyValue} from "./skewColumns.js";
import {keyText, skewColumn, skewDefaults, type SkewExample, type SkewOptions, type SkewReport} from "./skewReport.js";

/**
 * The skew report of {@link skewReport}, computed in DuckDB over two tables (or views),
 * the same result (mean_abs_diff within rounding: DuckDB's avg sums in its own order): a
 * query per table for a repeated key, one scan of the inner join for every column's
 * tallies, one ordered query per column with differences for its first examples by key,
 * driftReportSql for the numeric columns' JS divergence and binCountsSql for the category
 * counts. The rows themselves never leave the engine.
 *
 * @example (await skewReportSql(engine, "recomputed_features", "served_features", {key: ["request_id"]})).rows.matched // => 500, with the served log of lib/synth's servedFeatures example with {rows: 500, centsShare: 0.05} loaded as the two tables
 */
export async function skewReportSql(engine: SqlEngine, training: string, serving: string, options: SkewOptions): Promise<SkewReport> {
  const o = skewDefaults("skewReportSql", options);
  const key = [...o.key];
  const schema = async (t: string) => (await engine.query(sql`select * from ${ident(t)} limit 0`)).schema;
  const columns = skewColumns("skewReportSql", await schema(training), await schema(serving), key, o.columns);
  for (const [side, table] of [["training", training], ["serving", serving]] as const) {
    const repeated = await repeatedKey(engine, table, key);
    if (repeated) throw new RangeError(`skewReportSql requires each key at most once per table, got ${keyText(key, repeated.key)} ${repeated.count} times in the ${side} table`);
    const infinite = await infiniteCounts(engine, table, columns.filter((c) => c.kind === "numeric").map((c) => c.column));
    for (const [column, n] of Object.entries(infinite)) if (n > 0) throw new RangeError(`skewReportSql requires finite numbers (or nulls), got ${n} infinite value${n > 1 ? "s" : ""} in column ${JSON.stringify(column)} of the ${side} table`);
  }
  const tests = columns.map(({column, kind}, i) => ({column, kind, i, ...comparisonSql(column, kind, o)}));
  const tally = [sql`count(*)::DOUBLE as matched`];
  for (const {i, kind, equal, nullMismatch, both, diff} of tests) {
    tally.push(sql`count(*) filter (where ${equal})::DOUBLE as ${ident(`equal_${i}`)}`, sql`count(*) filter (where ${nullMismatch})::DOUBLE as ${ident(`null_mismatch_${i}`)}`);
    if (kind === "numeric") tally.push(sql`avg(${diff}) filter (where ${both}) as ${ident(`mean_${i}`)}`, sql`max(${diff}) filter (where ${both}) as ${ident(`max_${i}`)}`);
  }
  const joined = joinSql(training, serving, key);
  const counts = (await engine.query(sql`select ${join([...tally, sql`(select count(*) from ${ident(training)})::DOUBLE as training_rows`, sql`(select count(*) from ${ident(serving)})::DOUBLE as serving_rows`])} ${joined}`)).get(0)!.toJSON() as Record<string, number | null>;
  const matched = Number(counts.matched);

  const numeric = columns.filter((c) => c.kind === "numeric").map((c) => c.column);
  const drift = numeric.length ? (await driftReportSql(engine, training, serving, {columns: numeric, bins: o.bins, eps: o.eps, distances: false})).columns : [];
  const specs: Record<string, BinSpec> = Object.fromEntries(columns.filter((c) => c.kind === "categorical").map((c) => [c.column, {kind: "categorical"}]));
  const categories = async (table: string) => (Object.keys(specs).length ? binCountsOf(specs, (await engine.query(binCountsSql(table, specs))).get(0)!.toJSON()) : {});
  const [tc, sc] = [await categories(training), await categories(serving)];

  const out = [];
  for (const t of tests) {
    const equal = Number(counts[`equal_${t.i}`]);
    const examples = equal < matched && o.examples > 0 ? await examplesOf(engine, joined, key, t, o.examples) : [];
    const distribution = t.kind === "numeric"
      ? {kind: t.kind, metric: "js" as const, value: drift[numeric.indexOf(t.column)]!.js}
      : {kind: t.kind, metric: "linf" as const, value: linfDistance(tc[t.column]!.categories, sc[t.column]!.categories)};
    const number = (x: number | null | undefined) => (x === null || x === undefined ? null : Number(x));
    out.push(skewColumn(t.column, t.kind, matched, {equal, null_mismatch: Number(counts[`null_mismatch_${t.i}`]), mean_abs_diff: number(counts[`mean_${t.i}`]), max_abs_diff: number(counts[`max_${t.i}`]), examples}, distribution, o.minMatch));
  }
  const [rowsT, rowsS] = [Number(counts.training_rows), Number(counts.serving_rows)];
  return {key, rows: {training: rowsT, serving: rowsS, matched, training_only: rowsT - matched, serving_only: rowsS - matched}, columns: out};
}

/**
 * The first repeated key of a table (smallest first) and how often it occurs, or null when
 * every non-null key is unique. Rows with a null key part are left out: they never join.
 *
 * @example await repeatedKey(engine, "served_features", ["customer_id"]) // => {key: [1], count: 5}, with the served log of lib/synth's servedFeatures example with {rows: 500, centsShare: 0.05} loaded as the two tables
 */
export async function repeatedKey(engine: SqlEngine, table: string, key: readonly string[]): Promise<{key: KeyValue[]; count: number} | null> {
  const keys = key.map((k) => ident(k));
  const result = await engine.query(sql`select ${join(keys)}, count(*)::DOUBLE as "count" from ${ident(table)} where ${join(keys.map((k) => sql`${k} is not null`), " and ")} group by ${join(keys)} having count(*) > 1 order by ${join(keys)} limit 1`);
  if (result.numRows === 0) return null;
  return {key: key.map((_, i) => keyValue(result.getChildAt(i)!, 0)), count: Number(result.get(0)!.toJSON().count)};
}

/**
 * How many ±Infinity values each numeric column holds, in one scan.
 *
 * @example await infiniteCounts(engine, "served_features", ["amount"]) // => {amount: 0}, with the served log of lib/synth's servedFeatures example with {rows: 500, centsShare: 0.05} loaded as the two tables
 */
export async function infiniteCounts(engine: SqlEngine, table: string, columns: readonly string[]): Promise<Record<string, number>> {
  if (columns.length === 0) return {};
  const row = (await engine.query(sql`select ${join(columns.map((c, i) => sql`count(*) filter (where isinf(${ident(c)}::DOUBLE))::DOUBLE as ${ident(`c${i}`)}`))} from ${ident(table)}`)).get(0)!.toJSON();
  return Object.fromEntries(columns.map((c, i) => [c, Number(row[`c${i}`])]));
}

/** `from training as t join serving as s on t.k = s.k and …` (an inner join: null keys never match). */
function joinSql(training: string, serving: string, key: readonly string[]): SqlFragment {
  return sql`from ${ident(training)} as "t" join ${ident(serving)} as "s" on ${join(key.map((k) => sql`${ident("t", k)} = ${ident("s", k)}`), " and ")}`;
}

/**
 * One column's tests over the join of tables aliased "t" (training) and "s" (serving), as
 * SQL: the values (`x`, `y`), `equal` (the report's equality), `nullMismatch`, `both`
 * (two numbers) and `diff` (|s − t|).
 *
 * @example comparisonSql("x", "categorical", {rtol: 1e-6, atol: 1e-9}).equal.text // => 'coalesce("t"."x"::VARCHAR = "s"."x"::VARCHAR, "t"."x"::VARCHAR is null and "s"."x"::VARCHAR is null)'
 */
export function comparisonSql(column: string, kind: ColumnKind, o: {rtol: number; atol: number}) {
  if (kind === "categorical") {
    const [x, y] = [sql`${ident("t", column)}::VARCHAR`, sql`${ident("s", column)}::VARCHAR`];
    return {x, y, equal: sql`coalesce(${x} = ${y}, ${x} is null and ${y} is null)`, nullMismatch: sql`(${x} is null) <> (${y} is null)`, both: raw("false"), diff: raw("null")};
  }
  const [x, y] = [sql`${ident("t", column)}::DOUBLE`, sql`${ident("s", column)}::DOUBLE`];
  const [mx, my] = [sql`(${x} is null or isnan(${x}))`, sql`(${y} is null or isnan(${y}))`];
  const diff = sql`abs(${y} - ${x})`;
  const close = sql`(${y} = ${x} or ${diff} <= ${sqlDouble(o.atol)} + ${sqlDouble(o.rtol)} * abs(${x}))`;
  return {x, y, equal: sql`case when ${mx} or ${my} then ${mx} and ${my} else ${close} end`, nullMismatch: sql`${mx} <> ${my}`, both: sql`not ${mx} and not ${my}`, diff};
}

async function examplesOf(engine: SqlEngine, joined: SqlFragment, key: readonly string[], t: {kind: ColumnKind; x: SqlFragment; y: SqlFragment; equal: SqlFragment}, limit: number): Promise<SkewExample[]> {
  const keys = key.map((k) => ident("t", k));
  const missing = (v: SqlFragment) => (t.kind === "numeric" ? sql`case when isnan(${v}) then null else ${v} end` : v);
  const result = await engine.query(sql`select ${join([...keys.map((k, i) => sql`${k} as ${ident(`k${i}`)}`), sql`${missing(t.x)} as "training"`, sql`${missing(t.y)} as "serving"`])} ${joined} where not (${t.equal}) order by ${join(keys)} limit ${raw(String(limit))}`);
  const out: SkewExample[] = [];
  for (let r = 0; r < result.numRows; r++) {
    const value = (name: string) => {
      const v = result.getChild(name)!.get(r) as unknown;
      return v === null || v === undefined ? null : t.kind === "numeric" ? Number(v) : String(v);
    };
    const [a, b] = [value("training"), value("serving")];
    out.push({key: key.map((_, i) => keyValue(result.getChild(`k${i}`)!, r)), training: a, serving: b, abs_diff: typeof a === "number" && typeof b === "number" ? Math.abs(b - a) : null});
  }
  return out;
}
