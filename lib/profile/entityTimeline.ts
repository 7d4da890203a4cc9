import {ident, join, sql, type SqlFragment} from "../sql/index.js";
import type {Columns, EventTimeOptions} from "./columns.js";
import {lagSeconds, lagSecondsSql} from "./lagSeconds.js";

type TimelineOptions = EventTimeOptions & {
  /** The entity's key column, e.g. "customer_id". */
  entity: string;
  /** The entity to show. */
  id: number | string;
  /** Further columns to carry along, e.g. ["txn_id", "amount", "is_correction"]. */
  columns?: readonly string[];
  /** A row is late when its lag is strictly greater than this many seconds. */
  thresholdSeconds: number;
};

/**
 * The rows of one entity in event-time order (ties by created time): the event and
 * created timestamps, the extra `columns`, `lag_seconds` (DOUBLE) and `late` (BOOLEAN).
 *
 * @example entityTimelineSql({table: "t", entity: "customer_id", id: 7, thresholdSeconds: 60}).params // => [60, 7]
 */
export function entityTimelineSql({table, entity, id, columns = [], thresholdSeconds, event = "event_timestamp", created = "created_timestamp"}: TimelineOptions): SqlFragment {
  const lag = lagSecondsSql(event, created);
  const extra = columns.map((column) => sql`, ${ident(column)}`);
  return sql`select ${ident(event)}, ${ident(created)}${join(extra, "")}, ${lag} as lag_seconds, coalesce(${lag} > ${thresholdSeconds}, false) as late
from ${ident(table)}
where ${ident(entity)} = ${id}
order by ${ident(event)}, ${ident(created)}`;
}

/** One row of an entity's timeline, as the reference returns it. */
export type TimelineRow = Record<string, unknown> & {lag_seconds: number | null; late: boolean};

/**
 * The reference for `entityTimelineSql` over plain columns (timestamps in epoch ms).
 *
 * @example entityTimeline({customer_id: [1, 2], event_timestamp: [0, 0], created_timestamp: [5_000, 0]}, {table: "t", entity: "customer_id", id: 1, thresholdSeconds: 1}) // => [{event_timestamp: 0, created_timestamp: 5000, lag_seconds: 5, late: true}]
 */
export function entityTimeline(table: Columns, {entity, id, columns = [], thresholdSeconds, event = "event_timestamp", created = "created_timestamp"}: TimelineOptions): TimelineRow[] {
  const keys = table[entity], events = table[event], createds = table[created];
  if (!keys || !events || !createds) throw new RangeError(`entityTimeline requires columns ${entity}, ${event} and ${created}, got ${Object.keys(table).join(", ")}`);
  const rows: TimelineRow[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== id) continue;
    const lag = lagSeconds(events[i] as number | null, createds[i] as number | null);
    const row: Record<string, unknown> = {[event]: events[i], [created]: createds[i]};
    for (const column of columns) row[column] = table[column]?.[i];
    rows.push({...row, lag_seconds: lag, late: lag != null && lag > thresholdSeconds});
  }
  return rows.sort((a, b) => compare(a[event], b[event]) || compare(a[created], b[created]));
}

function compare(a: unknown, b: unknown): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  return (a as number) - (b as number);
}
