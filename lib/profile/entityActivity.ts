import {ident, sql, type SqlFragment} from "../sql/index.js";
import type {Columns, EventTimeOptions} from "./columns.js";
import {lagSeconds, lagSecondsSql} from "./lagSeconds.js";

/** One entity's rows, late arrivals and corrections. */
export interface EntityActivity {
  entity: number | string;
  events: number;
  late: number;
  corrections: number;
}

type ActivityOptions = EventTimeOptions & {
  entity: string;
  /** A BOOLEAN column, true on rows that correct an earlier one (e.g. "is_correction"). */
  correction: string;
  /** A row is late when its lag is strictly greater than this many seconds. */
  thresholdSeconds: number;
  limit: number;
  /** Leave out entities with fewer rows than this (default 1). */
  minEvents?: number;
};

/**
 * The `limit` entities whose histories are the most eventful for their size: `entity`,
 * `events`, `late`, `corrections` (INTEGER) of entities with at least `minEvents` rows,
 * ordered by (late + corrections) / events, then events (both descending), then entity.
 * What a page offers as examples worth looking at.
 *
 * @example entityActivitySql({table: "t", entity: "customer_id", correction: "is_correction", thresholdSeconds: 3600, limit: 5, minEvents: 20}).params // => [3600, 20, 5]
 */
export function entityActivitySql({table, entity, correction, thresholdSeconds, limit, minEvents = 1, event = "event_timestamp", created = "created_timestamp"}: ActivityOptions): SqlFragment {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`entityActivitySql requires a positive integer limit, got ${limit}`);
  return sql`select ${ident(entity)} as entity, count(*)::INTEGER as events,
  (count(*) filter (where ${lagSecondsSql(event, created)} > ${thresholdSeconds}))::INTEGER as late,
  (count(*) filter (where ${ident(correction)}))::INTEGER as corrections
from ${ident(table)}
where ${ident(entity)} is not null
group by ${ident(entity)}
having count(*) >= ${minEvents}
order by (late + corrections) / count(*) desc, count(*) desc, entity asc
limit ${limit}`;
}

/**
 * The reference for `entityActivitySql` over plain columns (timestamps in epoch ms).
 *
 * @example entityActivity({c: [1, 1, 2], e: [0, 0, 0], m: [0, 7_200_000, 0], k: [false, true, false]}, {table: "t", entity: "c", event: "e", created: "m", correction: "k", thresholdSeconds: 3600, limit: 1}) // => [{entity: 1, events: 2, late: 1, corrections: 1}]
 */
export function entityActivity(table: Columns, {entity, correction, thresholdSeconds, limit, minEvents = 1, event = "event_timestamp", created = "created_timestamp"}: ActivityOptions): EntityActivity[] {
  const keys = table[entity], events = table[event], createds = table[created], flags = table[correction];
  if (!keys || !events || !createds || !flags) throw new RangeError(`entityActivity requires columns ${entity}, ${event}, ${created} and ${correction}, got ${Object.keys(table).join(", ")}`);
  const byEntity = new Map<number | string, EntityActivity>();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number | string | null;
    if (key == null) continue;
    const row = byEntity.get(key) ?? byEntity.set(key, {entity: key, events: 0, late: 0, corrections: 0}).get(key)!;
    row.events++;
    if ((lagSeconds(events[i] as number | null, createds[i] as number | null) ?? -Infinity) > thresholdSeconds) row.late++;
    if (flags[i] === true) row.corrections++;
  }
  const share = (a: EntityActivity) => (a.late + a.corrections) / a.events;
  return [...byEntity.values()]
    .filter((a) => a.events >= minEvents)
    .sort((a, b) => share(b) - share(a) || b.events - a.events || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0))
    .slice(0, limit);
}
