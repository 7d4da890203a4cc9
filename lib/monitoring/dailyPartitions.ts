import {ident, raw, sql, type SqlFragment} from "../sql/index.js";

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

/** Where the days of a timeline are: day 0 starts at `start` (epoch ms, UTC), there are `days` of them. */
export interface DayWindow {
  start: number;
  days: number;
}

/**
 * The rows of each day, by the day their time falls in (`floor((ms − start) / day)`):
 * `days` arrays of row indices, ascending. A row outside the window, or with no time, is in
 * none.
 *
 * @example dailyPartitions([0, 5, 86_400_000, null], {start: 0, days: 2}).map((d) => [...d]) // => [[0, 1], [2]]
 */
export function dailyPartitions(times: ArrayLike<number | null>, {start, days}: DayWindow): Int32Array[] {
  checkWindow("dailyPartitions", {start, days});
  const counts = new Int32Array(days);
  const dayOf = new Int32Array(times.length).fill(-1);
  for (let i = 0; i < times.length; i++) {
    const t = times[i];
    if (t === null || t === undefined || Number.isNaN(t)) continue;
    const d = Math.floor((t - start) / DAY_MS);
    if (d >= 0 && d < days) {
      dayOf[i] = d;
      counts[d]!++;
    }
  }
  const parts = Array.from(counts, (n) => new Int32Array(n));
  const filled = new Int32Array(days);
  for (let i = 0; i < dayOf.length; i++) {
    const d = dayOf[i]!;
    if (d >= 0) parts[d]![filled[d]!++] = i;
  }
  return parts;
}

/**
 * The SQL for the day a row's `column` (a TIMESTAMP) falls in, as an INTEGER; the start
 * is bound as a TIMESTAMP, so the SQL shown reads as a date.
 *
 * @example daySql("created_timestamp", 0).text // => 'CAST(floor((epoch_ms("created_timestamp") - epoch_ms(?)) / 86400000) AS INTEGER)'
 */
export function daySql(column: string, start: number): SqlFragment {
  return sql`CAST(floor((epoch_ms(${ident(column)}) - epoch_ms(${new Date(start)})) / 86400000) AS INTEGER)`;
}

/**
 * A one-column table of the days 0 … days − 1 (`day` INTEGER), so empty days get a row.
 *
 * @example daysSql(3).text // => 'SELECT CAST("range" AS INTEGER) AS "day" FROM range(3)'
 */
export function daysSql(days: number): SqlFragment {
  checkWindow("daysSql", {start: 0, days});
  return sql`SELECT CAST("range" AS INTEGER) AS "day" FROM range(${raw(String(days))})`;
}

/**
 * Throws unless the window is a finite start and a whole number of days ≥ 1, naming the caller.
 *
 * @example checkWindow("freshnessTimeline", {start: 0, days: 90}) // => undefined
 */
export function checkWindow(caller: string, {start, days}: DayWindow): void {
  if (!Number.isFinite(start)) throw new Error(`${caller} requires the first day's start in epoch ms, got ${start}`);
  if (!Number.isInteger(days) || days < 1) throw new Error(`${caller} requires a whole number of days ≥ 1, got ${days}`);
}
