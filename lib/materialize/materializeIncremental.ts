import {onlineViewTable, type OnlineStore} from "../online/onlineStore.js";
import {writeOnline} from "../online/writeOnline.js";
import type {FeatureRows} from "./featureRows.js";

/** One incremental run. */
export interface MaterializeRunOptions {
  /** The run's end (epoch ms): it reads rows that arrived up to and including it. */
  readonly runEnd: number;
  /** The previous run's watermark (epoch ms); null for the first run, which reads all history. */
  readonly watermark: number | null;
  /** How far before the window start (ms) a late row's event time may be and still be written. Default 0. */
  readonly lookbackMs?: number;
  /** How many missed rows to return as samples. Default 5. */
  readonly sampleSize?: number;
}

/** A late row that a run did not write. */
export interface MissedRow {
  readonly key: readonly unknown[];
  readonly eventTimestamp: number;
  readonly createdTimestamp: number;
  /** How far (ms) its event time lies before the window start. */
  readonly lateByMs: number;
}

/** What a run did. */
export interface MaterializeRunReport {
  readonly runEnd: number;
  readonly previousWatermark: number | null;
  /** The new watermark: runEnd. */
  readonly watermark: number;
  /** Rows that arrived in the window and were applied (late ones caught included). */
  readonly rowsRead: number;
  /** Keys whose online row changed. */
  readonly keysWritten: number;
  /** Rows with event time before the window start, written thanks to the lookback. */
  readonly lateCaught: number;
  /** Rows with event time before window start − lookback: not written. */
  readonly lateMissed: number;
  readonly lateMissedSamples: readonly MissedRow[];
  /** Rows with a null key or event timestamp. */
  readonly rowsSkipped: number;
}

/**
 * One incremental materialization run, offline → online, last write wins by event time
 * (then created time, then source row). The run's window is in *processing* time: rows
 * whose created timestamp (when the offline store learned of them) lies in
 * (watermark, runEnd]. Why not event time, as Feast's `materialize-incremental` does?
 * An event-time window (watermark, runEnd] silently drops every row that arrives after
 * a run but is stamped before its end; a processing-time window reads each row exactly
 * once, whenever it arrives. What stays is the cost real stores pay to find late rows:
 * offline stores are partitioned by event time, so a run scans event times back to
 * `watermark − lookbackMs` only. A row in the window whose event time is older is
 * reported as missed; one within the lookback as caught. With a lookback at least the
 * largest lateness, any split of runs gives the state of one big run.
 * Rows stamped after runEnd are written as they arrive (no upper event-time bound).
 *
 * @example
 * const view = {name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]};
 * const table = tableFromArrays({id: [1, 1, 2], ts: [10, 30, 20], x: [1, 3, 2]});
 * const rows = featureRows(table, view);
 * materializeIncremental(createOnlineStore([view]), rows, {runEnd: 25, watermark: null}).rowsRead // => 2
 */
export function materializeIncremental(store: OnlineStore, rows: FeatureRows, options: MaterializeRunOptions): MaterializeRunReport {
  const {runEnd, watermark} = options;
  const lookbackMs = options.lookbackMs ?? 0;
  const sampleSize = options.sampleSize ?? 5;
  if (!Number.isFinite(runEnd)) throw new Error(`materializeIncremental requires a finite runEnd, got ${runEnd}`);
  if (watermark !== null && runEnd < watermark) throw new Error(`materializeIncremental requires runEnd >= the watermark ${watermark}, got ${runEnd}`);
  if (!(lookbackMs >= 0)) throw new Error(`materializeIncremental requires lookbackMs >= 0, got ${lookbackMs}`);
  const table = onlineViewTable("materializeIncremental", store, rows.view.name);
  const windowStart = watermark ?? -Infinity;
  const written = new Set<string>();
  let rowsRead = 0, lateCaught = 0, lateMissed = 0, rowsSkipped = 0;
  const lateMissedSamples: MissedRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const arrival = rows.arrivalMs[i]!;
    if (!(arrival > windowStart && arrival <= runEnd)) continue;
    const key = rows.keys[i];
    const event = rows.eventMs[i]!;
    if (key == null || Number.isNaN(event)) {
      rowsSkipped++;
      continue;
    }
    if (event < windowStart - lookbackMs) {
      lateMissed++;
      if (lateMissedSamples.length < sampleSize) {
        const record = rows.record(i);
        lateMissedSamples.push({key: record.key, eventTimestamp: event, createdTimestamp: rows.createdMs[i]!, lateByMs: windowStart - event});
      }
      continue;
    }
    if (event < windowStart) lateCaught++;
    rowsRead++;
    if (writeOnline(table, key, rows.record(i))) written.add(key);
  }
  return {runEnd, previousWatermark: watermark, watermark: runEnd, rowsRead, keysWritten: written.size, lateCaught, lateMissed, lateMissedSamples, rowsSkipped};
}
