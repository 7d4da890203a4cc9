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
      "features.yaml:10: feature_views[0].tll: unknown field (expected one of name, entities, source, timestamp_field, created_timestamp_field, ttl, features, description)",
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
