import type {FeatureView} from "./featureRepository.js";

/** Plain columns of one table: name → values, all of one length. */
export type PlainColumns = Readonly<Record<string, ArrayLike<unknown>>>;

/** What a point-in-time join needs of a feature view: its definition, not where it is stored. */
export type PointInTimeView = Pick<FeatureView, "name" | "joinKeys" | "timestampField" | "createdTimestampField" | "ttlMs" | "features">;

/** Options shared by the reference, the kernel and the SQL builders. */
export interface PointInTimeOptions {
  /** The spine's timestamp column. Default "event_timestamp". */
  timestampField?: string;
  /** Also output `<view>__event_timestamp`: the matched row's feature timestamp (for checks). Default false. */
  includeFeatureTimestamps?: boolean;
}

/**
 * The output column of a feature: `<view>__<feature>`.
 *
 * @example featureColumnName("txn_stats", "amount_sum_7d") // => "txn_stats__amount_sum_7d"
 */
export function featureColumnName(view: string, feature: string): string {
  return `${view}__${feature}`;
}

/**
 * The output columns a view adds, in order: `<view>__<feature>` per feature, then (with
 * `includeFeatureTimestamps`) `<view>__event_timestamp` read from the view's timestamp field.
 *
 * @example viewOutputColumns({name: "v", joinKeys: ["id"], timestampField: "ts", features: ["x"]}, true) // => [{name: "v__x", source: "x"}, {name: "v__event_timestamp", source: "ts"}]
 */
export function viewOutputColumns(view: PointInTimeView, includeFeatureTimestamps = false): {name: string; source: string}[] {
  const out = view.features.map((feature) => ({name: featureColumnName(view.name, feature), source: feature}));
  if (includeFeatureTimestamps) out.push({name: featureColumnName(view.name, "event_timestamp"), source: view.timestampField});
  return out;
}

/**
 * Checks that the spine has the views' join keys and the timestamp, and that no output
 * name repeats; throws naming `caller` otherwise.
 *
 * @example checkPointInTimeColumns("pointInTimeJoinKernel", ["id"], [], {}) // throws "pointInTimeJoinKernel requires spine column \"event_timestamp\", got columns id"
 */
export function checkPointInTimeColumns(caller: string, spineColumns: readonly string[], views: readonly PointInTimeView[], options: PointInTimeOptions): void {
  const timestampField = options.timestampField ?? "event_timestamp";
  const need = [timestampField, ...views.flatMap((view) => view.joinKeys)];
  for (const name of need) {
    if (!spineColumns.includes(name)) throw new Error(`${caller} requires spine column ${JSON.stringify(name)}, got columns ${spineColumns.join(", ")}`);
  }
  const seen = new Set(spineColumns);
  for (const view of views) {
    for (const {name} of viewOutputColumns(view, options.includeFeatureTimestamps)) {
      if (seen.has(name)) throw new Error(`${caller} requires unique output columns, got ${JSON.stringify(name)} twice`);
      seen.add(name);
    }
  }
}

/**
 * A join key value as it compares: bigints and Dates as numbers (Dates in epoch ms),
 * undefined as null, which never matches.
 *
 * @example [normalizeKey(5n), normalizeKey(new Date(7)), normalizeKey(undefined)] // => [5, 7, null]
 */
export function normalizeKey(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return value.getTime();
  return value ?? null;
}

/**
 * A timestamp as epoch milliseconds (Dates, bigints and numbers), or null for null,
 * undefined and NaN; throws on anything else.
 *
 * @example [toEpochMs(new Date(5)), toEpochMs(3n), toEpochMs(NaN)] // => [5, 3, null]
 */
export function toEpochMs(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime();
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number") return Number.isNaN(value) ? null : value;
  throw new TypeError(`toEpochMs requires epoch milliseconds, a bigint or a Date, got ${JSON.stringify(value)}`);
}
