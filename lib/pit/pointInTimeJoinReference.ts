import {checkPointInTimeColumns, normalizeKey, toEpochMs, viewOutputColumns} from "./pointInTimeInput.js";
import type {PlainColumns, PointInTimeOptions, PointInTimeView} from "./pointInTimeInput.js";

/** A view with its rows as plain columns: join keys, timestamps (epoch ms) and features. */
export interface PointInTimeViewColumns {
  readonly view: PointInTimeView;
  readonly columns: PlainColumns;
}

/**
 * The point-in-time join written as plainly as possible, to check the fast paths against:
 * for each spine row and view, scan every feature row. O(spine × features); tests only.
 *
 * A candidate has equal, non-null join keys and `t − ttl <= feature_ts <= t` (inclusive);
 * the greatest feature_ts wins, then the greatest created timestamp (null lowest), then
 * the later row. No candidate gives nulls; a winning row's null values stay null.
 *
 * @example pointInTimeJoinReference({id: [1], event_timestamp: [10]}, [{view: {name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]}, columns: {id: [1, 1], ts: [5, 11], x: ["a", "b"]}}]) // => {id: [1], event_timestamp: [10], v__x: ["a"]}
 */
export function pointInTimeJoinReference(spine: PlainColumns, views: readonly PointInTimeViewColumns[], options: PointInTimeOptions = {}): Record<string, unknown[]> {
  const timestampField = options.timestampField ?? "event_timestamp";
  checkPointInTimeColumns("pointInTimeJoinReference", Object.keys(spine), views.map((v) => v.view), options);
  const n = spine[timestampField]!.length;
  const out: Record<string, unknown[]> = {};
  for (const [name, values] of Object.entries(spine)) out[name] = Array.from(values);
  for (const {view, columns} of views) {
    const outputs = viewOutputColumns(view, options.includeFeatureTimestamps);
    for (const {name} of outputs) out[name] = [];
    for (let i = 0; i < n; i++) {
      const best = bestCandidate(spine, i, toEpochMs(spine[timestampField]![i]), view, columns);
      for (const {name, source} of outputs) out[name]!.push(best < 0 ? null : (columns[source]![best] ?? null));
    }
  }
  return out;
}

function bestCandidate(spine: PlainColumns, i: number, t: number | null, view: PointInTimeView, columns: PlainColumns): number {
  if (t === null) return -1;
  const keys = view.joinKeys.map((key) => normalizeKey(spine[key]![i]));
  if (keys.includes(null)) return -1;
  const ts = columns[view.timestampField]!;
  const created = view.createdTimestampField ? columns[view.createdTimestampField]! : undefined;
  let best = -1;
  let bestTs = -Infinity;
  let bestCreated = -Infinity;
  for (let j = 0; j < ts.length; j++) {
    if (!view.joinKeys.every((key, k) => normalizeKey(columns[key]![j]) === keys[k])) continue;
    const featureTs = toEpochMs(ts[j]);
    if (featureTs === null || featureTs > t) continue;
    if (view.ttlMs !== undefined && featureTs < t - view.ttlMs) continue;
    const createdTs = (created && toEpochMs(created[j])) ?? -Infinity;
    if (featureTs > bestTs || (featureTs === bestTs && createdTs >= bestCreated)) {
      best = j;
      bestTs = featureTs;
      bestCreated = createdTs;
    }
  }
  return best;
}
