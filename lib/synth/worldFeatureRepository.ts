import type {WorldTable} from "./world.js";

/** A feature view of the design's feature repository format (features.yaml). */
export interface WorldFeatureView {
  name: string;
  entities: string[];
  source: string;
  timestamp_field: string;
  created_timestamp_field?: string;
  ttl?: string;
  features: string[];
}

/** The design's feature repository (features.yaml) as plain data. */
export interface WorldFeatureRepository {
  entities: Record<string, {join_keys: string[]}>;
  feature_views: WorldFeatureView[];
}

/**
 * The feature repository of the synthetic world: entity customer and the views
 * customer_profile (no ttl: a slowly changing profile holds until it changes, and most
 * customers signed up years before the world starts), txn_stats (ttl 30d) and
 * customer_risk (no ttl: the cumulative count never expires), with `source(table)` giving each view's file path
 * relative to the features.yaml that holds it.
 *
 * @example
 * worldFeatureRepository((t) => `${t}.parquet`).feature_views[1].source // => "txn_stats.parquet"
 */
export function worldFeatureRepository(source: (table: WorldTable) => string): WorldFeatureRepository {
  const view = (name: WorldTable, features: string[], ttl?: string): WorldFeatureView => ({
    name,
    entities: ["customer"],
    source: source(name),
    timestamp_field: "event_timestamp",
    created_timestamp_field: "created_timestamp",
    ...(ttl ? {ttl} : {}),
    features,
  });
  return {
    entities: {customer: {join_keys: ["customer_id"]}},
    feature_views: [
      view("customer_profile", ["segment", "region", "credit_limit"]),
      view("txn_stats", ["amount_sum_7d", "txn_count_7d", "amount_mean_30d", "txn_count_30d"], "30d"),
      view("customer_risk", ["chargeback_count"]),
    ],
  };
}
