import {ident, sql, type SqlFragment} from "../sql/index.js";
import {dayMs} from "./columns.js";

/** The number of events on one UTC day (`day` in epoch ms). */
export interface EventsOnDay {
  day: number;
  events: number;
}

/**
 * Events per UTC day of `timestamp`, ascending: `day` (TIMESTAMP), `events` (INTEGER).
 * Only days with at least one event; rows with a null timestamp are left out.
 *
 * @example eventsByDaySql("transactions", "event_timestamp").params // => []
 */
export function eventsByDaySql(table: string, timestamp: string): SqlFragment {
  return sql`select date_trunc('day', ${ident(timestamp)})::TIMESTAMP as day, count(*)::INTEGER as events
from ${ident(table)}
where ${ident(timestamp)} is not null
group by day
order by day`;
}

/**
 * The reference for `eventsByDaySql` over epoch-millisecond timestamps.
 *
 * @example eventsByDay([0, 1_000, 86_400_000, null]) // => [{day: 0, events: 2}, {day: 86400000, events: 1}]
 */
export function eventsByDay(timestamps: ArrayLike<number | null>): EventsOnDay[] {
  const days = new Map<number, number>();
  for (let i = 0; i < timestamps.length; i++) {
    const t = timestamps[i];
    if (t == null) continue;
    const day = Math.floor(t / dayMs) * dayMs;
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  return [...days].sort((a, b) => a[0] - b[0]).map(([day, events]) => ({day, events}));
}
