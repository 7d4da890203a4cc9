import {ident, sql, type SqlFragment} from "../sql/index.js";
import type {LabelColumns} from "./labelDelaySummarySql.js";

/**
 * What was known at `asOf`, per day of event time: events that had happened by then,
 * labels that had arrived by then (`label_timestamp <= asOf`), fraud among those, and the
 * truth (fraud among all events, known only later). Days are UTC; `day` is its first instant.
 *
 * @example labelsAsOfSql({table: "labels"}, new Date(0)).params // => [new Date(0), new Date(0), new Date(0)]
 */
export function labelsAsOfSql(input: LabelColumns, asOf: Date): SqlFragment {
  const event = ident(input.eventField ?? "event_timestamp");
  const label = ident(input.labelField ?? "label_timestamp");
  const y = ident(input.classField ?? "is_fraud");
  return sql`SELECT date_trunc('day', ${event}) AS "day", count(*) AS events,
  count(*) FILTER (WHERE ${label} <= ${asOf}) AS arrived,
  count(*) FILTER (WHERE ${label} <= ${asOf} AND ${y}::INTEGER = 1) AS arrived_fraud,
  count(*) FILTER (WHERE ${y}::INTEGER = 1) AS fraud
FROM ${ident(input.table)} WHERE ${event} <= ${asOf}
GROUP BY ALL ORDER BY ALL`;
}
