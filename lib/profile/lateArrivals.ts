import {ident, sql, type SqlFragment} from "../sql/index.js";
import {dayMs, type EventTimeOptions} from "./columns.js";
import {lagSecondsSql, lagSeconds} from "./lagSeconds.js";

/** Late arrivals in a set of rows: lag `created − event` strictly over the threshold. */
export interface LateArrivals {
  rows: number;
  late: number;
  /** late / rows, in [0, 1]; 0 when there are no rows. */
  lateShare: number;
}

/** Late arrivals among the events of one UTC day (by event time; `day` in epoch ms). */
export interface LateArrivalsOnDay extends LateArrivals {
  day: number;
}

type LateOptions = EventTimeOptions & {
  /** A row is late when its lag is strictly greater than this many seconds. */
  thresholdSeconds: number;
};

/**
 * One row: `rows`, `late` (INTEGER) and `late_share` (DOUBLE) — the rows whose lag
 * `created − event` exceeds `thresholdSeconds`. A row with a null timestamp is not late.
 *
 * @example lateArrivalsSql({table: "t", thresholdSeconds: 3600}).params // => [3600]
 */
export function lateArrivalsSql(options: LateOptions): SqlFragment {
  return sql`select rows, late, case when rows = 0 then 0 else late / rows end as late_share
from (${counts(options, sql``)})`;
}

/**
 * Late arrivals per UTC day of event time, ascending: `day` (TIMESTAMP), `rows`, `late`,
 * `late_share`. Only days with at least one event are listed.
 *
 * @example lateArrivalsByDaySql({table: "t", thresholdSeconds: 60}).params // => [60]
 */
export function lateArrivalsByDaySql(options: LateOptions): SqlFragment {
  const {event = "event_timestamp"} = options;
  const day = sql`date_trunc('day', ${ident(event)})::TIMESTAMP`;
  return sql`select day, rows, late, late / rows as late_share
from (${counts(options, sql`, ${day} as day`, sql` group by day`)})
where day is not null
order by day`;
}

function counts({table, thresholdSeconds, event = "event_timestamp", created = "created_timestamp"}: LateOptions, select: SqlFragment, groupBy = sql``): SqlFragment {
  if (!Number.isFinite(thresholdSeconds)) throw new RangeError(`lateArrivals requires a finite thresholdSeconds, got ${thresholdSeconds}`);
  return sql`select count(*)::INTEGER as rows, (count(*) filter (where ${lagSecondsSql(event, created)} > ${thresholdSeconds}))::INTEGER as late${select}
  from ${ident(table)}${groupBy}`;
}

/**
 * The reference for `lateArrivalsSql` over epoch-millisecond timestamp columns.
 *
 * @example lateArrivals([0, 0], [1_000, 7_200_000], 3600) // => {rows: 2, late: 1, lateShare: 0.5}
 */
export function lateArrivals(event: ArrayLike<number | null>, created: ArrayLike<number | null>, thresholdSeconds: number): LateArrivals {
  let late = 0;
  for (let i = 0; i < event.length; i++) if ((lagSeconds(event[i], created[i]) ?? -Infinity) > thresholdSeconds) late++;
  return {rows: event.length, late, lateShare: event.length === 0 ? 0 : late / event.length};
}

/**
 * The reference for `lateArrivalsByDaySql`; rows with a null event time form no day.
 *
 * @example lateArrivalsByDay([0, 86_400_000], [7_200_000, 86_401_000], 3600) // => [{day: 0, rows: 1, late: 1, lateShare: 1}, {day: 86400000, rows: 1, late: 0, lateShare: 0}]
 */
export function lateArrivalsByDay(event: ArrayLike<number | null>, created: ArrayLike<number | null>, thresholdSeconds: number): LateArrivalsOnDay[] {
  const days = new Map<number, {event: number[]; created: (number | null)[]}>();
  for (let i = 0; i < event.length; i++) {
    const t = event[i];
    if (t == null) continue;
    const day = Math.floor(t / dayMs) * dayMs;
    const group = days.get(day) ?? days.set(day, {event: [], created: []}).get(day)!;
    group.event.push(t);
    group.created.push(created[i] ?? null);
  }
  return [...days.keys()].sort((a, b) => a - b).map((day) => ({day, ...lateArrivals(days.get(day)!.event, days.get(day)!.created, thresholdSeconds)}));
}
