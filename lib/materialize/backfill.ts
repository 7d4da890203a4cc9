import {onlineViewTable, type OnlineStore} from "../online/onlineStore.js";
import {writeOnline} from "../online/writeOnline.js";
import type {FeatureRows} from "./featureRows.js";

/** A historical range to load, by event time. */
export interface BackfillOptions {
  /** First event time (epoch ms, inclusive). */
  readonly start: number;
  /** Last event time (epoch ms, inclusive). */
  readonly end: number;
  /** Only rows that had arrived by then (epoch ms); default: every row. */
  readonly knownAt?: number;
}

/** What a backfill did. */
export interface BackfillReport {
  readonly start: number;
  readonly end: number;
  readonly rowsRead: number;
  readonly keysWritten: number;
}

/**
 * Backfills a historical range, like `feast materialize START END`: every row with
 * start <= event time <= end is offered to the online store. Last write wins by event
 * time, so a backfill of old data never overwrites newer values, and it leaves the
 * incremental watermark alone: later runs re-offering a row change nothing.
 *
 * @example
 * const view = {name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]};
 * const table = tableFromArrays({id: [1, 1, 2], ts: [10, 30, 20], x: [1, 3, 2]});
 * const rows = featureRows(table, view);
 * backfill(createOnlineStore([view]), rows, {start: 0, end: 25}) // => {start: 0, end: 25, rowsRead: 2, keysWritten: 2}
 */
export function backfill(store: OnlineStore, rows: FeatureRows, options: BackfillOptions): BackfillReport {
  const {start, end, knownAt = Infinity} = options;
  if (!(start <= end)) throw new Error(`backfill requires start <= end, got ${start} and ${end}`);
  const table = onlineViewTable("backfill", store, rows.view.name);
  const written = new Set<string>();
  let rowsRead = 0;
  for (let i = 0; i < rows.length; i++) {
    const event = rows.eventMs[i]!;
    const key = rows.keys[i];
    if (key == null || !(event >= start && event <= end) || rows.arrivalMs[i]! > knownAt) continue;
    rowsRead++;
    if (writeOnline(table, key, rows.record(i))) written.add(key);
  }
  return {start, end, rowsRead, keysWritten: written.size};
}
