import {Table, TimestampMillisecond, vectorFromArray, type Vector} from "apache-arrow";
import {onlineViewTable, type OnlineStore} from "./onlineStore.js";

/**
 * One view of the online store as an Arrow table, rows sorted by encoded key: join keys,
 * the view's timestamp field (and created field, if any) as TimestampMillisecond, then
 * the features. Types of keys and features are inferred from the values; the table is
 * meant for fingerprints and display, which both normalize numbers.
 *
 * @example
 * const view = {name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]};
 * const table = tableFromArrays({id: [1, 1, 2], ts: [10, 30, 20], x: [1, 3, 2]});
 * const rows = featureRows(table, view);
 * onlineTable(materializeRuns(rows, [40]).store, "v").numRows // => 2
 */
export function onlineTable(store: OnlineStore, viewName: string): Table {
  const {view, rows} = onlineViewTable("onlineTable", store, viewName);
  const records = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, record]) => record);
  const columns: Record<string, Vector> = {};
  view.joinKeys.forEach((key, k) => (columns[key] = vectorFromArray(records.map((r) => r.key[k] ?? null))));
  columns[view.timestampField] = vectorFromArray(records.map((r) => r.eventMs), new TimestampMillisecond());
  if (view.createdTimestampField) {
    const created = records.map((r) => (Number.isFinite(r.createdMs) ? r.createdMs : null));
    columns[view.createdTimestampField] = vectorFromArray(created, new TimestampMillisecond());
  }
  view.features.forEach((feature, k) => (columns[feature] = vectorFromArray(records.map((r) => r.values[k] ?? null))));
  return new Table(columns);
}
