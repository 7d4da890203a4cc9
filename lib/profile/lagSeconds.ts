import {ident, sql, type SqlFragment} from "../sql/index.js";

/**
 * The SQL expression for the ingestion lag `created − event` of each row, in seconds
 * (a DOUBLE; null when either timestamp is null).
 *
 * @example lagSecondsSql("event_timestamp", "created_timestamp").text // => '(epoch_ms("created_timestamp") - epoch_ms("event_timestamp")) / 1000.0'
 */
export function lagSecondsSql(event: string, created: string): SqlFragment {
  return sql`(epoch_ms(${ident(created)}) - epoch_ms(${ident(event)})) / 1000.0`;
}

/**
 * The ingestion lag of one row in seconds, from two epoch-millisecond timestamps;
 * null when either is missing. The reference for `lagSecondsSql`.
 *
 * @example lagSeconds(0, 90_000) // => 90
 */
export function lagSeconds(event: number | null | undefined, created: number | null | undefined): number | null {
  if (event == null || created == null) return null;
  return (created - event) / 1000;
}

/**
 * The lags of every row of two epoch-millisecond columns, in seconds (nulls kept, in row
 * order); throws when the columns differ in length.
 *
 * @example lagsOf([0, 1_000, null], [90_000, 1_000, 5]) // => [90, 0, null]
 */
export function lagsOf(event: ArrayLike<number | null>, created: ArrayLike<number | null>): (number | null)[] {
  if (event.length !== created.length) {
    throw new RangeError(`lagsOf requires columns of equal length, got ${event.length} and ${created.length}`);
  }
  return Array.from({length: event.length}, (_, i) => lagSeconds(event[i], created[i]));
}
