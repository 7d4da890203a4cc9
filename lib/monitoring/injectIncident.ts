import {injectFaults, type Fault} from "../faults/index.js";
import {ident, join, raw, sql, type SqlFragment} from "../sql/index.js";
import {checkIncident, newCategory, slowShiftRampMs, vanishingCategory, type Incident} from "./incident.js";

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** A stalled hour's backlog lands 60× faster than it was produced, in arrival order. */
const backlogSpeedup = 60;

export interface InjectIncidentOptions {
  /** The table of clean rows. */
  source: string;
  incident: Incident;
  /** The world's first instant (epoch ms): day 0 starts there. */
  start: number;
  /** A salt for the rows picked; the same seed always picks the same rows. */
  seed?: number;
  /** Columns identifying a row version (hashed to pick rows); default txn_id, created_timestamp. */
  key?: readonly string[];
  /** The arrival time column; default created_timestamp. */
  arrival?: string;
  /** The amount column; default amount. */
  amount?: string;
  /** The category column; default merchant_category. */
  category?: string;
}

/**
 * A query returning `source` with one incident injected into the rows that arrive from
 * the start of its day on (to the end of a burst): rows that arrived earlier are returned
 * unchanged. Null bursts, a new category and duplicates go through lib/faults'
 * `injectFaults`; rows are picked by DuckDB's `hash` of their key and the seed, so every
 * engine breaks the same rows. A stall holds back every row arriving in its hours and
 * delivers them when it ends, 60× compressed in arrival order.
 *
 * @example injectIncident({source: "t", incident: {kind: "stall", day: 1, size: 2}, start: 0}).params.length // => 6 (the window's bounds twice as TIMESTAMPs, the stall's end and start in ms)
 */
export function injectIncident(options: InjectIncidentOptions): SqlFragment {
  const {source, incident, start, seed = 0} = options;
  const {key = ["txn_id", "created_timestamp"], arrival = "created_timestamp", amount = "amount", category = "merchant_category"} = options;
  checkIncident("injectIncident", incident);
  if (!Number.isFinite(start)) throw new Error(`injectIncident requires the world's start in epoch ms, got ${start}`);
  const {kind, size} = incident;
  const t0 = start + incident.day * DAY;
  const burst = kind === "null_burst" || kind === "duplicates";
  const t1 = burst ? t0 + (incident.days ?? 3) * DAY : kind === "stall" ? t0 + Math.round(size * HOUR) : null;
  const at = sql`epoch_ms(${ident(arrival)})`;
  // The window's bounds bind as TIMESTAMPs, so the SQL shown reads as dates.
  const inWindow = t1 === null ? sql`(${ident(arrival)} >= ${new Date(t0)})` : sql`(${ident(arrival)} >= ${new Date(t0)} AND ${ident(arrival)} < ${new Date(t1)})`;
  const keys = join(key.map((k) => ident(k)));
  const picked = sql`hash(${keys}, ${`${seed}:${kind}`}) % 1000000 < ${Math.round(size * 1_000_000)}`;
  const windowed = ident("incident_window");
  const faulted = (fault: Fault) => injectFaults({source: "incident_window", key, faults: [fault], seed});
  const hit: SqlFragment =
    kind === "null_burst" ? faulted({kind: "null", column: amount, share: size})
    : kind === "category_appears" ? faulted({kind: "value", column: category, share: size, value: newCategory})
    : kind === "duplicates" ? faulted({kind: "duplicate", share: size})
    : kind === "cents" ? sql`SELECT * REPLACE (CASE WHEN ${picked} THEN ${ident(amount)} * 100 ELSE ${ident(amount)} END AS ${ident(amount)}) FROM ${windowed}`
    : kind === "category_vanishes" ? sql`SELECT * FROM ${windowed} WHERE (${ident(category)} = ${vanishingCategory} AND ${picked}) IS NOT TRUE`
    : kind === "stall" ? sql`SELECT * REPLACE (epoch_ms(CAST(${t1!} + (${at} - ${t0}) // ${raw(String(backlogSpeedup))} AS BIGINT)) AS ${ident(arrival)}) FROM ${windowed}`
    : sql`SELECT * REPLACE (round(${ident(amount)} * (1 + ${size} * least(1, (${at} - ${t0}) / ${slowShiftRampMs})), 2) AS ${ident(amount)}) FROM ${windowed}`;
  return sql`WITH ${windowed} AS (SELECT * FROM ${ident(source)} WHERE ${inWindow}),
${ident("hit")} AS (${hit})
SELECT * FROM ${ident(source)} WHERE ${inWindow} IS NOT TRUE
UNION ALL
SELECT * FROM ${ident("hit")}`;
}
