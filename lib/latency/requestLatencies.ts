import {ident, sql, type SqlFragment} from "../sql/index.js";

/** Per-request columns: one entry per request, ascending by id. */
export interface RequestLatencies {
  requestId: Float64Array;
  /** The request's latency in ms: the slowest of its lookups. */
  latency: Float64Array;
  /** The request's time (the earliest of its lookups' times), when times were given. */
  time?: Float64Array;
}

/**
 * A request's latency is the max over the lookups it fans out to (it waits for the
 * slowest): from one row per lookup (`requestId`, `latency` in ms, optionally `time` in
 * epoch ms) to one entry per request, ascending by id. NaN latencies (nulls) are left out
 * of the max; a request with no other latency gets NaN (the SQL twin's null).
 *
 * @example requestLatencies([1, 1, 2], [3, 5, 4]).latency // => Float64Array [5, 4]
 */
export function requestLatencies(requestId: ArrayLike<number>, latency: ArrayLike<number>, time?: ArrayLike<number>): RequestLatencies {
  const n = requestId.length;
  if (latency.length !== n || (time && time.length !== n)) throw new RangeError(`requestLatencies requires columns of one length, got ${n}, ${latency.length}${time ? `, ${time.length}` : ""}`);
  // Lookups of one request are usually adjacent and in id order (the log is): one pass.
  // Otherwise the order is made first.
  let order: ArrayLike<number> | null = null;
  for (let i = 1; i < n; i++) {
    if (requestId[i]! < requestId[i - 1]!) {
      order = Uint32Array.from({length: n}, (_, j) => j).sort((a, b) => requestId[a]! - requestId[b]! || a - b);
      break;
    }
  }
  const at = (i: number) => (order ? order[i]! : i);
  const ids: number[] = [], maxima: number[] = [], firsts: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = at(i);
    const id = requestId[row]!, ms = latency[row]!, t = time ? time[row]! : NaN;
    const last = ids.length - 1;
    if (last < 0 || ids[last] !== id) {
      ids.push(id);
      maxima.push(ms);
      firsts.push(t);
    } else {
      if (ms > maxima[last]! || Number.isNaN(maxima[last]!)) maxima[last] = ms;
      if (t < firsts[last]!) firsts[last] = t;
    }
  }
  return {requestId: Float64Array.from(ids), latency: Float64Array.from(maxima), ...(time ? {time: Float64Array.from(firsts)} : {})};
}

/** Column names of the lookup log; the defaults are serving_latency's. */
export interface LookupColumns {
  requestId?: string;
  latency?: string;
  /** The time column, or null for none. */
  time?: string | null;
}

/**
 * The SQL twin of {@link requestLatencies}: one row per request, ascending by id, with
 * the columns named as in the log: `request_id`, `request_timestamp` (the earliest), and
 * `latency_ms` (the max over its lookups).
 *
 * @example requestLatencySql("serving_latency").text.startsWith('select "request_id", min("request_timestamp")') // => true
 */
export function requestLatencySql(table: string, {requestId = "request_id", latency = "latency_ms", time = "request_timestamp"}: LookupColumns = {}): SqlFragment {
  const timeColumn = time === null ? sql`` : sql`min(${ident(time)}) as ${ident(time)}, `;
  return sql`select ${ident(requestId)}, ${timeColumn}max(${ident(latency)}) as ${ident(latency)}
from ${ident(table)}
group by ${ident(requestId)}
order by ${ident(requestId)}`;
}
