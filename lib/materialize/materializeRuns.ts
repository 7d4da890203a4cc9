import {createOnlineStore, type OnlineStore} from "../online/onlineStore.js";
import type {FeatureRows} from "./featureRows.js";
import {materializeIncremental, type MaterializeRunReport} from "./materializeIncremental.js";

/** A schedule of incremental runs. */
export interface MaterializeRunsOptions {
  /** Lookback of every run (ms). Default 0. */
  readonly lookbackMs?: number;
  /** The watermark before the first run; null (default) makes the first run read all history. */
  readonly watermark?: number | null;
  /** A store to write into; a fresh one otherwise. */
  readonly store?: OnlineStore;
  readonly sampleSize?: number;
}

/**
 * Runs incremental materialization at each run end in turn, each starting at the
 * previous one's watermark. Replaying the same runs on a fresh store gives the same
 * online state (the same fingerprint).
 *
 * @example
 * const view = {name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]};
 * const table = tableFromArrays({id: [1, 1, 2], ts: [10, 30, 20], x: [1, 3, 2]});
 * const rows = featureRows(table, view);
 * materializeRuns(rows, [15, 40]).reports.map((r) => [r.watermark, r.rowsRead]) // => [[15, 1], [40, 2]]
 */
export function materializeRuns(rows: FeatureRows, runEnds: readonly number[], options: MaterializeRunsOptions = {}): {store: OnlineStore; reports: MaterializeRunReport[]} {
  const store = options.store ?? createOnlineStore([rows.view]);
  let watermark = options.watermark ?? null;
  const reports = runEnds.map((runEnd) => {
    const report = materializeIncremental(store, rows, {runEnd, watermark, lookbackMs: options.lookbackMs, sampleSize: options.sampleSize});
    watermark = report.watermark;
    return report;
  });
  return {store, reports};
}
