/** What a node of the lineage graph is, in pipeline order. */
export type LineageKind = "source" | "cleaned" | "feature_view" | "training_set" | "model" | "endpoint";

/** The kinds in pipeline order, left to right. */
export const lineageKinds: readonly LineageKind[] = ["source", "cleaned", "feature_view", "training_set", "model", "endpoint"];

/** One dataset, job or service of the system. `id` is `<kind>:<name>`. */
export interface LineageNode {
  id: string;
  kind: LineageKind;
  name: string;
  /** One line on what it is, for hover text. */
  description: string;
  /** Columns it provides, when it is a feature view (else empty). */
  features: readonly string[];
}

/** `target` is computed from `source`. */
export interface LineageEdge {
  source: string;
  target: string;
}

/** A directed acyclic graph of how data flows from raw events to the serving endpoint. */
export interface LineageGraph {
  nodes: readonly LineageNode[];
  edges: readonly LineageEdge[];
}
