import {createOnlineStore, type OnlineStore} from "../online/onlineStore.js";
import {materializeIncremental, type MaterializeRunReport} from "./materializeIncremental.js";
import type {RunSchedule} from "./runSchedule.js";

/** How to run a schedule. */
export interface MaterializeScheduleOptions {
  /** Lookback of every run (ms). Default 0. */
  readonly lookbackMs?: number;
  /** A store to write into; a fresh one otherwise. */
  readonly store?: OnlineStore;
  readonly sampleSize?: number;
}

/**
 * Runs a planned schedule: the same reports and online state as
 * `materializeRuns(schedule.rows, schedule.runEnds, {watermark: schedule.watermark, ...})`,
 * but each run reads only its own rows, so trying many lookbacks on one schedule is cheap.
 *
 * @example
 * const view = {name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]};
 * const rows = featureRows(tableFromArrays({id: [1, 1, 2], ts: [10, 30, 20], x: [1, 3, 2]}), view);
 * materializeSchedule(runSchedule(rows, [15, 40])).reports.map((r) => [r.watermark, r.rowsRead]) // => [[15, 1], [40, 2]]
 */
export function materializeSchedule(schedule: RunSchedule, options: MaterializeScheduleOptions = {}): {store: OnlineStore; reports: MaterializeRunReport[]} {
  const store = options.store ?? createOnlineStore([schedule.rows.view]);
  let watermark = schedule.watermark;
  const reports = schedule.runEnds.map((runEnd, k) => {
    const report = materializeIncremental(store, schedule.slices[k]!, {runEnd, watermark, lookbackMs: options.lookbackMs, sampleSize: options.sampleSize});
    watermark = report.watermark;
    return report;
  });
  return {store, reports};
}
