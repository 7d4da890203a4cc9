import type {Table} from "apache-arrow";
import {toEpochMs} from "../pit/index.js";
import {encodeJoinKey} from "../online/encodeJoinKey.js";
import type {OnlineRecord, OnlineView} from "../online/onlineStore.js";

/** A feature view's source read once into columns materialization scans. */
export interface FeatureRows {
  readonly view: OnlineView;
  readonly length: number;
  /** Encoded join key per row; null when a key is null (such rows are never written). */
  readonly keys: readonly (string | null)[];
  /** Feature (event) timestamp per row, epoch ms; NaN when null. */
  readonly eventMs: Float64Array;
  /** Created timestamp per row, epoch ms; -Infinity when the view has none or it is null. */
  readonly createdMs: Float64Array;
  /**
   * When the offline store learned of the row (epoch ms): its created timestamp, or its
   * event timestamp when it has none. Incremental runs select rows by this time.
   */
  readonly arrivalMs: Float64Array;
  /** The online record row i would write. */
  record(i: number): OnlineRecord;
}

/**
 * Reads a view's source (join keys, timestamp field, created field, features) from an
 * Arrow table, once, for runs to scan. Throws naming a missing column.
 *
 * @example featureRows(tableFromArrays({id: [1], ts: [5], x: [2]}), {name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]}).arrivalMs // => Float64Array [5]
 */
export function featureRows(source: Table, view: OnlineView): FeatureRows {
  const column = (name: string) => {
    const vector = source.getChild(name);
    if (!vector) throw new Error(`featureRows requires column "${name}" of view "${view.name}", got ${source.schema.fields.map((f) => f.name).join(", ")}`);
    return Array.from(vector) as unknown[];
  };
  const keyColumns = view.joinKeys.map(column);
  const event = column(view.timestampField);
  const created = view.createdTimestampField ? column(view.createdTimestampField) : undefined;
  const featureColumns = view.features.map(column);
  const length = source.numRows;
  const keys = Array.from({length}, (_, i) => encodeJoinKey(keyColumns.map((c) => c[i])));
  const eventMs = Float64Array.from(event, (v) => toEpochMs(v) ?? NaN);
  const createdMs = Float64Array.from({length}, (_, i) => (created ? toEpochMs(created[i]) : null) ?? -Infinity);
  const arrivalMs = Float64Array.from({length}, (_, i) => (createdMs[i] === -Infinity ? eventMs[i]! : createdMs[i]!));
  return {
    view, length, keys, eventMs, createdMs, arrivalMs,
    record: (i) => ({
      key: keyColumns.map((c) => c[i] ?? null),
      eventMs: eventMs[i]!,
      createdMs: createdMs[i]!,
      order: i,
      values: featureColumns.map((c) => c[i] ?? null),
    }),
  };
}
