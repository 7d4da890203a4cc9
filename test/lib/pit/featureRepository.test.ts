import {describe, expect, it} from "vitest";
import {FeatureRepositoryError, parseFeatureRepository} from "../../../lib/pit/featureRepository.js";

const valid = `entities:
  customer: {join_keys: [customer_id]}
  merchant: {join_keys: [merchant_id]}
feature_views:
  - name: txn_stats
    entities: [customer]
    source: txn_stats.parquet
    timestamp_field: event_timestamp
    created_timestamp_field: created_timestamp
    ttl: 7d
    features: [amount_sum_7d, txn_count_7d]
  - name: pair
    entities: [customer, merchant]
    source: pair.csv
    timestamp_field: ts
    features: [n_pair]
`;

function problemsOf(text: string): readonly string[] {
  try {
    parseFeatureRepository(text);
  } catch (error) {
    expect(error).toBeInstanceOf(FeatureRepositoryError);
    return (error as FeatureRepositoryError).problems;
  }
  throw new Error("expected parseFeatureRepository to throw");
}

describe("parseFeatureRepository", () => {
  it("parseFeatureRepository(text) resolves entities, join keys, ttl and optional fields", () => {
    const repo = parseFeatureRepository(valid);
    expect(repo.entities.customer).toEqual({name: "customer", joinKeys: ["customer_id"]});
    expect(repo.featureViews).toEqual([
      {
        name: "txn_stats", entities: ["customer"], joinKeys: ["customer_id"], source: "txn_stats.parquet",
        timestampField: "event_timestamp", createdTimestampField: "created_timestamp", ttlMs: 7 * 86_400_000,
        features: ["amount_sum_7d", "txn_count_7d"],
      },
      {name: "pair", entities: ["customer", "merchant"], joinKeys: ["customer_id", "merchant_id"], source: "pair.csv", timestampField: "ts", features: ["n_pair"]},
    ]);
  });

  it("names file, line and field for a bad ttl", () => {
    const text = valid.replace("ttl: 7d", "ttl: 7x");
    expect(problemsOf(text)).toEqual(['features.yaml:10: feature_views[0].ttl: "7x" is not a duration (use s, m, h or d)']);
  });

  it("uses the path option in messages", () => {
    expect(() => parseFeatureRepository(valid.replace("ttl: 7d", "ttl: 7"), {path: "repo/f.yaml"})).toThrow(
      "repo/f.yaml:10: feature_views[0].ttl: 7 is not a duration (use s, m, h or d)",
    );
  });

  it("rejects a zero ttl", () => {
    expect(problemsOf(valid.replace("ttl: 7d", "ttl: 0d"))[0]).toContain("feature_views[0].ttl: \"0d\" is zero");
  });

  it("reports an unknown entity at its list item", () => {
    expect(problemsOf(valid.replace("entities: [customer, merchant]", "entities: [customer, store]"))).toEqual([
      'features.yaml:13: feature_views[1].entities[1]: unknown entity "store" (known: customer, merchant)',
    ]);
  });

  it("reports a missing field at the view", () => {
    expect(problemsOf(valid.replace("    source: pair.csv\n", ""))).toEqual(["features.yaml:12: feature_views[1]: missing field source"]);
  });

  it("reports duplicate view names", () => {
    expect(problemsOf(valid.replace("name: pair", "name: txn_stats"))).toEqual([
      'features.yaml:12: feature_views[1].name: duplicate view name "txn_stats" (also feature_views[0])',
    ]);
  });

  it("reports a feature name used by two views", () => {
    expect(problemsOf(valid.replace("[n_pair]", "[n_pair, txn_count_7d]"))).toEqual([
      'features.yaml:16: feature_views[1].features[1]: feature "txn_count_7d" is also in view "txn_stats"',
    ]);
  });

  it("reports features that collide with a join key or a timestamp field", () => {
    expect(problemsOf(valid.replace("[n_pair]", "[merchant_id, ts]"))).toEqual([
      'features.yaml:16: feature_views[1].features[0]: feature "merchant_id" is also a join key',
      'features.yaml:16: feature_views[1].features[1]: feature "ts" is also a timestamp field',
    ]);
  });

  it("reports unknown fields, so typos do not pass silently", () => {
    expect(problemsOf(valid.replace("ttl: 7d", "tll: 7d"))).toEqual([
      "features.yaml:10: feature_views[0].tll: unknown field (expected one of name, entities, source, timestamp_field, created_timestamp_field, ttl, features, description, owner, tags, upstream)",
    ]);
  });

  it("reports entities without join keys and empty feature lists", () => {
    const text = "entities:\n  c: {}\nfeature_views:\n  - {name: v, entities: [c], source: s, timestamp_field: t, features: []}\n";
    expect(problemsOf(text)).toEqual([
      "features.yaml:2: entities.c: missing field join_keys",
      "features.yaml:4: feature_views[0].features: expected a non-empty list, got an empty list",
      'features.yaml:4: feature_views[0].entities[0]: unknown entity "c" (known: none)',
    ]);
  });

  it("reports YAML syntax errors with their line", () => {
    expect(problemsOf("entities:\n  c: {join_keys: [id]\nfeature_views: []\n")[0]).toMatch(/^features\.yaml:\d+: /);
  });

  it("the error message is the first problem and counts the rest", () => {
    expect(() => parseFeatureRepository("feature_views: 3\n")).toThrow("features.yaml:1: (top level): missing field entities (and 1 more)");
  });
});

