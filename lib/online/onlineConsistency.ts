import {Table, TimestampMillisecond, vectorFromArray} from "apache-arrow";
import {featureColumnName, normalizeKey, toEpochMs} from "../pit/index.js";
import {pointInTimeJoinKernel} from "../pit/pointInTimeJoinKernel.js";
import {encodeJoinKey} from "./encodeJoinKey.js";
import {onlineViewTable, type OnlineStore, type OnlineView} from "./onlineStore.js";
import {readOnline} from "./readOnline.js";

/** When to compare, and with which ttl. */
export interface ConsistencyOptions {
  /** The instant (epoch ms): online reads at it vs the point-in-time join at it. */
  readonly at: number;
  /** Overrides the view's ttl (ms) on both sides. */
  readonly ttlMs?: number;
  /** How many mismatches to return. Default 10. */
  readonly sampleSize?: number;
}

/** What one side says of a key: its row's event time and values, or nulls. */
export interface ConsistencySide {
  readonly eventTimestamp: number | null;
  readonly values: readonly unknown[];
}

/**
 * Why a key disagrees. `not_yet_arrived`: the join's row was created after `at`. The
 * point-in-time join (Feast semantics) bounds event time only, so it sees rows the
 * offline store learned of later; no online store could serve them at `at`.
 */
export type MismatchKind = "online_missing" | "online_extra" | "value_differs" | "not_yet_arrived";

export interface ConsistencyMismatch {
  readonly key: readonly unknown[];
  readonly kind: MismatchKind;
  readonly online: ConsistencySide;
  readonly offline: ConsistencySide;
}

export interface ConsistencyReport {
  readonly at: number;
  /** Distinct keys of the source: the spine. */
  readonly keys: number;
  readonly agree: number;
  /** Offline has a row, online none (not materialized yet, missed late, or expired). */
  readonly onlineMissing: number;
  /** Online has a row, offline none. */
  readonly onlineExtra: number;
  /** Both have a row, but not the same one. */
  readonly valueDiffers: number;
  /** The join's row arrived after `at` (see MismatchKind). */
  readonly notYetArrived: number;
  readonly mismatches: readonly ConsistencyMismatch[];
}

/**
 * The offline/online consistency check: for a spine of every key of the source at one
 * instant, compares what the online store serves at `at` (ttl enforced) with what the
 * point-in-time join (lib/pit's kernel) gives at `at`. A key agrees when both have no row,
 * or both have a row with the same event timestamp and values (nulls and NaN alike).
 * A disagreement whose offline row was created after `at` counts as not_yet_arrived.
 *
 * @example
 * const view = {name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]};
 * const table = tableFromArrays({id: [1, 1, 2], ts: [10, 30, 20], x: [1, 3, 2]});
 * const rows = featureRows(table, view);
 * onlineConsistency(materializeRuns(rows, [40]).store, "v", table, {at: 40}).agree // => 2
 */
export function onlineConsistency(store: OnlineStore, viewName: string, source: Table, options: ConsistencyOptions): ConsistencyReport {
  const {view} = onlineViewTable("onlineConsistency", store, viewName);
  const {at, sampleSize = 10} = options;
  const ttlMs = options.ttlMs ?? view.ttlMs;
  const spine = keySpine(source, view.joinKeys, at);
  const joined = pointInTimeJoinKernel(spine, [{view: {...view, ttlMs}, table: source}], {timestampField: "__at", includeFeatureTimestamps: true});
  const offlineTs = Array.from(joined.getChild(featureColumnName(view.name, "event_timestamp"))!);
  const offlineValues = view.features.map((f) => Array.from(joined.getChild(featureColumnName(view.name, f))!));
  const keyColumns = view.joinKeys.map((k) => Array.from(spine.getChild(k)!));
  const entityRows = offlineTs.map((_, i) => Object.fromEntries(view.joinKeys.map((k, j) => [k, keyColumns[j]![i]])));
  const reads = readOnline(store, {view: view.name, entityRows, at, ttlMs});
  const late = rowsArrivedAfter(source, view, at);
  const counts = {agree: 0, online_missing: 0, online_extra: 0, value_differs: 0, not_yet_arrived: 0};
  const mismatches: ConsistencyMismatch[] = [];
  reads.forEach((read, i) => {
    const status = read.statuses[view.features[0]!];
    const online = status === "present" || status === "null_value" ? {eventTimestamp: read.eventTimestamp, values: view.features.map((f) => read.values[f])} : {eventTimestamp: null, values: view.features.map(() => null)};
    const offline = {eventTimestamp: toEpochMs(offlineTs[i]), values: offlineValues.map((c) => c[i] ?? null)};
    const key = keyColumns.map((c) => c[i]);
    let kind = compare(online, offline);
    if (kind !== "agree" && late.has(`${encodeJoinKey(key)}@${offline.eventTimestamp}`)) kind = "not_yet_arrived";
    counts[kind]++;
    if (kind !== "agree" && mismatches.length < sampleSize) mismatches.push({key, kind, online, offline});
  });
  return {at, keys: reads.length, agree: counts.agree, onlineMissing: counts.online_missing, onlineExtra: counts.online_extra, valueDiffers: counts.value_differs, notYetArrived: counts.not_yet_arrived, mismatches};
}

/** `key@event` of every row stamped by `at` but created after it. */
function rowsArrivedAfter(source: Table, view: OnlineView, at: number): Set<string> {
  const out = new Set<string>();
  if (!view.createdTimestampField) return out;
  const column = (name: string) => Array.from(source.getChild(name) ?? []);
  const keys = view.joinKeys.map(column);
  const event = column(view.timestampField);
  const created = column(view.createdTimestampField);
  for (let i = 0; i < event.length; i++) {
    const e = toEpochMs(event[i]), c = toEpochMs(created[i]);
    if (e !== null && e <= at && c !== null && c > at) out.add(`${encodeJoinKey(keys.map((k) => k[i]))}@${e}`);
  }
  return out;
}

function compare(online: ConsistencySide, offline: ConsistencySide): MismatchKind | "agree" {
  if (online.eventTimestamp === null) return offline.eventTimestamp === null ? "agree" : "online_missing";
  if (offline.eventTimestamp === null) return "online_extra";
  const same = online.eventTimestamp === offline.eventTimestamp && online.values.every((v, k) => sameValue(v, offline.values[k]));
  return same ? "agree" : "value_differs";
}

function sameValue(a: unknown, b: unknown): boolean {
  const x = normalizeKey(a), y = normalizeKey(b);
  return x === y || (Number.isNaN(x) && Number.isNaN(y));
}

/** One spine row per distinct non-null key of the source, in first-seen order, all at `at`. */
function keySpine(source: Table, joinKeys: readonly string[], at: number): Table {
  const columns = joinKeys.map((k) => {
    const vector = source.getChild(k);
    if (!vector) throw new Error(`onlineConsistency requires join key column "${k}" in the source, got ${source.schema.fields.map((f) => f.name).join(", ")}`);
    return Array.from(vector);
  });
  const seen = new Set<string>();
  const firsts: number[] = [];
  for (let i = 0; i < source.numRows; i++) {
    const key = encodeJoinKey(columns.map((c) => c[i]));
    if (key !== null && !seen.has(key)) seen.add(key), firsts.push(i);
  }
  const vectors = Object.fromEntries(joinKeys.map((k, j) => [k, vectorFromArray(firsts.map((i) => normalizeKey(columns[j]![i])))]));
  return new Table({...vectors, __at: vectorFromArray(firsts.map(() => at), new TimestampMillisecond())});
}
