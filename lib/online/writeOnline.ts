import type {OnlineRecord, OnlineViewTable} from "./onlineStore.js";

/**
 * Whether record a is newer than b: greater event time, then greater created time, then
 * later source row. The point-in-time join's order, so online = offline at the same instant.
 *
 * @example isNewerRecord({key: [1], eventMs: 5, createdMs: 9, order: 0, values: []}, {key: [1], eventMs: 5, createdMs: 7, order: 1, values: []}) // => true
 */
export function isNewerRecord(a: OnlineRecord, b: OnlineRecord): boolean {
  if (a.eventMs !== b.eventMs) return a.eventMs > b.eventMs;
  if (a.createdMs !== b.createdMs) return a.createdMs > b.createdMs;
  return a.order > b.order;
}

/**
 * Last write wins by event time: stores the record unless the key already holds a newer
 * one. Order-independent (a max), so replays and backfills in any order converge.
 * Returns whether the record was stored.
 *
 * @example
 * const table = createOnlineStore([{name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]}]).views.get("v");
 * writeOnline(table, "[1]", {key: [1], eventMs: 5, createdMs: 5, order: 0, values: [3]}) // => true
 * writeOnline(table, "[1]", {key: [1], eventMs: 4, createdMs: 9, order: 1, values: [2]}) // => false
 */
export function writeOnline(table: OnlineViewTable, encodedKey: string, record: OnlineRecord): boolean {
  const current = table.rows.get(encodedKey);
  if (current && !isNewerRecord(record, current)) return false;
  table.rows.set(encodedKey, record);
  return true;
}
