import {numericBin} from "../drift/binCountsSql.js";
import {binLabels} from "../drift/binAgainst.js";
import {byCodeUnit} from "../drift/categoricalBinning.js";
import {quantileEdges} from "../drift/numericBinning.js";
import {orderStatisticsSql} from "../drift/referenceEdgesSql.js";
import {sqlDouble} from "../drift/sqlDouble.js";
import {ident, join, raw, sql, type SqlEngine, type SqlFragment} from "../sql/index.js";
import {checkTime, dayLabel, keyRangeLabel, localiseDefaults, narrowSkew, type BucketFilter, type LocaliseBackend, type LocaliseOptions, type SkewLocalisation} from "./narrowSkew.js";
import {keyKind, keyValue, skewColumns, type KeyKind, type KeyValue} from "./skewColumns.js";
import {comparisonSql} from "./skewReportSql.js";

/**
 * {@link localiseSkew} in DuckDB over two tables (or views), the same result: every bucket
 * fingerprint is one aggregate query per side (count and the sum of DuckDB's `hash` of key
 * and value, numbers as DOUBLE with NaN as null), medians and leaf comparisons are queries
 * too, so no row leaves the engine. Buckets, splits and counts are the TypeScript path's.
 *
 * @example (await localiseSkewSql(engine, "recomputed_features", "served_features", {key: ["request_id"], columns: ["amount"]})).columns[0].by_key.map((b) => b.unequal) // => [1, 2, 5, 3, 4, 6, 3, 3], with the served log of lib/synth's servedFeatures example with {rows: 500, centsShare: 0.05} loaded as the two tables
 */
