import {ident, join, raw, sql, type SqlFragment} from "../sql/index.js";
import {viewOutputColumns, type PointInTimeOptions, type PointInTimeView} from "./pointInTimeInput.js";

/** A view read from a relation the engine knows. */
export interface PointInTimeSqlView {
  readonly view: PointInTimeView;
  /** The table holding the view's rows. */
  readonly source: string;
  /** Orders rows whose timestamps and created timestamps tie: the greatest wins. Default: rowid, the insertion order of a table. */
  readonly orderField?: string;
}

/** The spine and views of a SQL point-in-time join. */
export interface PointInTimeSqlInput extends PointInTimeOptions {
  /** The spine table. */
  readonly spine: string;
  /** The spine's row order, kept in the output. Default: rowid, the insertion order of a table. */
  readonly spineOrderField?: string;
  readonly views: readonly PointInTimeSqlView[];
}

/**
 * The point-in-time join as DuckDB SQL: per view, one row per (keys, feature timestamp)
 * (greatest created timestamp, then greatest order), then an `ASOF LEFT JOIN` takes the
 * latest at or before the spine timestamp; the ttl bound applies after the match, which
 * is the same thing because every older row is further outside it. Spine rows keep their
 * order and duplicates. Sources are tables (rowid gives their order) unless order fields
 * are given. Semantics as `pointInTimeJoinReference`.
 *
 * @example pointInTimeJoinSql({spine: "s", views: []}).text // => 'WITH "__pit_spine" AS (SELECT *, rowid AS "__pit_row" FROM "s")\nSELECT s.* EXCLUDE ("__pit_row")\nFROM "__pit_spine" s\nORDER BY s."__pit_row"'
 */
export function pointInTimeJoinSql(input: PointInTimeSqlInput): SqlFragment {
  const t = ident(input.timestampField ?? "event_timestamp");
  const ctes = [spineCte(input), ...input.views.map((v, i) => sql`${alias(i)} AS (${latestPerTimestamp(v)})`)];
  const joins = input.views.map(({view}, i) => {
    const keys = view.joinKeys.map((key) => sql`s.${ident(key)} = ${alias(i)}.${ident(key)}`);
    return sql`\nASOF LEFT JOIN ${alias(i)} ON ${join([...keys, sql`s.${t} >= ${alias(i)}."__pit_ts"`], " AND ")}`;
  });
  const columns = input.views.flatMap(({view}, i) => viewOutputColumns(view, input.includeFeatureTimestamps).map(({name, source}) => {
    const value = source === view.timestampField ? sql`${alias(i)}."__pit_ts"` : sql`${alias(i)}.${ident(source)}`;
    return sql`${withinTtl(view, value, sql`${alias(i)}."__pit_ts"`, sql`s.${t}`)} AS ${ident(name)}`;
  }));
  return spineSelect(ctes, joins, columns);
}

/**
 * The spine with its row order as `__pit_row` (rowid, the insertion order, unless
 * `spineOrderField` is given).
 *
 * @example spineCte({spine: "s", views: []}).text // => '"__pit_spine" AS (SELECT *, rowid AS "__pit_row" FROM "s")'
 */
export function spineCte(input: PointInTimeSqlInput): SqlFragment {
  const order = input.spineOrderField ? ident(input.spineOrderField) : raw("rowid");
  return sql`"__pit_spine" AS (SELECT *, ${order} AS "__pit_row" FROM ${ident(input.spine)})`;
}

/**
 * The join's outer query: the spine's rows in the spine's order (duplicates kept), spine
 * columns first, then `columns`; `ctes` start with `spineCte`, `joins` attach the views to `s`.
 *
 * @example spineSelect([spineCte({spine: "s", views: []})], [], []).text // => 'WITH "__pit_spine" AS (SELECT *, rowid AS "__pit_row" FROM "s")\nSELECT s.* EXCLUDE ("__pit_row")\nFROM "__pit_spine" s\nORDER BY s."__pit_row"'
 */
export function spineSelect(ctes: readonly SqlFragment[], joins: readonly SqlFragment[], columns: readonly SqlFragment[]): SqlFragment {
  return sql`WITH ${join(ctes, ",\n")}
SELECT ${join([raw(`s.* EXCLUDE ("__pit_row")`), ...columns], ",\n  ")}
FROM "__pit_spine" s${join(joins, "")}
ORDER BY s."__pit_row"`;
}

/**
 * The ttl's inclusive lower bound `feature_ts >= t − ttl` (ttl bound as milliseconds), or
 * undefined for a view without ttl.
 *
 * @example ttlCondition({name: "v", joinKeys: ["id"], timestampField: "ts", features: [], ttlMs: 60_000}, raw("f.ts"), raw("s.t")) // => {text: "f.ts >= s.t - to_milliseconds(CAST(? AS BIGINT))", params: [60000]}
 */
export function ttlCondition(view: PointInTimeView, featureTs: SqlFragment, spineTs: SqlFragment): SqlFragment | undefined {
  if (view.ttlMs === undefined) return undefined;
  return sql`${featureTs} >= ${spineTs} - to_milliseconds(CAST(${view.ttlMs} AS BIGINT))`;
}

/** A value kept only when the matched timestamp is within the view's ttl of the spine timestamp. */
function withinTtl(view: PointInTimeView, value: SqlFragment, featureTs: SqlFragment, spineTs: SqlFragment): SqlFragment {
  const condition = ttlCondition(view, featureTs, spineTs);
  return condition ? sql`CASE WHEN ${condition} THEN ${value} END` : value;
}

/**
 * How rows of equal keys and timestamps rank: greatest created (nulls last), then greatest
 * order (rowid unless `orderField` is given); `prefix` qualifies the columns.
 *
 * @example tieOrder({view: {name: "v", joinKeys: ["id"], timestampField: "ts", createdTimestampField: "c", features: []}, source: "f"}).text // => '"c" DESC NULLS LAST, rowid DESC'
 */
export function tieOrder({view, orderField}: PointInTimeSqlView, prefix?: string): SqlFragment {
  const column = (name: string) => (prefix ? sql`${raw(prefix)}.${ident(name)}` : ident(name));
  const created = view.createdTimestampField ? [sql`${column(view.createdTimestampField)} DESC NULLS LAST`] : [];
  const order = orderField ? column(orderField) : raw(prefix ? `${prefix}.rowid` : "rowid");
  return join([...created, sql`${order} DESC`]);
}

function latestPerTimestamp(input: PointInTimeSqlView): SqlFragment {
  const {view, source} = input;
  const ts = ident(view.timestampField);
  const keys = view.joinKeys.map((key) => ident(key));
  const features = view.features.map((feature) => ident(feature));
  const present = join([ts, ...keys].map((column) => sql`${column} IS NOT NULL`), " AND ");
  return sql`SELECT ${join([...keys, sql`${ts} AS "__pit_ts"`, ...features])} FROM ${ident(source)} WHERE ${present} QUALIFY row_number() OVER (PARTITION BY ${join([...keys, ts])} ORDER BY ${tieOrder(input)}) = 1`;
}

function alias(i: number): SqlFragment {
  return ident(`__pit_v${i}`);
}
