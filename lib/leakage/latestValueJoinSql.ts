import {ident, join, sql, type SqlFragment} from "../sql/index.js";
import {spineCte, spineSelect, tieOrder, viewOutputColumns} from "../pit/index.js";
import type {PointInTimeSqlInput} from "../pit/index.js";

/**
 * The naive "latest value" join that point-in-time joins replace: each spine row takes
 * its key's latest feature row (greatest feature timestamp, then created timestamp, then
 * row order, as `pointInTimeJoinSql` breaks ties), whatever the spine's own timestamp, and ttl is ignored. Same input and output columns
 * as `pointInTimeJoinSql` (with `includeFeatureTimestamps`, `<view>__event_timestamp` is
 * the matched row's timestamp, so a row leaks when it is later than the spine's).
 *
 * @example latestValueJoinSql({spine: "s", views: []}).text // => 'WITH "__pit_spine" AS (SELECT *, rowid AS "__pit_row" FROM "s")\nSELECT s.* EXCLUDE ("__pit_row")\nFROM "__pit_spine" s\nORDER BY s."__pit_row"'
 */
export function latestValueJoinSql(input: PointInTimeSqlInput): SqlFragment {
  const ctes = [
    spineCte(input),
    ...input.views.map((entry, i) => {
      const {view, source} = entry;
      const keys = join(view.joinKeys.map((key) => ident(key)));
      const columns = join([...view.joinKeys.map((key) => ident(key)), sql`${ident(view.timestampField)} AS "__pit_ts"`, ...view.features.map((f) => ident(f))]);
      return sql`${alias(i)} AS (SELECT ${columns} FROM ${ident(source)} WHERE ${ident(view.timestampField)} IS NOT NULL QUALIFY row_number() OVER (PARTITION BY ${keys} ORDER BY ${ident(view.timestampField)} DESC, ${tieOrder(entry)}) = 1)`;
    }),
  ];
  const joins = input.views.map(({view}, i) => sql`\nLEFT JOIN ${alias(i)} ON ${join(view.joinKeys.map((key) => sql`s.${ident(key)} = ${alias(i)}.${ident(key)}`), " AND ")}`);
  const columns = input.views.flatMap(({view}, i) =>
    viewOutputColumns(view, input.includeFeatureTimestamps).map(({name, source}) =>
      source === view.timestampField ? sql`${alias(i)}."__pit_ts" AS ${ident(name)}` : sql`${alias(i)}.${ident(source)} AS ${ident(name)}`
    )
  );
  return spineSelect(ctes, joins, columns);
}

function alias(i: number): SqlFragment {
  return ident(`__latest_v${i}`);
}
