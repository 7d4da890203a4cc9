import {describe, expect, it} from "vitest";
import {lineageOf, syntheticSystem} from "../../../lib/lineage/index.js";
import {parseFeatureRepository} from "../../../lib/pit/index.js";

const yaml = `
entities:
  customer: {join_keys: [customer_id]}
feature_views:
  - {name: customer_profile, entities: [customer], source: customer_profile.parquet, timestamp_field: event_timestamp, ttl: 365d, features: [segment, region]}
  - {name: txn_stats, entities: [customer], source: data/txn_stats.parquet, timestamp_field: event_timestamp, ttl: 30d, features: [amount_sum_7d]}
  - {name: customer_risk, entities: [customer], source: customer_risk.parquet, timestamp_field: event_timestamp, features: [chargeback_count]}
`;
const repo = parseFeatureRepository(yaml);
const edgeList = (graph: ReturnType<typeof lineageOf>) => graph.edges.map((e) => `${e.source} -> ${e.target}`);

describe("lineageOf", () => {
  it("lineageOf(repo, syntheticSystem) runs raw events → cleaned → views → training set → model → endpoint", () => {
    const graph = lineageOf(repo, syntheticSystem);
    expect(graph.nodes.map((n) => n.id)).toEqual([
      "source:customer_profile", "source:transactions", "source:labels",
      "cleaned:customer_profile", "cleaned:transactions", "cleaned:labels",
      "feature_view:customer_profile", "feature_view:txn_stats", "feature_view:customer_risk",
      "training_set:fraud_training_set", "model:fraud_model", "endpoint:scoring_endpoint",
    ]);
    expect(edgeList(graph)).toEqual(expect.arrayContaining([
      "source:transactions -> cleaned:transactions",
      "cleaned:transactions -> feature_view:txn_stats",
      "cleaned:labels -> feature_view:customer_risk",
      "cleaned:labels -> training_set:fraud_training_set",
      "feature_view:txn_stats -> training_set:fraud_training_set",
      "training_set:fraud_training_set -> model:fraud_model",
      "model:fraud_model -> endpoint:scoring_endpoint",
      "feature_view:customer_risk -> endpoint:scoring_endpoint",
    ]));
    expect(graph.edges).toHaveLength(3 + 3 + 1 + 3 + 1 + 1 + 3);
  });
  it("lineageOf carries each view's features and ttl into its node", () => {
    const view = lineageOf(repo).nodes.find((n) => n.id === "feature_view:txn_stats")!;
    expect(view.features).toEqual(["amount_sum_7d"]);
    expect(view.description).toBe("features by customer_id at event_timestamp, ttl 30d");
  });
  it("lineageOf without a system names each raw source after its view's source file stem", () => {
    const graph = lineageOf(repo);
    expect(graph.nodes.filter((n) => n.kind === "source").map((n) => n.name)).toEqual(["customer_profile", "txn_stats", "customer_risk"]);
    expect(graph.nodes.filter((n) => n.kind === "training_set").map((n) => n.id)).toEqual(["training_set:training_set"]);
  });
  it("lineageOf shares one raw source between views that read it, without duplicate edges", () => {
    const graph = lineageOf(repo, {upstream: {customer_profile: ["transactions"], txn_stats: ["transactions", "transactions"], customer_risk: ["transactions"]}});
    expect(graph.nodes.filter((n) => n.kind === "source")).toHaveLength(1);
    expect(new Set(edgeList(graph)).size).toBe(graph.edges.length);
  });
});
