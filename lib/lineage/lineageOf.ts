import type {FeatureRepository} from "../pit/index.js";
import {lineageKinds, type LineageEdge, type LineageGraph, type LineageKind, type LineageNode} from "./lineageGraph.js";

/** What the repository does not say: where each view's source comes from, and what consumes the views. */
export interface LineageSystem {
  /** Raw event tables each feature view is computed from, by view name (default: the source file's stem). */
  upstream?: Readonly<Record<string, readonly string[]>>;
  /** The raw table whose rows are the training spine (e.g. labels). */
  spine?: string;
  /** Names of the training set, model and endpoint nodes. */
  trainingSet?: string;
  model?: string;
  endpoint?: string;
}

/** The synthetic world: transactions feed txn_stats, fraud labels feed customer_risk (the leak) and the spine. */
export const syntheticSystem: LineageSystem = {
  upstream: {customer_profile: ["customer_profile"], txn_stats: ["transactions"], customer_risk: ["labels"]},
  spine: "labels",
  trainingSet: "fraud_training_set",
  model: "fraud_model",
  endpoint: "scoring_endpoint",
};

/**
 * The lineage DAG of a feature repository: raw event tables (sources) → cleaned tables
 * (deduplicated, late rows placed by event time) → feature views → training set (a
 * point-in-time join onto the spine) → model → endpoint, which also reads every view
 * online. Node ids are `<kind>:<name>`; nodes come sorted by kind in pipeline order.
 *
 * @example lineageOf(parseFeatureRepository(yaml), syntheticSystem).nodes[0].id // => "source:customer_profile"
 */
export function lineageOf(repo: FeatureRepository, system: LineageSystem = {}): LineageGraph {
  const {upstream = {}, spine, trainingSet = "training_set", model = "model", endpoint = "endpoint"} = system;
  const nodes = new Map<string, LineageNode>();
  const edges: LineageEdge[] = [];
  const add = (kind: LineageKind, name: string, description: string, features: readonly string[] = []) => {
    const id = `${kind}:${name}`;
    if (!nodes.has(id)) nodes.set(id, {id, kind, name, description, features});
    return id;
  };
  const link = (source: string, target: string) => {
    if (!edges.some((e) => e.source === source && e.target === target)) edges.push({source, target});
  };
  const raw = (table: string) => {
    const source = add("source", table, `${table} rows as they arrive, late rows and corrections included`);
    const cleaned = add("cleaned", table, `${table}, deduplicated: the latest statement of each event, placed at its event time`);
    link(source, cleaned);
    return cleaned;
  };
  const views = repo.featureViews.map((view) => {
    const tables = upstream[view.name] ?? [stem(view.source)];
    const ttl = view.ttlMs ? `, ttl ${view.ttlMs / 86_400_000}d` : "";
    return {view, tables, id: `feature_view:${view.name}`, description: `features by ${view.joinKeys.join(", ")} at ${view.timestampField}${ttl}`};
  });
  const cleanedOf = new Map(views.flatMap(({tables}) => tables).concat(spine ?? []).map((table) => [table, raw(table)]));
  const training = `training_set:${trainingSet}`;
  for (const {view, tables, description} of views) {
    const id = add("feature_view", view.name, description, view.features);
    for (const table of tables) link(cleanedOf.get(table)!, id);
  }
  add("training_set", trainingSet, spine ? `point-in-time join of every view onto ${spine}` : "point-in-time join of every view");
  if (spine) link(cleanedOf.get(spine)!, training);
  for (const {id} of views) link(id, training);
  const modelId = add("model", model, `trained on ${trainingSet}`);
  link(training, modelId);
  const endpointId = add("endpoint", endpoint, "scores requests with the model and the views' latest values");
  link(modelId, endpointId);
  for (const {id} of views) link(id, endpointId);
  const rank = (node: LineageNode) => lineageKinds.indexOf(node.kind);
  return {nodes: [...nodes.values()].sort((a, b) => rank(a) - rank(b)), edges};
}

function stem(path: string): string {
  const file = path.split(/[\\/]/).at(-1) ?? path;
  const dot = file.indexOf(".");
  return dot > 0 ? file.slice(0, dot) : file;
}