export async function localiseSkewSql(engine: SqlEngine, training: string, serving: string, options: LocaliseOptions): Promise<SkewLocalisation> {
  const o = localiseDefaults("localiseSkewSql", options);
  const key = [...o.key];
  const schema = async (t: string) => (await engine.query(sql`select * from ${ident(t)} limit 0`)).schema;
  const [ts, ss] = [await schema(training), await schema(serving)];
  const columns = skewColumns("localiseSkewSql", ts, ss, key, o.columns);
  if (o.time !== undefined) checkTime("localiseSkewSql", {schema: ts}, {schema: ss}, o.time);
  const kinds = key.map((k) => keyKind(ts.fields.find((f) => f.name === k)!.type)!);
  const tables = {training, serving};
  const keyExpr = (alias: string) => key.map((k, c) => canonicalKey(ident(alias, k), kinds[c]!));
  const notNull = (alias: string) => join(key.map((k) => sql`${ident(alias, k)} is not null`), " and ");
  const kindOf = (column: string) => columns.find((c) => c.column === column)!.kind;
  const edges = new Map<string, number[]>();
  const edgesOf = async (column: string) => {
    if (!edges.has(column)) edges.set(column, await numericEdges(engine, training, column, o.bins));
    return edges.get(column)!;
  };
  const filterSql = async (alias: string, column: string, f: BucketFilter): Promise<SqlFragment> => {
    const parts = [notNull(alias)];
    const x = ident(alias, column);
    if (f.dimension === "day") parts.push(sql`${daySql(ident(alias, o.time!))} = ${sqlDouble(f.bucket as number)}`);
    if (f.dimension === "value") {
      if (kindOf(column) === "numeric") parts.push(sql`coalesce(${numericBin(sql`${x}::DOUBLE`, await edgesOf(column))}, -1) = ${raw(String(f.bucket))}`);
      else parts.push(f.bucket === null ? sql`${x} is null` : sql`${x}::VARCHAR = ${f.bucket}`);
    }
    if (f.lo) parts.push(sql`not ${tupleLess(keyExpr(alias), f.lo, kinds)}`);
    if (f.hi) parts.push(tupleLess(keyExpr(alias), f.hi, kinds));
    return join(parts, " and ");
  };
  const valueExpr = (alias: string, column: string) => (kindOf(column) === "numeric" ? sql`case when isnan(${ident(alias, column)}::DOUBLE) then null else ${ident(alias, column)}::DOUBLE end` : sql`${ident(alias, column)}::VARCHAR`);
  const keysOf = (result: Awaited<ReturnType<SqlEngine["query"]>>, r: number) => key.map((_, c) => keyValue(result.getChildAt(c)!, r));
  const backend: LocaliseBackend = {
    async buckets(column, dimension) {
      const t = ident(training);
      if (dimension === "key") {
        const n = Number((await engine.query(sql`select count(*)::DOUBLE as n from ${t} as "t" where ${notNull("t")}`)).get(0)!.toJSON().n);
        const ranks = [...new Set(Array.from({length: o.keyBuckets - 1}, (_, k) => Math.floor(((k + 1) * n) / o.keyBuckets)).filter((at) => at > 0 && at < n))];
        const cuts: KeyValue[][] = [];
        if (ranks.length) {
          const result = await engine.query(sql`select * exclude ("rank") from (select ${join(keyExpr("t").map((e, c) => sql`${e} as ${ident(`k${c}`)}`))}, row_number() over (order by ${join(keyExpr("t"))}) - 1 as "rank" from ${t} as "t" where ${notNull("t")}) where "rank" in (${join(ranks.map((r) => raw(String(r))))}) order by "rank"`);
          for (let r = 0; r < result.numRows; r++) cuts.push(keysOf(result, r));
        }
        return [undefined, ...cuts].map((lo, k) => ({filter: {dimension, bucket: null, lo, hi: cuts[k]}, label: keyRangeLabel(lo, cuts[k])}));
      }
      if (dimension === "day") {
        const result = await engine.query(sql`select distinct ${daySql(ident("t", o.time!))} as d from ${t} as "t" where ${notNull("t")} and ${ident("t", o.time!)} is not null order by d`);
        return [...result.getChild("d")!].map((d) => ({filter: {dimension, bucket: Number(d)}, label: dayLabel(Number(d))}));
      }
      if (kindOf(column) === "numeric") return [...binLabels(await edgesOf(column)).map((label, b) => ({filter: {dimension, bucket: b}, label})), {filter: {dimension, bucket: -1}, label: "null"}];
      const result = await engine.query(sql`select distinct ${ident("t", column)}::VARCHAR as c from ${t} as "t" where ${notNull("t")} and ${ident("t", column)} is not null`);
      const cats = [...result.getChild("c")!].map(String).sort(byCodeUnit);
      return [...cats.map((c) => ({filter: {dimension, bucket: c}, label: c})), {filter: {dimension, bucket: null}, label: "null"}];
    },
    async fingerprints(column, filters) {
      // A level of whole days or value ranges (the top level): one grouped scan per side.
      if (filters.length > 1 && filters.every((f) => f.dimension !== "key" && !f.lo && !f.hi)) {
        const x = ident("x", column);
        const bucket = filters[0]!.dimension === "day" ? daySql(ident("x", o.time!)) : kindOf(column) === "numeric" ? sql`coalesce(${numericBin(sql`${x}::DOUBLE`, await edgesOf(column))}, -1)` : sql`${x}::VARCHAR`;
        const grouped = async (table: string) => {
          const result = await engine.query(sql`select ${bucket} as b, count(*)::DOUBLE as n, coalesce(sum(hash(${join([...keyExpr("x"), valueExpr("x", column)])}))::VARCHAR, '0') as h from ${ident(table)} as "x" where ${notNull("x")} group by b`);
          const out = new Map<string, {rows: number; hash: string}>();
          for (const row of result.toArray().map((r) => r.toJSON())) out.set(bucketText(row.b), {rows: Number(row.n), hash: String(row.h)});
          return out;
        };
        const [t, s] = [await grouped(training), await grouped(serving)];
        const none = {rows: 0, hash: "0"};
        return filters.map((f) => ({training: t.get(bucketText(f.bucket)) ?? none, serving: s.get(bucketText(f.bucket)) ?? none}));
      }
      const parts: SqlFragment[] = [];
      for (const [i, f] of filters.entries()) {
        for (const [side, table] of [[0, training], [1, serving]] as const) {
          parts.push(sql`select ${raw(String(2 * i + side))} as "i", count(*)::DOUBLE as n, coalesce(sum(hash(${join([...keyExpr("x"), valueExpr("x", column)])}))::VARCHAR, '0') as h from ${ident(table)} as "x" where ${await filterSql("x", column, f)}`);
        }
      }
      const rows = await unionRows(parts);
      return filters.map((_, i) => ({training: {rows: Number(rows[2 * i]!.n), hash: String(rows[2 * i]!.h)}, serving: {rows: Number(rows[2 * i + 1]!.n), hash: String(rows[2 * i + 1]!.h)}}));
    },
    async medianKeys(column, items) {
      const parts: SqlFragment[] = [];
      for (const [i, {side, filter, rows}] of items.entries()) {
        parts.push(sql`select ${raw(String(i))} as "i", * from (select ${join(keyExpr("x").map((e, c) => sql`${e} as ${ident(`k${c}`)}`))} from ${ident(tables[side])} as "x" where ${await filterSql("x", column, filter)} order by ${join(keyExpr("x"))} limit 1 offset ${raw(String(Math.floor(rows / 2)))})`);
      }
      const result = await engine.query(sql`select * exclude ("i") from (${join(parts, " union all ")}) order by "i"`);
      return items.map((_, r) => keysOf(result, r));
    },
    async compare(column, filters) {
      const {equal} = comparisonSql(column, kindOf(column), o);
      const on = join(key.map((k, c) => sql`${canonicalKey(ident("t", k), kinds[c]!)} = ${canonicalKey(ident("s", k), kinds[c]!)}`), " and ");
      const parts: SqlFragment[] = [];
      for (const [i, f] of filters.entries()) {
        parts.push(sql`select ${raw(String(i))} as "i", count(*)::DOUBLE as n, count(*) filter (where not (${equal}))::DOUBLE as u from ${ident(training)} as "t" join ${ident(serving)} as "s" on ${on} where ${await filterSql("t", column, f)}`);
      }
      return (await unionRows(parts)).map((row) => ({compared: Number(row.n), unequal: Number(row.u)}));
    },
  };
  /** Runs `select "i", … union all …` and returns the rows in order of "i". */
  const unionRows = async (parts: SqlFragment[]) => (await engine.query(sql`select * from (${join(parts, " union all ")}) order by "i"`)).toArray().map((r) => r.toJSON() as Record<string, unknown>);
  return narrowSkew(backend, key, columns, {leafRows: o.leafRows, time: o.time});
}

