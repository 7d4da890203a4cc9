import {ident, sql, type SqlFragment} from "../sql/index.js";

/** Two joins of the same spine to compare, and the columns that matter. */
export interface JoinComparisonInput {
  /** The naive join's table. */
  readonly naive: string;
  /** The point-in-time join's table. */
  readonly pit: string;
  /** A spine column unique per row, to pair the rows of the two joins. */
  readonly rowKey: string;
  /** The spine's timestamp. Default "event_timestamp". */
  readonly timestampField?: string;
  /** The feature column compared (`<view>__<feature>`). */
  readonly feature: string;
  /** The matched feature timestamp (`<view>__event_timestamp`). */
  readonly featureTimestamp: string;
  /** A spine column to group by (the label), or none. */
  readonly groupBy?: string;
}

/**
 * How a naive join differs from the point-in-time join of the same spine, per group:
 * spine rows, rows where the naive join read a feature stamped after the spine row
 * (`naive_leaks`: the future), rows whose values differ (`IS DISTINCT FROM`: a null
 * differs from a value), and rows each join left null.
 *
 * @example joinComparisonSql({naive: "n", pit: "p", rowKey: "id", feature: "v__x", featureTimestamp: "v__event_timestamp"}).text.includes("naive_leaks") // => true
 */
export function joinComparisonSql(input: JoinComparisonInput): SqlFragment {
  const t = ident(input.timestampField ?? "event_timestamp");
  const x = ident(input.feature);
  const ts = ident(input.featureTimestamp);
  const group = input.groupBy ? sql`p.${ident(input.groupBy)}::INTEGER AS ${ident(input.groupBy)}, ` : sql``;
  return sql`SELECT ${group}count(*) AS spine_rows,
  count(*) FILTER (WHERE n.${ts} > n.${t}) AS naive_leaks,
  count(*) FILTER (WHERE n.${x} IS DISTINCT FROM p.${x}) AS values_differ,
  count(*) FILTER (WHERE p.${x} IS NULL) AS pit_nulls,
  count(*) FILTER (WHERE n.${x} IS NULL) AS naive_nulls
FROM ${ident(input.naive)} n JOIN ${ident(input.pit)} p USING (${ident(input.rowKey)})${input.groupBy ? sql`\nGROUP BY ALL ORDER BY ALL` : sql``}`;
}
