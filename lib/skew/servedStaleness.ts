import type {Table, Vector} from "apache-arrow";
import {columnKind, numericValues, textValues} from "../drift/columnKind.js";
import {checkTolerance, isClose} from "./isClose.js";

/** Options of {@link servedStaleness}. */
export interface ServedStalenessOptions {
  /** The entity column both tables have (e.g. customer_id): the view's join key. */
  entity: string;
  /** The served log's request-time column (a timestamp or epoch ms). */
  time: string;
  /** The history's event-time column (default "event_timestamp"). */
  eventTime?: string;
  /** Feature columns of the view, in both tables. */
  columns: string[];
  /** Tolerances a served number equals a version's within, as the skew report's (defaults 1e-6, 1e-9). */
  rtol?: number;
  atol?: number;
}

/** How out of date one feature was when served. */
export interface ServedStaleness {
  column: string;
  /** Served rows with an entity and a request time. */
  served: number;
  /** Rows served the point-in-time value: the newest version at or before the request (or null before any). */
  current: number;
  /** Rows served an older version's value. */
  outdated: number;
  /** Rows served a value no version at or before the request had: a computation difference, not staleness. */
  unmatched: number;
  /** Largest time the served value had been superseded at the request (ms); null when no row is outdated. */
  max_ms: number | null;
  /** Per served row: 0 when current, the time since the version that superseded the served value (ms) when outdated, NaN when unmatched or without entity/time. */
  outdated_ms: Float64Array;
}

/**
 * How stale the served values were, per feature of a view, from the served log's request
 * times and the view's history (one row per version: entity, event time, features). A row
 * is `current` when it served the point-in-time value (the newest version with event time
 * ≤ request time, null before the first); otherwise the newest older version whose value
 * it served (numbers within the tolerances, nulls and NaN alike, text identical) was
 * superseded by the next version: the row was outdated by request time − that version's
 * event time (ms), bounded by the online store's materialization lag. A value no version
 * had is `unmatched`. Misuse throws: a missing column, tolerances out of range.
 *
 * @example servedStaleness(tableFromArrays({id: [1], t: [100], x: [5]}), tableFromArrays({id: [1, 1], event_timestamp: [0, 60], x: [5, 7]}), {entity: "id", time: "t", columns: ["x"]})[0].max_ms // => 40
 */
export function servedStaleness(served: Table, history: Table, options: ServedStalenessOptions): ServedStaleness[] {
  const {entity, time, eventTime = "event_timestamp", columns, rtol = 1e-6, atol = 1e-9} = options;
  checkTolerance("servedStaleness", rtol, atol);
  const child = (table: Table, side: string, name: string) => {
    const v = table.getChild(name);
    if (!v) throw new RangeError(`servedStaleness requires a column ${JSON.stringify(name)} in the ${side} table, got ${table.schema.fields.map((f) => f.name).join(", ")}`);
    return v;
  };
  const [servedEntity, requestMs] = [textValues(child(served, "served", entity)), instantsMs(child(served, "served", time))];
  const eventMs = instantsMs(child(history, "history", eventTime));
  const versions = versionsByEntity(textValues(child(history, "history", entity)), eventMs);
  return columns.map((column) => {
    const [s, h] = [child(served, "served", column), child(history, "history", column)];
    const numeric = columnKind(s.type) === "numeric";
    const [sv, hv] = numeric ? [numericValues(s), numericValues(h)] : [textValues(s), textValues(h)];
    const same = (a: number | string | null, b: number | string | null) => {
      if (!numeric) return a === b;
      const [x, y] = [a as number, b as number];
      return x !== x || y !== y ? x !== x && y !== y : isClose(x, y, rtol, atol);
    };
    const missing = numeric ? NaN : null;
    const out = new Float64Array(served.numRows).fill(NaN);
    let current = 0, outdated = 0, unmatched = 0, rows = 0, max: number | null = null;
    for (let r = 0; r < served.numRows; r++) {
      const id = servedEntity[r], at = requestMs[r]!;
      if (id === null || id === undefined || at !== at) continue;
      rows++;
      const list = versions.get(id) ?? [];
      const known = countAtMost(list, eventMs, at);
      // Version k's value, k = −1 being the null before the first version.
      const value = (k: number) => (k < 0 ? missing : hv[list[k]!]!);
      let k = known - 1;
      while (k >= -1 && !same(sv[r]!, value(k))) k--;
      if (k === known - 1) (out[r] = 0), current++;
      else if (k >= -1) {
        out[r] = at - eventMs[list[k + 1]!]!;
        outdated++;
        if (max === null || out[r]! > max) max = out[r]!;
      } else unmatched++;
    }
    return {column, served: rows, current, outdated, unmatched, max_ms: max, outdated_ms: out};
  });
}

/**
 * The served rows most out of date, worst first (ties in row order), for a drill-down.
 *
 * @example stalestRows({outdated_ms: Float64Array.of(0, 5, NaN, 9)}, 2) // => [3, 1]
 */
export function stalestRows(staleness: Pick<ServedStaleness, "outdated_ms">, limit: number): number[] {
  const rows: number[] = [];
  staleness.outdated_ms.forEach((ms, i) => (ms > 0 ? rows.push(i) : null));
  return rows.sort((a, b) => staleness.outdated_ms[b]! - staleness.outdated_ms[a]! || a - b).slice(0, limit);
}

/** Each entity's history rows in event-time order (ties in row order). */
function versionsByEntity(entity: (string | null)[], eventMs: Float64Array): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let i = 0; i < entity.length; i++) {
    const id = entity[i];
    if (id === null || id === undefined || eventMs[i] !== eventMs[i]) continue;
    let list = out.get(id);
    if (!list) out.set(id, (list = []));
    list.push(i);
  }
  for (const list of out.values()) list.sort((a, b) => eventMs[a]! - eventMs[b]! || a - b);
  return out;
}

/** How many of the rows (ascending by event time) have an event time ≤ at (binary search). */
function countAtMost(rows: number[], eventMs: Float64Array, at: number): number {
  let lo = 0, hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (eventMs[rows[mid]!]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A timestamp (or epoch-ms number) column as epoch ms, nulls as NaN. */
function instantsMs(vector: Vector): Float64Array {
  return Float64Array.from({length: vector.length}, (_, i) => {
    const v = vector.get(i) as unknown;
    return v === null || v === undefined ? NaN : Number(v instanceof Date ? v.getTime() : v);
  });
}
