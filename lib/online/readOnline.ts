import {encodeJoinKey} from "./encodeJoinKey.js";
import {onlineViewTable, type OnlineStore} from "./onlineStore.js";

/** Feast's per-feature statuses. */
export type FeatureStatus = "present" | "null_value" | "not_found" | "outside_max_age";

/** One entity's read. */
export interface OnlineRead {
  /** Feature values; null unless the status is "present". */
  readonly values: Record<string, unknown>;
  readonly statuses: Record<string, FeatureStatus>;
  /** The stored row's event timestamp (epoch ms), or null when not found. */
  readonly eventTimestamp: number | null;
  /** at − eventTimestamp in ms, or null when not found. */
  readonly ageMs: number | null;
}

/** A read of some entities of one view, at a time the caller passes in. */
export interface OnlineReadRequest {
  readonly view: string;
  /** Join key values per entity, e.g. [{customer_id: 7}]. */
  readonly entityRows: readonly Record<string, unknown>[];
  /** The read time, epoch ms: ttl is measured back from it. */
  readonly at: number;
  /** Features to return (default: all of the view's). */
  readonly features?: readonly string[];
  /** Overrides the view's ttl (ms); the view's ttl otherwise; none: values never expire. */
  readonly ttlMs?: number;
}

/**
 * Reads entities from the online store and ENFORCES ttl, unlike Feast's online path:
 * - `not_found`: no row for the key, or its row is stamped after `at` (the store keeps
 *   only the latest row, so it cannot answer for an earlier instant);
 * - `outside_max_age`: the row is older than `at − ttl` (the bound is inclusive, as in
 *   the point-in-time join), value withheld;
 * - `null_value`: the row holds null for this feature;
 * - `present`: otherwise.
 * Throws on an unknown view or feature, or an entity row missing a join key.
 *
 * @example
 * const view = {name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]};
 * const table = tableFromArrays({id: [1, 1, 2], ts: [10, 30, 20], x: [1, 3, 2]});
 * const rows = featureRows(table, view);
 * const {store} = materializeRuns(rows, [40]);
 * readOnline(store, {view: "v", entityRows: [{id: 1}, {id: 2}, {id: 3}], at: 40, ttlMs: 15}).map((r) => r.statuses.x) // => ["present", "outside_max_age", "not_found"]
 */
export function readOnline(store: OnlineStore, request: OnlineReadRequest): OnlineRead[] {
  const {view, rows} = onlineViewTable("readOnline", store, request.view);
  const features = request.features ?? view.features;
  const columns = features.map((feature) => {
    const index = view.features.indexOf(feature);
    if (index < 0) throw new Error(`readOnline requires features of view "${view.name}" (${view.features.join(", ")}), got "${feature}"`);
    return index;
  });
  const ttlMs = request.ttlMs ?? view.ttlMs;
  return request.entityRows.map((entity) => {
    const keyValues = view.joinKeys.map((key) => {
      if (!(key in entity)) throw new Error(`readOnline requires join key "${key}" in every entity row, got ${JSON.stringify(Object.keys(entity))}`);
      return entity[key];
    });
    const encoded = encodeJoinKey(keyValues);
    const record = encoded === null ? undefined : rows.get(encoded);
    const found = record !== undefined && record.eventMs <= request.at;
    const expired = found && ttlMs !== undefined && record.eventMs < request.at - ttlMs;
    const values: Record<string, unknown> = {};
    const statuses: Record<string, FeatureStatus> = {};
    features.forEach((feature, k) => {
      const value = found ? (record.values[columns[k]!] ?? null) : null;
      const status: FeatureStatus = !found ? "not_found" : expired ? "outside_max_age" : value === null ? "null_value" : "present";
      statuses[feature] = status;
      values[feature] = status === "present" ? value : null;
    });
    return {values, statuses, eventTimestamp: found ? record.eventMs : null, ageMs: found ? request.at - record.eventMs : null};
  });
}
