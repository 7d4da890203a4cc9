import type {Table} from "apache-arrow";
import {ident, join, sql, type SqlEngine, type SqlFragment} from "../sql/index.js";
import {checkTrainingRows, type ApplyOptions} from "./applyPreprocess.js";
import type {InputKind, PreprocessSpec} from "./preprocessSpec.js";
import {checkSpecColumns} from "./specColumns.js";
import {sqlNumber, type SqlSource} from "./transformFamily.js";
import {transformFamily} from "./transformFamilies.js";

const ROW = "__preprocess_row";

/**
 * Compiles a fitted spec to one DuckDB SELECT over `table` (the training path): a CTE per
 * transform, each reading the one before, the outputs in applyPreprocess's order and the
 * table's row order (`rowid`, so `table` must be a table, not a view). Values are bound;
 * doubles exactly (sqlDouble), so the SQL computes what the TypeScript does: every output
 * is identical to applyPreprocess's except window sums and means, whose additions DuckDB's
 * windowed sum orders otherwise (its segment tree vs time order), within 1e-12·n·max|x|.
 *
 * @example preprocessSql(fitPreprocess(tableFromArrays({x: Float64Array.of(0, 10)}), [{kind: "minmax", column: "x"}]), "t").text
 * // => 'with s0 as (select rowid as "__preprocess_row", "x" from "t"),\n"s1" as (select * replace ((nullif("x"::DOUBLE, \'NaN\'::DOUBLE) - ?::DOUBLE) / ?::DOUBLE as "x") from "s0")\nselect "x" from "s1" order by "__preprocess_row"' 
 */
export function preprocessSql(spec: PreprocessSpec, table: string, options: ApplyOptions = {}): SqlFragment {
  const kinds = new Map<string, InputKind>(Object.entries(spec.fitted_on.columns));
  const order: string[] = [];
  const ctes: SqlFragment[] = [sql`s0 as (select rowid as ${ident(ROW)}${join(Object.keys(spec.fitted_on.columns).map((c) => sql`, ${ident(c)}`), "")} from ${ident(table)})`];
  const source: SqlSource = {
    number: sqlNumber,
    text: (name) => sql`${ident(name)}::VARCHAR`,
    micros: (name) => sql`epoch_us(${ident(name)}::TIMESTAMP)`,
    kind: (name) => kinds.get(name) ?? "numeric",
    row: ident(ROW),
    training: options.training ?? false,
  };
  spec.transforms.forEach((transform, i) => {
    const family = transformFamily(transform.kind, "preprocessSql");
    const outputs = family.sql(transform as never, source);
    const replaced = outputs.filter(([name]) => kinds.has(name)), added = outputs.filter(([name]) => !kinds.has(name));
    const replace = replaced.length ? sql` replace (${join(replaced.map(([name, e]) => sql`${e} as ${ident(name)}`))})` : sql``;
    const add = join(added.map(([name, e]) => sql`, ${e} as ${ident(name)}`), "");
    ctes.push(sql`${ident(`s${i + 1}`)} as (select *${replace}${add} from ${ident(`s${i}`)})`);
    for (const [name, kind] of family.outputs(transform as never, (c) => kinds.get(c)!)) {
      kinds.set(name, kind);
      if (!order.includes(name)) order.push(name);
    }
  });
  return sql`with ${join(ctes, ",\n")}
select ${join(order.map((name) => ident(name)))} from ${ident(`s${spec.transforms.length}`)} order by ${ident(ROW)}`;
}

/**
 * Runs preprocessSql on an engine after checking the table's columns and types against
 * the spec (a clear error naming the column, as applyPreprocess gives).
 *
 * @example (await applyPreprocessSql(engine, fitPreprocess(tableFromArrays({x: Float64Array.of(0, 10)}), [{kind: "minmax", column: "x"}]), "t")).getChild("x").toArray() // => Float64Array [0, 1] with t = {x: [0, 10]}
 */
export async function applyPreprocessSql(engine: SqlEngine, spec: PreprocessSpec, table: string, options: ApplyOptions = {}): Promise<Table> {
  const described = await engine.query(sql`select column_name, data_type from information_schema.columns where table_name = ${table}`);
  const types = new Map<string, string>();
  for (const row of described.toArray()) types.set(String(row.column_name), String(row.data_type));
  if (types.size === 0) throw new TypeError(`applyPreprocessSql: there is no table ${JSON.stringify(table)}`);
  checkSpecColumns(spec.fitted_on.columns, (name) => (types.has(name) ? duckdbKind(types.get(name)!) : undefined), "applyPreprocessSql");
  if (options.training) {
    const [row] = (await engine.query(sql`select count(*)::DOUBLE as n from ${ident(table)}`)).toArray();
    checkTrainingRows(spec, Number(row.n), "applyPreprocessSql");
  }
  return engine.query(preprocessSql(spec, table, options));
}

/**
 * The input kind of a DuckDB column type, as inputKind gives for the Arrow type DuckDB returns.
 *
 * @example duckdbKind("TIMESTAMP_MS") // => "timestamp"
 */
export function duckdbKind(type: string): InputKind | null {
  if (/^(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|FLOAT|DOUBLE|REAL)$/.test(type)) return "numeric";
  if (type === "VARCHAR" || type === "BOOLEAN") return "text";
  if (/^(TIMESTAMP(_S|_MS|_NS)?|DATE)$/.test(type)) return "timestamp";
  return null;
}