const documented = `project: payments
description: Features of card customers.
owner: risk-features
tags: [fraud, pii-free]
entities:
  customer: {join_keys: [customer_id], description: A card holder.}
feature_views:
  - name: txn_stats
    description: Rolling aggregates of a customer's purchases.
    owner: payments-data
    tags: [streaming]
    upstream: [transactions]
    entities: [customer]
    source: txn_stats.parquet
    timestamp_field: event_timestamp
    ttl: 7d
    features:
      - name: amount_sum_7d
        description: What the customer spent in the last week.
        calculation: sum(amount) over (t - 7d, t]
        dtype: float64
        update_frequency: on_event
      - txn_count_7d
`;

describe("parseFeatureRepository documentation", () => {
  it("parseFeatureRepository(text) reads repository, entity, view and feature documentation", () => {
    const repo = parseFeatureRepository(documented);
    expect(repo).toMatchObject({project: "payments", description: "Features of card customers.", owner: "risk-features", tags: ["fraud", "pii-free"]});
    expect(repo.entities.customer).toEqual({name: "customer", joinKeys: ["customer_id"], description: "A card holder."});
    const [view] = repo.featureViews;
    expect(view).toMatchObject({description: "Rolling aggregates of a customer's purchases.", owner: "payments-data", tags: ["streaming"], upstream: ["transactions"]});
    expect(view!.features).toEqual(["amount_sum_7d", "txn_count_7d"]);
    expect(view!.featureDocs).toEqual({
      amount_sum_7d: {description: "What the customer spent in the last week.", calculation: "sum(amount) over (t - 7d, t]", dtype: "float64", updateFrequency: "on_event"},
    });
  });

  it("parseFeatureRepository(text) adds no documentation fields to an undocumented repository", () => {
    const repo = parseFeatureRepository("entities: {c: {join_keys: [id]}}\nfeature_views: [{name: v, entities: [c], source: s, timestamp_field: t, features: [x]}]\n");
    expect(Object.keys(repo)).toEqual(["entities", "featureViews"]);
    expect(Object.keys(repo.featureViews[0]!)).toEqual(["name", "entities", "joinKeys", "source", "timestampField", "features"]);
  });

  it("parseFeatureRepository(text) locates a documented feature without a calculation", () => {
    expect(problemsOf(documented.replace("        calculation: sum(amount) over (t - 7d, t]\n", ""))).toEqual(["features.yaml:18: feature_views[0].features[0]: missing field calculation"]);
  });

  it("parseFeatureRepository(text) locates a bad dtype, update frequency and unknown feature field", () => {
    const text = documented.replace("dtype: float64", "dtype: double").replace("update_frequency: on_event", "update_frequency: hourly").replace("      - txn_count_7d\n", "      - {name: txn_count_7d, description: d, calculation: c, unit: n}\n");
    expect(problemsOf(text)).toEqual([
      "features.yaml:21: feature_views[0].features[0].dtype: expected one of bool, int8, int16, int32, int64, float32, float64, string, timestamp, date, got \"double\"",
      'features.yaml:22: feature_views[0].features[0].update_frequency: "hourly" is not a positive duration (s, m, h or d) or on_event',
      "features.yaml:23: feature_views[0].features[1].unit: unknown field (expected one of name, description, calculation, dtype, update_frequency)",
    ]);
  });

  it("parseFeatureRepository(text) locates malformed owner, tags and feature entries", () => {
    const text = documented.replace("owner: risk-features", "owner: 3").replace("tags: [streaming]", "tags: [streaming, 7, '']").replace("      - txn_count_7d\n", "      - [txn_count_7d]\n");
    expect(problemsOf(text)).toEqual([
      "features.yaml:3: owner: expected a non-empty string, got 3",
      "features.yaml:11: feature_views[0].tags[1]: expected a non-empty string, got 7",
      'features.yaml:11: feature_views[0].tags[2]: expected a non-empty string, got ""',
      "features.yaml:23: feature_views[0].features[1]: expected a feature name or a mapping with name, description and calculation, got a list",
    ]);
  });

  it("parseFeatureRepository(text) reports a documented feature listed twice", () => {
    const text = documented.replace("      - txn_count_7d\n", "      - amount_sum_7d\n");
    expect(problemsOf(text)).toEqual(['features.yaml:23: feature_views[0].features[1]: feature "amount_sum_7d" is listed twice']);
  });
});