/** A bucket value (day, bin, category or null) as a map key, whatever the type DuckDB returned it in. */
function bucketText(b: unknown): string {
  return JSON.stringify(typeof b === "bigint" || typeof b === "number" ? Number(b) : b === undefined ? null : b);
}

/** A key column as both paths compare it: numbers as DOUBLE, text as VARCHAR, instants as TIMESTAMP. */
function canonicalKey(x: SqlFragment, kind: KeyKind): SqlFragment {
  return kind === "number" ? sql`${x}::DOUBLE` : kind === "text" ? sql`${x}::VARCHAR` : kind === "time" ? sql`${x}::TIMESTAMP` : x;
}

/** The UTC day number of a timestamp expression. */
function daySql(x: SqlFragment): SqlFragment {
  return sql`floor(epoch_ms(${x}::TIMESTAMP) / 86400000.0)`;
}

/** (k1, k2, …) < (v1, v2, …) lexicographically, as compareKeys orders key tuples. */
function tupleLess(keys: SqlFragment[], values: KeyValue[], kinds: KeyKind[]): SqlFragment {
  const value = (c: number) => {
    const v = values[c]!;
    return kinds[c] === "number" ? sqlDouble(v as number) : kinds[c] === "time" ? sql`CAST(${String(v).replace("T", " ").replace("Z", "")} AS TIMESTAMP)` : sql`${v}`;
  };
  let out = sql`${keys[keys.length - 1]!} < ${value(keys.length - 1)}`;
  for (let c = keys.length - 2; c >= 0; c--) out = sql`(${keys[c]!} < ${value(c)} or (${keys[c]!} = ${value(c)} and ${out}))`;
  return out;
}

/** numericBinning's edges of a column, exactly: the type-7 order statistics fetched from DuckDB, interpolated as quantileSorted does. */
async function numericEdges(engine: SqlEngine, table: string, column: string, bins: number): Promise<number[]> {
  const x = sql`${ident(column)}::DOUBLE`;
  const n = Number((await engine.query(sql`select count(*) filter (where isfinite(${x}))::DOUBLE as n from ${ident(table)}`)).get(0)!.toJSON().n);
  if (n === 0) return [];
  const ranks = [...new Set(Array.from({length: bins - 1}, (_, k) => Math.floor((n - 1) * ((k + 1) / bins))).flatMap((lo) => (lo + 1 < n ? [lo, lo + 1] : [lo])))].sort((a, b) => a - b);
  const values = [...((await engine.query(orderStatisticsSql(table, {[column]: {n, ranks}}))).get(0)!.toJSON()[column] as Iterable<number>)];
  const sparse: Record<number, number> & {length: number} = {length: n};
  ranks.forEach((k, i) => (sparse[k] = values[i]!));
  return quantileEdges(sparse, bins);
}
