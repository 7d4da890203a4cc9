import {ident, sql, type SqlFragment} from "../sql/index.js";
import type {LabelColumns} from "./labelDelaySummarySql.js";

/**
 * Training sets cut at a maturity: for each maturity m = 0, step, … ≤ maxDays, the events
 * at least m days old at `asOf` (`event_timestamp <= asOf − m days`), how many of their
 * labels had arrived by `asOf`, fraud among those, and the truth. One row per maturity.
 *
 * @example maturityCurveSql({table: "labels"}, new Date(0), {maxDays: 60, stepDays: 5}).params.length // => 5
 */
export function maturityCurveSql(input: LabelColumns, asOf: Date, {maxDays, stepDays = 1}: {maxDays: number; stepDays?: number}): SqlFragment {
  for (const [name, value] of Object.entries({maxDays, stepDays})) {
    if (!Number.isInteger(value) || value < (name === "stepDays" ? 1 : 0)) throw new RangeError(`maturityCurveSql requires a whole number ${name}, got ${value}`);
  }
  const event = ident(input.eventField ?? "event_timestamp");
  const label = ident(input.labelField ?? "label_timestamp");
  const y = ident(input.classField ?? "is_fraud");
  return sql`SELECT m.maturity_days::INTEGER AS maturity_days, count(l.${event}) AS events,
  count(*) FILTER (WHERE l.${label} <= ${asOf}) AS arrived,
  count(*) FILTER (WHERE l.${label} <= ${asOf} AND l.${y}::INTEGER = 1) AS arrived_fraud,
  count(*) FILTER (WHERE l.${y}::INTEGER = 1) AS fraud
FROM range(0, CAST(${maxDays} AS BIGINT) + 1, CAST(${stepDays} AS BIGINT)) AS m(maturity_days)
LEFT JOIN ${ident(input.table)} l ON l.${event} <= ${asOf} - to_days(CAST(m.maturity_days AS INTEGER))
GROUP BY ALL ORDER BY ALL`;
}
