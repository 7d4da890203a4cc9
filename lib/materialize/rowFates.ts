import type {RunSchedule} from "./runSchedule.js";

/** What a schedule did with each source row. */
export type RowFate = "unread" | "on_time" | "caught" | "missed";

/** Codes of RowFates' fate column, in RowFate order: 0 unread, 1 on time, 2 caught, 3 missed. */
export const rowFateNames: readonly RowFate[] = ["unread", "on_time", "caught", "missed"];

/** Per source row: its fate code and how late it was for its run. */
export interface RowFates {
  /** Index into rowFateNames per row. */
  readonly fate: Uint8Array;
  /** Start of the window of the run that read it (epoch ms): the previous watermark; NaN when unread or first run. */
  readonly windowStartMs: Float64Array;
  /** windowStart − event time (ms) when positive (the row is late), else 0; NaN when unread. */
  readonly latenessMs: Float64Array;
}

/**
 * Each row's fate under a schedule and a lookback, as materializeIncremental decides it:
 * `unread` (arrived after the last run, before the initial watermark, or a null key or
 * event time), `on_time` (event time at or after its run's window start), `caught` (late,
 * but within the lookback), `missed` (event time before window start − lookback). The
 * totals of caught and missed equal the runs' lateCaught and lateMissed.
 *
 * @example
 * const view = {name: "v", joinKeys: ["id"], timestampField: "ts", createdTimestampField: "c", features: ["x"]};
 * const rows = featureRows(tableFromArrays({id: [1, 1, 2], ts: [10, 30, 5], c: [10, 30, 25], x: [1, 3, 2]}), view);
 * Array.from(rowFates(runSchedule(rows, [8, 20, 40]), 15).fate, (f) => rowFateNames[f]) // => ["on_time", "on_time", "caught"]
 */
export function rowFates(schedule: RunSchedule, lookbackMs: number): RowFates {
  if (!(lookbackMs >= 0)) throw new Error(`rowFates requires lookbackMs >= 0, got ${lookbackMs}`);
  const {rows, runEnds, rowRun, watermark} = schedule;
  const fate = new Uint8Array(rows.length);
  const windowStartMs = new Float64Array(rows.length).fill(NaN);
  const latenessMs = new Float64Array(rows.length).fill(NaN);
  for (let i = 0; i < rows.length; i++) {
    const k = rowRun[i]!;
    const event = rows.eventMs[i]!;
    if (k < 0 || rows.keys[i] == null || Number.isNaN(event)) continue;
    const start = k > 0 ? runEnds[k - 1]! : watermark ?? -Infinity;
    if (Number.isFinite(start)) windowStartMs[i] = start;
    latenessMs[i] = Math.max(0, start - event);
    fate[i] = event >= start ? 1 : event >= start - lookbackMs ? 2 : 3;
  }
  return {fate, windowStartMs, latenessMs};
}
