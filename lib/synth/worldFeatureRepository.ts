import type {WorldTable} from "./world.js";

/** A documented feature of the design's feature repository format (the mapping form of a `features` entry). */
export interface WorldFeature {
  name: string;
  description: string;
  calculation: string;
  dtype: "int32" | "float64" | "string";
  update_frequency: string;
}

/** A feature view of the design's feature repository format (features.yaml). */
export interface WorldFeatureView {
  name: string;
  description: string;
  owner: string;
  tags: string[];
  upstream: string[];
  entities: string[];
  source: string;
  timestamp_field: string;
  created_timestamp_field?: string;
  ttl?: string;
  features: WorldFeature[];
}

/** The design's feature repository (features.yaml) as plain data. */
export interface WorldFeatureRepository {
  project: string;
  description: string;
  owner: string;
  tags: string[];
  entities: Record<string, {join_keys: string[]; description: string}>;
  feature_views: WorldFeatureView[];
}

/**
 * The feature repository of the synthetic world, documented: entity customer and the views
 * customer_profile (no ttl: a slowly changing profile holds until it changes, and most
 * customers signed up years before the world starts), txn_stats (ttl 30d) and
 * customer_risk (no ttl: the cumulative count never expires), each feature with its
 * meaning, calculation (as lib/synth computes it), dtype and update frequency, with
 * `source(table)` giving each view's file path relative to the features.yaml that holds it.
 *
 * @example
 * worldFeatureRepository((t) => `${t}.parquet`).feature_views[1].source // => "txn_stats.parquet"
 */
export function worldFeatureRepository(source: (table: WorldTable) => string): WorldFeatureRepository {
  const common = (name: WorldTable) => ({
    entities: ["customer"],
    source: source(name),
    timestamp_field: "event_timestamp",
    created_timestamp_field: "created_timestamp",
  });
  return {
    project: "fslab",
    description: "Features of the lab's synthetic card-fraud system: who the customer is, how they have been spending, and their chargeback history.",
    owner: "fraud-features",
    tags: ["fraud", "synthetic"],
    entities: {customer: {join_keys: ["customer_id"], description: "A card holder; customer_id is a positive integer."}},
    feature_views: [
      {
        name: "customer_profile",
        description: "The customer's profile as the CRM states it: one row at signup, then one per change. Loaded by a nightly batch, so a change lands 02:00–02:30 UTC the next day.",
        owner: "crm-data",
        tags: ["profile", "batch"],
        upstream: ["customer_profile"],
        ...common("customer_profile"),
        features: [
          {name: "segment", description: "The customer's business segment: consumer, smb or enterprise; an upgrade moves a customer one step up.", calculation: "segment of the latest profile row with event_timestamp <= t", dtype: "string", update_frequency: "1d"},
          {name: "region", description: "Where the customer is based: eu-west, eu-central, us-east, us-west or apac.", calculation: "region of the latest profile row with event_timestamp <= t", dtype: "string", update_frequency: "1d"},
          {name: "credit_limit", description: "The card's credit limit in dollars, a multiple of 100 (at least 100).", calculation: "credit_limit of the latest profile row with event_timestamp <= t", dtype: "float64", update_frequency: "1d"},
        ],
      },
      {
        name: "txn_stats",
        description: "Rolling aggregates of the customer's purchases, recomputed at each transaction (a few seconds after it is ingested) over amounts as first ingested: corrections are not applied.",
        owner: "payments-data",
        tags: ["behaviour", "streaming"],
        upstream: ["transactions"],
        ...common("txn_stats"),
        ttl: "30d",
        features: [
          {name: "amount_sum_7d", description: "What the customer spent in the last week, in dollars.", calculation: "sum(amount) of the customer's transactions with event_timestamp in (t - 7d, t], this one included; null amounts skipped; 0 when none", dtype: "float64", update_frequency: "on_event"},
          {name: "txn_count_7d", description: "How many purchases the customer made in the last week.", calculation: "count(*) of the customer's transactions with event_timestamp in (t - 7d, t], this one included", dtype: "int32", update_frequency: "on_event"},
          {name: "amount_mean_30d", description: "The customer's typical purchase over the last 30 days, in dollars.", calculation: "avg(amount) of the customer's transactions with event_timestamp in (t - 30d, t], this one included; null when no amount is known", dtype: "float64", update_frequency: "on_event"},
          {name: "txn_count_30d", description: "How many purchases the customer made in the last 30 days.", calculation: "count(*) of the customer's transactions with event_timestamp in (t - 30d, t], this one included", dtype: "int32", update_frequency: "on_event"},
        ],
      },
      {
        name: "customer_risk",
        description: "The customer's chargeback history. Derived from fraud labels, the very thing the model predicts: joined by latest value rather than point in time, it leaks the answer.",
        owner: "risk-ops",
        tags: ["labels", "leak-risk"],
        upstream: ["labels"],
        ...common("customer_risk"),
        features: [
          {name: "chargeback_count", description: "How many chargebacks the customer has had, those before the world included.", calculation: "chargebacks before signup (Poisson with mean 0.05 × the customer's risk score) + count of the customer's fraud labels with label_timestamp <= t; a new row at each fraud label's arrival", dtype: "int32", update_frequency: "on_event"},
        ],
      },
    ],
  };
}
