import {describe, expect, it} from "vitest";
import {dependenciesOf, impactOf, lineageOf, syntheticSystem, type LineageGraph} from "../../../lib/lineage/index.js";
import {parseFeatureRepository} from "../../../lib/pit/index.js";

const node = (id: string) => ({id, kind: "source" as const, name: id, description: "", features: []});
const diamond: LineageGraph = {
  nodes: ["a", "b", "c", "d", "e"].map(node),
  edges: [{source: "a", target: "b"}, {source: "a", target: "c"}, {source: "b", target: "d"}, {source: "c", target: "d"}, {source: "e", target: "d"}],
};

describe("impactOf", () => {
  it("impactOf(graph, node) lists everything downstream, nearest first, each once", () => {
    expect(impactOf(diamond, "a")).toEqual(["b", "c", "d"]);
    expect(impactOf(diamond, "d")).toEqual([]);
  });
  it("dependenciesOf(graph, node) lists everything upstream, nearest first", () => {
    expect(dependenciesOf(diamond, "d")).toEqual(["b", "c", "e", "a"]);
  });
  it("impactOf of an unknown node throws, naming it", () => {
    expect(() => impactOf(diamond, "z")).toThrow(/impactOf requires a node of the graph, got "z"/);
  });
  it("impactOf a raw source in the synthetic system reaches its view, the training set, the model and the endpoint", () => {
    const repo = parseFeatureRepository(`entities: {customer: {join_keys: [customer_id]}}
feature_views:
  - {name: txn_stats, entities: [customer], source: txn_stats.parquet, timestamp_field: event_timestamp, features: [n]}
  - {name: customer_risk, entities: [customer], source: customer_risk.parquet, timestamp_field: event_timestamp, features: [c]}`);
    const graph = lineageOf(repo, syntheticSystem);
    expect(impactOf(graph, "source:transactions")).toEqual([
      "cleaned:transactions", "feature_view:txn_stats", "training_set:fraud_training_set", "endpoint:scoring_endpoint", "model:fraud_model",
    ]);
    expect(impactOf(graph, "source:labels")).not.toContain("feature_view:txn_stats");
  });
});
